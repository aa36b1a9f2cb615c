// The interactive checklists in a real Chromium: persistence, tabs, export, recovery from bad storage,
// keyboard use, print, and accessibility in every state.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.mjs';
import { useChromium } from '../support/browser-session.ts';
import {
  CHECKLISTS_KEY,
  contextOpener,
  openChecklist,
  setIdentity,
  STAGING,
  tickUnsigned,
  url,
} from '../support/release-work-session.ts';

const browser = useChromium();
const openContext = contextOpener(browser);

const item = (page: Page, text: string) =>
  page.locator('.checklist-item', { has: page.getByLabel(text, { exact: true }) });

describe('working a checklist', () => {
  it('ticks an item, signs it, and keeps it across a reload', async () => {
    const { context, problems, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel(STAGING, { exact: true }).check();
    await expect
      .poll(() => item(page, STAGING).locator('.item-meta').textContent())
      .toMatch(/^Done \d\d:\d\d by Dana \(QA Lead\)$/);
    await expect
      .poll(() => page.locator('.checklist-progress p').first().textContent())
      .toBe('1 of 8 done');

    await page.reload();
    await page.locator('.checklist input[type="checkbox"]:not([disabled])').first().waitFor();
    await expect.poll(() => page.getByLabel(STAGING, { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('You are Dana (QA Lead)').isVisible()).toBe(true);
    await expect.poll(() => page.locator('progress').getAttribute('value')).toBe('1');
    await context.close();
    expect(problems, 'no hydration warnings or console errors').toEqual([]);
  });

  it('shows a tick in another open tab at once', async () => {
    const { context, newPage } = await openContext();
    const first = await newPage();
    const second = await newPage();
    await openChecklist(first);
    await openChecklist(second);
    await tickUnsigned(first, STAGING);
    await second
      .getByLabel(STAGING, { exact: true })
      .and(second.locator(':checked'))
      .waitFor({ timeout: 5000 });
    await context.close();
  });

  it('can be worked with the keyboard alone', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    const checkbox = page.getByLabel('Deploy to production (automated pipeline preferred)', {
      exact: true,
    });
    await page.locator('.checklist-progress input[type="checkbox"]').focus();
    for (
      let step = 0;
      step < 40 && !(await checkbox.evaluate((element) => element === document.activeElement));
      step += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect
      .poll(() => checkbox.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Space');
    // Nobody said who they are: the question opens at the name; Tab to "Tick without a name".
    const sign = page.getByRole('dialog', { name: 'Who is ticking?' });
    await expect
      .poll(() => sign.getByLabel('Name').evaluate((element) => element === document.activeElement))
      .toBe(true);
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        sign
          .getByRole('button', { name: 'Tick without a name' })
          .evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    // Production waits for staging: the go-ahead comes first in its dialog, Enter gives it.
    await page.getByRole('dialog', { name: 'Tick before what it waits for?' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => checkbox.isChecked()).toBe(true);

    // Mark the next item N/A through its dialog: Tab to the button, Enter, type, Enter.
    await page
      .getByRole('button', {
        name: 'Mark N/A: Run post-deploy verifications (Release Manager confirms)',
      })
      .focus();
    await page.keyboard.press('Enter');
    const reason = page.getByLabel('Why does this item not apply?');
    await reason.waitFor();
    await expect
      .poll(() => reason.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type('Covered by the canary');
    await page.keyboard.press('Enter');
    // The same wording as a tick: the reason, then when (this browser has no name to sign with).
    await expect
      .poll(() =>
        item(page, 'Run post-deploy verifications (Release Manager confirms)')
          .locator('.item-meta')
          .textContent(),
      )
      .toMatch(/^N\/A: Covered by the canary · \d\d:\d\d$/);
    await context.close();
  });

  it('asks for a reason before marking N/A, with an accessible message', async () => {
    const { context, newPage } = await openContext({ bypassCSP: true });
    const page = await newPage();
    await openChecklist(page);
    await page
      .getByRole('button', { name: 'Mark N/A: Backup or snapshot (if applicable)' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Mark as not applicable' });
    await dialog.getByRole('button', { name: 'Mark N/A' }).click();
    const reason = dialog.getByLabel('Why does this item not apply?');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => dialog.getByText('Give a reason').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await reason.fill('Stateless service');
    await dialog.getByRole('button', { name: 'Mark N/A' }).click();
    await expect
      .poll(() => page.locator('.checklist-progress p').first().textContent())
      .toBe('0 of 8 done · 1 N/A');
    await context.close();
  });

  it('keeps a note typed the moment its dialog opens', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    // The first open of the page: nothing of the dialog has been used yet.
    await page.getByRole('button', { name: `Add note: ${STAGING}` }).click();
    await page.keyboard.type('Smoke tests took 4 minutes');
    const dialog = page.getByRole('dialog', { name: 'Note' });
    await expect
      .poll(() => dialog.getByLabel('Note for this item').inputValue())
      .toBe('Smoke tests took 4 minutes');
    await dialog.getByRole('button', { name: 'Save note' }).click();
    // No name given yet: the note is signed with its time alone.
    await expect
      .poll(() => item(page, STAGING).locator('.item-meta').textContent())
      .toMatch(/^Note \(\d\d:\d\d\): Smoke tests took 4 minutes$/);
    await context.close();
  });

  it('lets a tick of an N/A item be undone, with its reason back', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await page
      .getByRole('button', { name: 'Mark N/A: Backup or snapshot (if applicable)' })
      .click();
    await page.keyboard.type('Stateless service');
    await page.keyboard.press('Enter');
    const backup = page.getByLabel('Backup or snapshot (if applicable)', { exact: true });
    await tickUnsigned(page, 'Backup or snapshot (if applicable)');
    await expect
      .poll(() => page.locator('.undo-bar').textContent())
      .toBe(
        'Marked done: Backup or snapshot (if applicable) (it was N/A: Stateless service). Undo',
      );
    await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    // The reason is back, signed with the time it was first given.
    await expect
      .poll(() =>
        item(page, 'Backup or snapshot (if applicable)').locator('.item-meta').textContent(),
      )
      .toMatch(/^N\/A: Stateless service · \d{2}:\d{2}/);
    await expect.poll(() => backup.isChecked()).toBe(false);
    await expect
      .poll(() => backup.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await context.close();
  });

  it('filters to my items, and resets with undo', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await setIdentity(page, 'Sam', 'Technical Writer');
    await page.getByLabel('Show only my items (Technical Writer)').check();
    await expect
      .poll(() => page.locator('.checklist-item:visible label').allTextContents())
      .toEqual(['Documentation live and accessible (Technical Writer confirms)']);
    await page.getByLabel('Show only my items (Technical Writer)').uncheck();

    await page.getByLabel(STAGING, { exact: true }).check();
    await page.getByRole('button', { name: 'Reset checklist' }).click();
    await page
      .getByRole('dialog', { name: 'Reset checklist?' })
      .getByRole('button', { name: 'Reset' })
      .click();
    await expect.poll(() => page.getByLabel(STAGING, { exact: true }).isChecked()).toBe(false);
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel(STAGING, { exact: true }).isChecked()).toBe(true);
    // Undo is gone with its message: focus is back on the button that reset.
    await expect.poll(focused).toBe('Reset checklist');
    await context.close();
  });

  it('marks customer-facing items N/A by themselves for an internal release, and shows pre-release status', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await expect
      .poll(() => page.locator('.requires').textContent())
      .toBe('Pre-release requirements: not complete yet: 0 of 7 done, 7 open.');
    await page.getByRole('button', { name: 'New run' }).click();
    const dialog = page.getByRole('dialog', { name: 'New release run' });
    await dialog.getByLabel('Version').fill('2.4');
    await dialog.getByRole('button', { name: 'Create release run' }).click();
    await expect.poll(() => dialog.getByLabel('Version').getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => dialog.getByText('"2.4" is not a semantic version').isVisible())
      .toBe(true);
    await dialog.getByLabel('Version').fill('2.4.0');
    await dialog.getByLabel('Patch').check();
    await dialog.getByLabel('Customer-facing release').uncheck();
    await dialog.getByRole('button', { name: 'Create release run' }).click();
    await expect
      .poll(() => page.locator('.run-bar-current strong').textContent())
      .toBe('Release 2.4.0 (patch, internal)');
    await expect
      .poll(() =>
        item(page, 'Customer communication sent (Customer Success for customer-facing changes)')
          .locator('.item-meta')
          .textContent(),
      )
      .toBe('N/A: Not a customer-facing release');
    await expect
      .poll(() => page.locator('.checklist-progress p').first().textContent())
      .toBe('0 of 8 done · 1 N/A');
    await context.close();
  });
});

describe('print', () => {
  it('prints a runsheet: each item with its state, who and when, without the buttons', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel(STAGING, { exact: true }).check();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => item(page, STAGING).locator('.item-meta').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.run-bar-current').isVisible()).toBe(true);
    for (const control of [
      '.item-actions',
      '.checklist-footer',
      '.identity-bar',
      '.run-bar-actions',
    ]) {
      await expect
        .poll(() => page.locator(control).first().isVisible(), { message: control })
        .toBe(false);
    }
    await context.close();
  });
});

describe('print (hints)', () => {
  it('leaves out the hint of a control that does not print', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    const hint = page.getByText('Choose your role above to filter.');
    await expect.poll(() => hint.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => hint.isVisible()).toBe(false);
    await expect.poll(() => page.locator('article').innerText()).not.toContain('Choose your role');
    await context.close();
  });
});

describe('export', () => {
  it('downloads the checklist as Markdown named after the checklist and version', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel(STAGING, { exact: true }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown of the deployment checklist' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('deployment-checklist-0.1.0.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(
      /^## Deployment checklist · Release 0\.1\.0 “First release” \(minor, customer-facing\)\n\nExported \d{4}-\d\d-\d\d \d\d:\d\d UTC · 1 of 8 done\n\n/,
    );
    expect(markdown).toMatch(
      /\n- \[x\] Deploy to staging and run smoke tests \(QA Lead signs off\) · Done \d\d:\d\d UTC by Dana \(QA Lead\)\n/,
    );
    expect(markdown.match(/^- \[[ x]\] /gm)).toHaveLength(8);
    await context.close();
  });

  it('keeps hostile typed text literal on the page and in the export', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    const hostile =
      '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | # x\n- [x] injected';
    await page.getByRole('button', { name: `Add note: ${STAGING}` }).click();
    await page.getByLabel('Note for this item').fill(hostile);
    await page.getByRole('button', { name: 'Save note' }).click();
    const meta = item(page, STAGING).locator('.item-meta');
    await expect.poll(() => meta.textContent()).toContain('<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('article img').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown of the deployment checklist' }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown.match(/^- \[[ x]\] /gm), 'no injected list item').toHaveLength(8);
    expect(markdown, 'HTML is escaped').not.toMatch(/(^|[^\\])<img/);
    expect(markdown, 'link syntax is escaped').not.toMatch(/[^\\]\]\(javascript:/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)>');
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('bad storage', () => {
  it('keeps unreadable data aside, says so, offers it for download, and keeps working', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/'));
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          '{"v":1,"data":{"x":{"deployment":{"a":{"status":"exploded"}}}}}',
        ),
      CHECKLISTS_KEY,
    );
    await openChecklist(page);
    await expect
      .poll(() => page.getByText('Some saved data could not be read.').isVisible())
      .toBe(true);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('octoacme-rg:quarantine:'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(kept).toEqual(['{"v":1,"data":{"x":{"deployment":{"a":{"status":"exploded"}}}}}']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the unreadable data' }).click(),
    ]);
    expect(await readFile((await download.path())!, 'utf8')).toContain('exploded');
    await tickUnsigned(page, STAGING);
    await expect.poll(() => page.getByLabel(STAGING, { exact: true }).isChecked()).toBe(true);
    await context.close();
  });

  it('keeps working in memory when storage is full, and says that changes are not saved', async () => {
    const { context, newPage } = await openContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await newPage();
    await openChecklist(page);
    await tickUnsigned(page, STAGING);
    await expect.poll(() => page.getByLabel(STAGING, { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('Changes are not being saved.').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText('This browser’s storage is full.').isVisible())
      .toBe(true);
    await context.close();
  });
});

describe('accessibility of the interactive pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations on checklists in every state, ${colorScheme} theme`, async () => {
      const { context, newPage } = await openContext({ colorScheme, bypassCSP: true });
      const page = await newPage();
      const report: string[] = [];
      const check = async (state: string) =>
        report.push(...(await axeViolations(page)).map((violation) => `${state}: ${violation}`));
      await openChecklist(page);
      await check('fresh');
      await setIdentity(page, 'Dana', 'QA Lead');
      await page.getByLabel(STAGING, { exact: true }).check();
      await page
        .getByLabel('Deploy to production (automated pipeline preferred)', { exact: true })
        .click();
      await check('tick ahead of the pre-release requirements asked');
      await page.getByRole('button', { name: 'Tick anyway' }).click();
      await page
        .getByRole('button', { name: 'Mark N/A: Backup or snapshot (if applicable)' })
        .click();
      await page.getByLabel('Why does this item not apply?').fill('Stateless');
      await page.getByRole('button', { name: 'Mark N/A', exact: true }).click();
      await check('items done and N/A');
      await page.getByLabel('Show only my items (QA Lead)').check();
      await check('filter on');
      await page.getByRole('button', { name: 'New run' }).click();
      await check('run dialog open');
      await page.keyboard.press('Escape');
      await page.goto(url('/releases/'));
      await page
        .getByRole('button', { name: 'New release run' })
        .and(page.locator(':enabled'))
        .waitFor();
      await check('releases');
      await page.goto(url('/roles/'));
      await page.getByLabel('Show the items of').selectOption({ label: 'QA Lead' });
      await check('roles filtered');
      await context.close();
      expect(report).toEqual([]);
    });
  }
});

describe('a multi-day release: owners in words, dated times, signed notes, a filter that helps', () => {
  const PRE_RELEASE = '/guide/pre-release/';
  const SMOKE = 'Smoke tests prepared (QA Lead)';
  const CRITERIA = 'All acceptance criteria met and PRs merged';
  const describedAs = (page: Page, text: string) =>
    page.getByLabel(text, { exact: true }).evaluate((checkbox) =>
      (checkbox.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
  const fullTimeShown = (page: Page, text: string) =>
    item(page, text)
      .locator('.item-meta time')
      .first()
      .evaluate((time) => getComputedStyle(time, '::after').content);

  it('reads owners as "Owners: …", marks unassigned items, and says N/A in words', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await openChecklist(page, PRE_RELEASE);
    await expect
      .poll(() =>
        item(page, 'Release notes drafted (Technical Writer with input from PM/PdM)')
          .locator('.item-owners')
          .textContent(),
      )
      .toBe('Owners: Technical Writer, PM, PdM');
    await expect
      .poll(() => item(page, CRITERIA).locator('.item-owners').textContent())
      .toBe('Unassigned');
    await page.getByRole('button', { name: `Mark N/A: ${SMOKE}` }).click();
    await page.getByLabel('Why does this item not apply?').fill('No UI change');
    await page.getByRole('button', { name: 'Mark N/A', exact: true }).click();
    await expect
      .poll(() => describedAs(page, SMOKE))
      .toMatch(/^Not applicable\. N\/A: No UI change · \d\d:\d\d$/);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('dates a tick from an earlier day, shows the whole date on hover and focus, and signs notes', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await openChecklist(page, PRE_RELEASE);
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel(SMOKE, { exact: true }).check();
    // The tick was two days ago, as in a release that runs over several days.
    await page.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(key)!);
      const state = Object.values<Record<string, Record<string, { at: string }>>>(stored.data)[0]![
        'pre-release'
      ]!['smoke-tests-prepared-qa-lead']!;
      state.at = new Date(Date.now() - 2 * 86_400_000).toISOString();
      localStorage.setItem(key, JSON.stringify(stored));
    }, CHECKLISTS_KEY);
    await page.reload();
    await page.locator('.checklist input[type="checkbox"]:not([disabled])').first().waitFor();
    await expect
      .poll(() => item(page, SMOKE).locator('.item-meta').textContent())
      .toMatch(/^Done \d{1,2} \w{3,4}, \d\d:\d\d by Dana \(QA Lead\)$/);
    const time = item(page, SMOKE).locator('.item-meta time');
    await expect
      .poll(() => time.getAttribute('title'))
      .toMatch(/^\w+day, \d{1,2} \w+ \d{4} at \d\d:\d\d · \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    await expect.poll(() => fullTimeShown(page, SMOKE)).toBe('none');
    await time.hover();
    await expect
      .poll(() => fullTimeShown(page, SMOKE))
      .toMatch(/^"\w+day, \d{1,2} \w+ \d{4} at \d\d:\d\d"$/);
    await page.mouse.move(0, 0);
    await page.getByLabel(SMOKE, { exact: true }).focus();
    await expect.poll(() => fullTimeShown(page, SMOKE)).not.toBe('none');

    await page.getByRole('button', { name: `Add note: ${SMOKE}` }).click();
    await page.getByLabel('Note for this item').fill('Suite runs in 4 minutes');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => item(page, SMOKE).locator('.item-note').textContent())
      .toMatch(/^ · Note \(Dana \(QA Lead\), \d\d:\d\d\): Suite runs in 4 minutes$/);
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!),
      CHECKLISTS_KEY,
    );
    expect(stored.v).toBe(2);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('keeps unassigned items in view, says when nothing is mine, remembers the filter, and prints everything', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await openChecklist(page, PRE_RELEASE);
    await setIdentity(page, 'Ari', 'Tech Lead');
    await page.getByLabel('Show only my items (Tech Lead)').check();
    await expect
      .poll(() => page.locator('.checklist-item:visible label').allTextContents())
      .toEqual([CRITERIA, 'Passing CI and security scans']);
    await expect
      .poll(() => page.locator('.role-filter-count').textContent())
      .toBe('No items for Tech Lead here · 2 unassigned shown · 5 hidden');

    await openChecklist(page);
    await expect
      .poll(() => page.getByLabel('Show only my items (Tech Lead)').isChecked())
      .toBe(true);
    await expect
      .poll(() => page.locator('.role-filter-count').textContent())
      .toMatch(/^\d of 8 shown · \d hidden$/);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.checklist-item:visible').count()).toBe(8);
    await expect.poll(() => page.locator('.role-filter-count').isVisible()).toBe(false);
    await context.close();
    expect(problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations with signed notes and an empty filter, ${colorScheme} theme`, async () => {
      const { context, newPage } = await openContext({ colorScheme, bypassCSP: true });
      const page = await newPage();
      await openChecklist(page, PRE_RELEASE);
      await setIdentity(page, 'Ari', 'Tech Lead');
      await page.getByRole('button', { name: `Add note: ${CRITERIA}` }).click();
      await page.getByLabel('Note for this item').fill('Two PRs left');
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.getByLabel(CRITERIA, { exact: true }).focus();
      await page.getByLabel('Show only my items (Tech Lead)').check();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('a release across its checklists: no made-up run, no unsigned tick, production waits', () => {
  const PRODUCTION = 'Deploy to production (automated pipeline preferred)';

  it('shows no run in a fresh browser, and the first tick starts one with the version asked', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await openChecklist(page, '/guide/pre-release/', { startRun: false });
    await expect
      .poll(() => page.locator('.run-bar').textContent())
      .toContain('No release run yet.');
    await expect.poll(() => page.locator('.run-bar').textContent()).not.toContain('0.1.0');
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel('Passing CI and security scans', { exact: true }).click();
    const start = page.getByRole('dialog', { name: 'Start a release run' });
    await expect
      .poll(() =>
        start.getByLabel('Version').evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.type('2.4.0');
    await start.getByRole('button', { name: 'Create release run' }).click();
    await page
      .getByLabel('Passing CI and security scans', { exact: true })
      .and(page.locator(':checked'))
      .waitFor();
    await expect
      .poll(() => page.locator('.run-bar-current').textContent())
      .toBe('Current run Release 2.4.0 (minor, customer-facing)');
    await page.goto(url('/releases/'));
    await expect
      .poll(() => page.locator('.run-card h2').allTextContents())
      .toEqual(['Release 2.4.0 (minor, customer-facing)Current']);
    await context.close();
    expect(problems, 'no hydration warnings or console errors').toEqual([]);
  });

  it('signs a tick with the name typed, even before Save is pressed', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await page.getByLabel('Name', { exact: true }).fill('Lee');
    await page.getByLabel(STAGING, { exact: true }).check();
    await expect
      .poll(() => item(page, STAGING).locator('.item-meta').textContent())
      .toMatch(/^Done \d\d:\d\d by Lee$/);
    await page.reload();
    await page.locator('.checklist input[type="checkbox"]:not([disabled])').first().waitFor();
    await expect.poll(() => page.getByText('You are Lee').isVisible()).toBe(true);
    await context.close();
  });

  it('asks before deploying to production ahead of staging and the pre-release requirements, and records the override', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await openChecklist(page);
    await setIdentity(page, 'Dana', 'Release Manager');
    await page.getByLabel(PRODUCTION, { exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Tick before what it waits for?' });
    await expect
      .poll(() => dialog.locator('li').allTextContents())
      .toEqual([STAGING, 'Pre-release requirements (7 open)']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByLabel(PRODUCTION, { exact: true }).isChecked()).toBe(false);

    await page.getByLabel(PRODUCTION, { exact: true }).click();
    await dialog.getByRole('button', { name: 'Tick anyway' }).click();
    await page.getByLabel(PRODUCTION, { exact: true }).and(page.locator(':checked')).waitFor();
    await expect
      .poll(() => item(page, PRODUCTION).locator('.item-meta').textContent())
      .toMatch(
        /^Done \d\d:\d\d by Dana \(Release Manager\) · Ticked while open: Deploy to staging and run smoke tests \(QA Lead signs off\); Pre-release requirements \(7 open\)$/,
      );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown of the deployment checklist' }).click(),
    ]);
    expect(await readFile((await download.path())!, 'utf8')).toContain(
      'Ticked while open: Deploy to staging',
    );
    await context.close();
  });
});
