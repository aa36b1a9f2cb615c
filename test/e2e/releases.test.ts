// The release runs page in a real Chromium: runs with their progress, backups and restores, a run's
// Markdown export, deleting a run with undo.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

describe('release runs page', () => {
  async function createRun(page: Page, version: string) {
    await page.getByRole('button', { name: 'New release run' }).click();
    const dialog = page.getByRole('dialog', { name: 'New release run' });
    await dialog.getByLabel('Version').fill(version);
    await dialog.getByRole('button', { name: 'Create release run' }).click();
  }

  it('lists runs with progress, restores a backup after confirmation, and undoes it', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await page.goto(url('/releases/'));
    await page
      .getByRole('button', { name: 'New release run' })
      .and(page.locator(':enabled'))
      .waitFor();
    await createRun(page, '2.4.0');
    await expect
      .poll(() => page.locator('.run-card h2').allTextContents())
      .toEqual(['Release 2.4.0 (minor, customer-facing)Current']);
    await openChecklist(page);
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel(STAGING, { exact: true }).check();
    await page.goto(url('/releases/'));
    await expect
      .poll(() => page.locator('.run-progress').first().textContent())
      .toContain('Deployment checklist: 1 of 8 done');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backupPath = (await download.path())!;
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    expect(backup.format).toBe('octoacme-release-guide-backup');
    // Who you are stays with this browser: a handover must not sign the next person's ticks.
    expect(Object.keys(backup.documents)).toContain(CHECKLISTS_KEY);
    expect(Object.keys(backup.documents)).not.toContain('octoacme-rg:v1:identity');

    await createRun(page, '2.5.0');
    await page.locator('input[type="file"]').setInputFiles(backupPath);
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect.poll(() => confirm.textContent()).toContain('Replaces 2.4.0');
    await expect.poll(() => confirm.textContent()).toContain('Removes 2.5.0');
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => page.locator('.run-card h2').allTextContents())
      .toEqual(['Release 2.4.0 (minor, customer-facing)Current']);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('octoacme-rg:v1:identity')))
      .toContain('Dana');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.run-card h2').count()).toBe(2);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('opens the run dialog with the focus in Version, and its checkbox beside its words', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/releases/'));
    await page
      .getByRole('button', { name: 'New release run' })
      .and(page.locator(':enabled'))
      .waitFor();
    // The first open: typing goes straight into Version.
    await page.getByRole('button', { name: 'New release run' }).click();
    await page.keyboard.type('3.0.0');
    const dialog = page.getByRole('dialog', { name: 'New release run' });
    await expect.poll(() => dialog.getByLabel('Version').inputValue()).toBe('3.0.0');
    const layout = await dialog.getByLabel('Customer-facing release').evaluate((box) => {
      const label = box.closest('label')!;
      const words = document.createRange();
      words.selectNodeContents(label);
      words.setStartAfter(box);
      return {
        box: box.getBoundingClientRect().toJSON(),
        words: words.getBoundingClientRect().toJSON(),
      };
    });
    expect(layout.box.right, 'the box is left of its words').toBeLessThanOrEqual(layout.words.left);
    const middle = (rect: { top: number; bottom: number }) => (rect.top + rect.bottom) / 2;
    expect(Math.abs(middle(layout.box) - middle(layout.words)), 'on one line').toBeLessThan(
      layout.box.height / 2,
    );
    await page.keyboard.press('Escape');

    // From a checklist's current-run bar too.
    await openChecklist(page);
    await page.getByRole('button', { name: 'Edit run' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('dialog', { name: 'Edit release run' })
          .getByLabel('Version')
          .evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    await context.close();
  });

  it('refuses a foreign file with a clear message and changes nothing', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/releases/'));
    await page
      .getByRole('button', { name: 'New release run' })
      .and(page.locator(':enabled'))
      .waitFor();
    await createRun(page, '3.0.0');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"x"}'),
    });
    // The message appears once the file is read: wait for it, then compare all of it.
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Nothing was changed' }).textContent())
      .toBe(
        'This file is not a backup of the release guide (it was not made by “Download backup”). Nothing was changed.',
      );
    await expect.poll(() => page.locator('.run-card').count()).toBe(1);
    await context.close();
  });

  it('exports a whole run with its checklists and release notes as one Markdown file', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await page.goto(url('/releases/'));
    await page
      .getByRole('button', { name: 'New release run' })
      .and(page.locator(':enabled'))
      .waitFor();
    await createRun(page, '2.4.0');
    await expect
      .poll(() => page.locator('.run-progress').textContent())
      .toContain('Release notes: not started');
    await openChecklist(page);
    await tickUnsigned(page, STAGING);
    await page.goto(url('/templates/release-notes/'));
    await page.getByLabel('Summary:', { exact: true }).fill('Faster sync for large teams.');
    await page.getByLabel('Notable changes:', { exact: true }).fill('Markdown export\nDark theme');
    await page.getByLabel('Notable changes:', { exact: true }).blur();
    await page.goto(url('/releases/'));
    await expect
      .poll(() => page.locator('.run-progress').textContent())
      .toContain('Release notes: draft saved');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: 'Download Markdown: Release 2.4.0 (minor, customer-facing)' })
        .click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Release 2\.4\.0 \(minor, customer-facing\)\n/);
    expect(markdown).toContain(`- [x] ${STAGING}`);
    // The notes come after the checklists, a level below the run's title, under their own title line.
    const notesTitle = /^## Release 2\.4\.0 · \d{4}-\d{2}-\d{2}$/m.exec(markdown);
    expect(notesTitle?.index).toBeGreaterThan(markdown.indexOf(STAGING));
    expect(markdown).toContain('### Summary\n\nFaster sync for large teams.\n');
    expect(markdown).toContain('### Notable changes\n\n- Markdown export\n- Dark theme\n');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('deletes a run with its progress and notes after asking, with undo', async () => {
    const { context, newPage } = await openContext();
    const page = await newPage();
    await page.goto(url('/releases/'));
    await page
      .getByRole('button', { name: 'New release run' })
      .and(page.locator(':enabled'))
      .waitFor();
    await createRun(page, '1.2.3');
    await page.goto(url('/templates/release-notes/'));
    await page.getByLabel('Summary:', { exact: true }).fill('Short and sweet.');
    await page.getByLabel('Summary:', { exact: true }).blur();
    await page.goto(url('/releases/'));
    const storedNotes = () =>
      page.evaluate(() => localStorage.getItem('octoacme-rg:v1:release-notes') ?? '');
    await expect.poll(() => storedNotes()).toContain('Short and sweet.');
    await page
      .getByRole('button', { name: 'Delete: Release 1.2.3 (minor, customer-facing)' })
      .click();
    await page
      .getByRole('dialog', { name: 'Delete release run?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => page.locator('.run-card').count()).toBe(0);
    await expect.poll(() => storedNotes()).not.toContain('Short and sweet.');
    // The Delete button is gone with its run: focus waits on Undo.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    // Work done after the delete survives its undo.
    await createRun(page, '1.3.0');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('.run-card h2').allTextContents())
      .toEqual([
        'Release 1.3.0 (minor, customer-facing)',
        'Release 1.2.3 (minor, customer-facing)Current',
      ]);
    await expect.poll(() => storedNotes()).toContain('Short and sweet.');
    await context.close();
  });
});

describe('restoring a backup item by item', () => {
  it('shows a later local tick before restoring; merge keeps it, replace drops it and undo brings it back', async () => {
    const { context, newPage, problems } = await openContext();
    const page = await newPage();
    await page.goto(url('/releases/'));
    await page
      .getByRole('button', { name: 'New release run' })
      .and(page.locator(':enabled'))
      .waitFor();
    await page.getByRole('button', { name: 'New release run' }).click();
    await page.getByRole('dialog', { name: 'New release run' }).getByLabel('Version').fill('2.4.0');
    await page
      .getByRole('dialog', { name: 'New release run' })
      .getByRole('button', { name: 'Create release run' })
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backupPath = (await download.path())!;

    // After the backup was made, Dana ticks an item in this browser.
    await openChecklist(page);
    await setIdentity(page, 'Dana', 'QA Lead');
    await page.getByLabel(STAGING, { exact: true }).check();
    await page.goto(url('/releases/'));
    const progress = page.locator('.run-progress').first();
    await expect.poll(() => progress.textContent()).toContain('Deployment checklist: 1 of 8 done');

    const pickBackup = async () => {
      await page.locator('.backup input[type="file"]').setInputFiles(backupPath);
      return page.getByRole('dialog', { name: 'Restore this backup?' });
    };
    let dialog = await pickBackup();
    const line = dialog.locator('.backup-differences li').first();
    await expect
      .poll(() => line.textContent())
      .toMatch(
        /^2\.4\.0 · Deploy to staging and run smoke tests \(QA Lead signs off\): Done \d\d:\d\d by Dana \(QA Lead\) here → open in the backupMerge keeps this browser’s/,
      );
    await expect.poll(() => dialog.locator('.backup-differences li').count()).toBe(1);
    await dialog.getByRole('radio', { name: /^Merge\./ }).check();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('Merged the backup.').waitFor();
    await expect.poll(() => progress.textContent()).toContain('Deployment checklist: 1 of 8 done');

    dialog = await pickBackup();
    await expect
      .poll(() => dialog.getByRole('radio', { name: /^Replace\./ }).isChecked())
      .toBe(true);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('Restored the backup.').waitFor();
    await expect.poll(() => progress.textContent()).toContain('Deployment checklist: 0 of 8 done');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => progress.textContent()).toContain('Deployment checklist: 1 of 8 done');
    await openChecklist(page);
    await expect.poll(() => page.getByLabel(STAGING, { exact: true }).isChecked()).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });
});
