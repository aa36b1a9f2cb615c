// The roles page in a real Chromium: the matrix of checklist items by owner role, and its filter.
import { describe, expect, it } from 'vitest';
import { useChromium } from '../support/browser-session.ts';
import { contextOpener, STAGING, url } from '../support/release-work-session.ts';

const browser = useChromium();
const openContext = contextOpener(browser);

describe('roles page', () => {
  it('filters the matrix by role', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    await page.getByLabel('Show the items of').selectOption({ label: 'QA Lead' });
    await expect(page.locator('tr[data-owners]:visible th').allTextContents()).resolves.toEqual([
      'Smoke tests prepared (QA Lead)',
      STAGING,
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'items' }).textContent()).resolves.toBe('2 of 15 items.');
    await context.close();
  });

  it('says "owner" in text in each owner cell, which screen readers read (no aria-label on a generic element)', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/roles/'));
    const row = page.locator('tr[data-owners]', { has: page.getByRole('rowheader', { name: STAGING, exact: true }) });
    await expect(row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.textContent))).resolves.toEqual(
      ['', '●owner', '', '', '', '', '', '', ''],
    );
    await expect(row.getByRole('cell', { name: 'owner', exact: true }).count()).resolves.toBe(1);
    const ownerMarks = await page.locator('tr[data-owners]').evaluateAll((rows) =>
      rows.reduce((sum, tableRow) => sum + ((tableRow as HTMLElement).dataset.owners ?? '').split(' ').filter(Boolean).length, 0),
    );
    await expect(page.getByRole('cell', { name: 'owner', exact: true }).count()).resolves.toBe(ownerMarks);
    await expect(page.locator('.role-matrix span[aria-label]').count()).resolves.toBe(0);
    await context.close();
  });

  it('scrolls the matrix within its region on a 390 px screen, not the page', async () => {
    const { context, newPage } = await openContext({ viewport: { width: 390, height: 844 } });
    const page = await newPage();
    await page.goto(url('/roles/'));
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(390);
    await expect(page.locator('.table-scroll').evaluate((region) => region.scrollWidth > region.clientWidth)).resolves.toBe(true);
    await context.close();
  });
});
