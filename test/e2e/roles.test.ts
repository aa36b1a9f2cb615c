// The roles page in a real Chromium: the matrix of checklist items by owner role, and its filter.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from '../support/browser-session.ts';
import {
  contextOpener,
  openChecklist,
  setIdentity,
  STAGING,
  url,
} from '../support/release-work-session.ts';

const browser = useChromium();
const openContext = contextOpener(browser);

describe('roles page', () => {
  it('filters the matrix by role, keeping the unassigned items', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    await page.getByLabel('Show the items of').selectOption({ label: 'QA Lead' });
    await expect(page.locator('tr[data-owners]:visible th').allTextContents()).resolves.toEqual([
      'All acceptance criteria met and PRs merged Unassigned',
      'Passing CI and security scans Unassigned',
      'Smoke tests prepared (QA Lead)',
      STAGING,
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'shown' }).textContent()).resolves.toBe(
      '4 of 15 shown · 11 hidden',
    );
    await context.close();
  });

  it('says "owner" in text in each owner cell, which screen readers read (no aria-label on a generic element)', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    const row = page.locator('tr[data-owners]', {
      has: page.getByRole('rowheader', { name: STAGING, exact: true }),
    });
    await expect(
      row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.textContent)),
    ).resolves.toEqual(['', '●owner', '', '', '', '', '', '', '']);
    await expect(row.getByRole('cell', { name: 'owner', exact: true }).count()).resolves.toBe(1);
    const ownerMarks = await page
      .locator('tr[data-owners]')
      .evaluateAll((rows) =>
        rows.reduce(
          (sum, tableRow) =>
            sum +
            ((tableRow as HTMLElement).dataset.owners ?? '').split(' ').filter(Boolean).length,
          0,
        ),
      );
    await expect(page.getByRole('cell', { name: 'owner', exact: true }).count()).resolves.toBe(
      ownerMarks,
    );
    await expect(page.locator('.role-matrix span[aria-label]').count()).resolves.toBe(0);
    await context.close();
  });

  it('scrolls the matrix within its region on a 390 px screen, not the page', async () => {
    const { context, newPage } = await openContext({ viewport: { width: 390, height: 844 } });
    const page = await newPage();
    await page.goto(url('/roles/'));
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(390);
    await expect(
      page.locator('.table-scroll').evaluate((region) => region.scrollWidth > region.clientWidth),
    ).resolves.toBe(true);
    await context.close();
  });
});

describe('the role filter, remembered', () => {
  const select = (page: Page) => page.getByLabel('Show the items of');
  const status = (page: Page) => page.locator('[data-role-filter-status]');

  it('keeps the chosen role across pages and into the checklists, and clears it', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    await select(page).selectOption({ label: 'QA Lead' });
    await page.goto(url('/guide/'));
    await page.goto(url('/roles/'));
    await expect(select(page).inputValue()).resolves.toBe('qa-lead');
    await expect(status(page).textContent()).resolves.toBe('4 of 15 shown · 11 hidden');
    await expect(page.locator('tr[data-owners]:visible').count()).resolves.toBe(4);

    // The checklists of a QA Lead start narrowed to their items.
    await openChecklist(page, '/guide/pre-release/');
    await setIdentity(page, 'Dana', 'QA Lead');
    await expect(page.getByLabel('Show only my items (QA Lead)').isChecked()).resolves.toBe(true);
    await expect(page.locator('.role-filter-count').textContent()).resolves.toBe(
      '3 of 7 shown · 4 hidden',
    );

    await page.goto(url('/roles/'));
    await select(page).selectOption({ label: 'Every role' });
    await page.reload();
    await expect(select(page).inputValue()).resolves.toBe('');
    await expect(page.locator('tr[data-owners]:visible').count()).resolves.toBe(15);
    await expect(status(page).textContent()).resolves.toBe('');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('ignores a stored value that names no role', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    await page.evaluate(() =>
      localStorage.setItem('octoacme-rg:v1:role-filter', '<img src=x onerror=alert(1)>'),
    );
    await page.reload();
    await expect(select(page).inputValue()).resolves.toBe('');
    await expect(page.locator('tr[data-owners]:visible').count()).resolves.toBe(15);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('works from the keyboard, and prints the whole matrix', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    await select(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect(select(page).inputValue()).resolves.not.toBe('');
    await expect(status(page).textContent()).resolves.toMatch(/^\d+ of 15 shown · \d+ hidden$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('tr[data-owners]:visible').count()).resolves.toBe(15);
    await expect(page.locator('.role-filter').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
