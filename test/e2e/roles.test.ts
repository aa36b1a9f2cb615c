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
    await expect
      .poll(() => page.locator('tr[data-owners]:visible th').allTextContents())
      .toEqual([
        'All acceptance criteria met and PRs merged Unassigned',
        'Passing CI and security scans Unassigned',
        'Smoke tests prepared (QA Lead)',
        STAGING,
      ]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'shown' }).textContent())
      .toBe('4 of 15 shown · 11 hidden');
    await context.close();
  });

  it('says "owner" in text in each owner cell, which screen readers read (no aria-label on a generic element)', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    const row = page.locator('tr[data-owners]', {
      has: page.getByRole('rowheader', { name: STAGING, exact: true }),
    });
    await expect
      .poll(() => row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.textContent)))
      .toEqual(['', '●owner', '', '', '', '', '', '', '']);
    await expect.poll(() => row.getByRole('cell', { name: 'owner', exact: true }).count()).toBe(1);
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
    await expect
      .poll(() => page.getByRole('cell', { name: 'owner', exact: true }).count())
      .toBe(ownerMarks);
    await expect.poll(() => page.locator('.role-matrix span[aria-label]').count()).toBe(0);
    await context.close();
  });

  it('scrolls the matrix within its region on a 390 px screen, not the page', async () => {
    const { context, newPage } = await openContext({ viewport: { width: 390, height: 844 } });
    const page = await newPage();
    await page.goto(url('/roles/'));
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await expect
      .poll(() =>
        page.locator('.table-scroll').evaluate((region) => region.scrollWidth > region.clientWidth),
      )
      .toBe(true);
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
    await expect.poll(() => select(page).inputValue()).toBe('qa-lead');
    await expect.poll(() => status(page).textContent()).toBe('4 of 15 shown · 11 hidden');
    await expect.poll(() => page.locator('tr[data-owners]:visible').count()).toBe(4);

    // The checklists of a QA Lead start narrowed to their items.
    await openChecklist(page, '/guide/pre-release/');
    await setIdentity(page, 'Dana', 'QA Lead');
    await expect.poll(() => page.getByLabel('Show only my items (QA Lead)').isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('.role-filter-count').textContent())
      .toBe('3 of 7 shown · 4 hidden');

    await page.goto(url('/roles/'));
    await select(page).selectOption({ label: 'Every role' });
    await page.reload();
    await expect.poll(() => select(page).inputValue()).toBe('');
    await expect.poll(() => page.locator('tr[data-owners]:visible').count()).toBe(15);
    await expect.poll(() => status(page).textContent()).toBe('');
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
    await expect.poll(() => select(page).inputValue()).toBe('');
    await expect.poll(() => page.locator('tr[data-owners]:visible').count()).toBe(15);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('works from the keyboard, and prints the whole matrix', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    await select(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select(page).inputValue()).not.toBe('');
    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ of 15 shown · \d+ hidden$/);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('tr[data-owners]:visible').count()).toBe(15);
    await expect.poll(() => page.locator('.role-filter').isVisible()).toBe(false);
    await context.close();
  });
});
