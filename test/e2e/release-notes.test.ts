// The release-notes generator in a real Chromium: saving across reloads and tabs, the downloaded
// file, hostile input, bad storage, the keyboard alone, and axe-core in every state.
import { readFile } from 'node:fs/promises';
import { toString } from 'mdast-util-to-string';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseGfm } from '../support/markdown-tree.ts';
import { startRunFromBar } from '../support/run-questions.ts';
import { axeViolations } from '../support/axe.mjs';
import { recordProblems, useChromium } from '../support/browser-session.ts';
import { MERGED_LOG_LINES } from '../fixtures/changes/merged-log.ts';

const pageUrl = new URL('templates/release-notes/', inject('siteUrl')).href;
const NOTES_KEY = 'octoacme-rg:v1:release-notes';

const browser = useChromium();

/** A fresh page on the generator that records console errors, failed requests and dialogs. */
async function openGenerator(options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser().newContext({ bypassCSP: false, ...options });
  const page: Page = await context.newPage();
  const problems: string[] = [];
  recordProblems(page, problems);
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await ready(page);
  return { context, page, problems };
}

/** Hydrated: the fields become editable once the island has mounted. */
const ready = (page: Page) => page.waitForSelector('textarea:not([readonly])');
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

async function downloadMarkdown(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown of the release notes' }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    markdown: await readFile((await download.path())!, 'utf8'),
  };
}

/** Download when the export asks first: the question lists `expected`, and the writer goes on. */
async function downloadAfterWarning(page: Page, expected: RegExp[]) {
  await page.getByRole('button', { name: 'Download Markdown of the release notes' }).click();
  const question = page.getByRole('dialog', { name: 'Export the notes as they are?' });
  await question.waitFor();
  const items = await question.getByRole('listitem').allTextContents();
  expect(items).toHaveLength(expected.length);
  expected.forEach((pattern, index) => expect(items[index]).toMatch(pattern));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    question.getByRole('button', { name: 'Download Markdown anyway' }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    markdown: await readFile((await download.path())!, 'utf8'),
  };
}

describe('saving', () => {
  it('keeps what was typed across a reload, and shows it in another tab as it is typed', async () => {
    const { context, page, problems } = await openGenerator();
    await field(page, 'Summary:').fill('Faster sync for large teams.');
    await field(page, 'Notable changes:').fill('Markdown export\nDark theme');
    await page.reload();
    await ready(page);
    await expect
      .poll(() => field(page, 'Summary:').inputValue())
      .toBe('Faster sync for large teams.');
    await expect
      .poll(() => field(page, 'Notable changes:').inputValue())
      .toBe('Markdown export\nDark theme');
    // The preview loads as its own chunk after the form: wait for it to show the stored notes.
    await expect
      .poll(() => preview(page).getByRole('listitem').allTextContents(), { timeout: 10_000 })
      .toEqual(['Markdown export', 'Dark theme']);

    const other = await context.newPage();
    await other.goto(pageUrl);
    await ready(other);
    await field(page, 'Known issues:').fill('Search is slow on first load');
    await expect
      .poll(() => field(other, 'Known issues:').inputValue())
      .toBe('Search is slow on first load');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('prefills the current run and today, and names the download after the version', async () => {
    const { context, page } = await openGenerator();
    await page.evaluate(() =>
      localStorage.setItem(
        'octoacme-rg:v1:releases',
        JSON.stringify({
          v: 1,
          data: {
            runs: [
              {
                id: 'r1',
                version: '2.4.0',
                name: 'Aurora',
                type: 'minor',
                customerFacing: true,
                createdAt: '2026-11-20T09:30:00.000Z',
              },
            ],
            currentId: 'r1',
          },
        }),
      ),
    );
    await page.reload();
    await ready(page);
    await expect
      .poll(() => field(page, 'Release name / number:').inputValue())
      .toBe('Aurora 2.4.0');
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await expect.poll(() => field(page, 'Date:').inputValue()).toBe(today);

    await field(page, 'Summary:').fill(
      'Faster sync for large teams.\n\nThanks to the beta testers.',
    );
    await field(page, 'Notable changes:').fill('- Markdown export\n- Dark theme');
    await field(page, 'Documentation links:').fill(
      'Upgrade guide — https://docs.octoacme.example/upgrade\nhttps://docs.octoacme.example/api',
    );
    const { name, markdown } = await downloadMarkdown(page);
    expect(name).toBe('release-notes-2.4.0.md');
    expect(markdown).toBe(
      [
        `## Release 2.4.0 — Aurora · ${today}`,
        '',
        '### Summary',
        '',
        'Faster sync for large teams.',
        '',
        'Thanks to the beta testers.',
        '',
        '### Notable changes',
        '',
        '- Markdown export',
        '- Dark theme',
        '',
        '### Known issues',
        '',
        'None.',
        '',
        '### Documentation links',
        '',
        '- [Upgrade guide](https://docs.octoacme.example/upgrade)',
        '- <https://docs.octoacme.example/api>',
        '',
      ].join('\n'),
    );
    await context.close();
  });

  it('keeps unreadable saved notes aside, says so, and starts afresh', async () => {
    const { context, page, problems } = await openGenerator();
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"v":1,"data":{"default":{"summary":42}}}'),
      NOTES_KEY,
    );
    await page.reload();
    await ready(page);
    await expect
      .poll(() => page.getByText('Some saved data could not be read.').isVisible())
      .toBe(true);
    await field(page, 'Summary:').fill('A new start');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('octoacme-rg:quarantine:')),
    );
    expect(kept).toHaveLength(1);
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), kept[0]!))
      .toBe('{"v":1,"data":{"default":{"summary":42}}}');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('keeps working in the tab, and says so, when the browser refuses to save', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(pageUrl);
    await ready(page);
    await field(page, 'Summary:').fill('Still here');
    await expect.poll(() => page.getByText('Changes are not being saved.').isVisible()).toBe(true);
    await preview(page).getByText('Still here').waitFor();
    const { markdown } = await downloadMarkdown(page);
    expect(markdown).toContain('### Summary\n\nStill here\n');
    await context.close();
  });
});

describe('hostile input', () => {
  const HOSTILE = [
    '<script>window.pwned = 1</script>',
    '<img src=x onerror="window.pwned = 2">',
    '[click](javascript:window.pwned=3)',
    '# heading | table | `code` **bold** _em_ ~~del~~',
    '- [ ] task',
    '\u202egnirts desrever 🚀👩‍💻 שלום עולם مرحبا',
  ];

  it('shows what is typed as text or the writer’s inline Markdown, runs nothing, and keeps the document’s structure', async () => {
    const { context, page, problems } = await openGenerator();
    const text = HOSTILE.join(' ');
    await field(page, 'Release name / number:').fill(`<b>Aurora</b> 2.4.0`);
    await field(page, 'Summary:').fill(`${text}\n\n${'Long text, '.repeat(2000)}`);
    await field(page, 'Notable changes:').fill(HOSTILE.join('\n'));
    await field(page, 'Known issues:').fill('javascript:window.pwned=4');
    await field(page, 'Documentation links:').fill(
      'Evil — javascript:window.pwned=5\nData — data:text/html,<script>1</script>\nGood — https://docs.octoacme.example/',
    );

    const region = preview(page);
    // The preview follows the typing a moment later (it is rendered at a lower priority).
    // `code`, **strong** and _emphasis_ are the writer's Markdown; the rest reads as typed.
    const shown = (line: string) =>
      line.replace(/^- /, '').replace('`code` **bold** _em_', 'code bold em');
    await expect
      .poll(() => region.getByRole('listitem').allTextContents())
      .toEqual([
        ...HOSTILE.map(shown),
        'javascript:window.pwned=4',
        'Evil — javascript:window.pwned=5',
        'Data — data:text/html,<script>1</script>',
        'Good',
      ]);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await expect
      .poll(() => region.getByRole('heading', { level: 3 }).textContent())
      .toBe(`Release 2.4.0 — <b>Aurora</b> · ${today}`);
    const inPreview = await region.evaluate((element) => ({
      elements: [
        ...new Set([...element.querySelectorAll('*')].map((child) => child.tagName.toLowerCase())),
      ].sort(),
      hrefs: [...element.querySelectorAll('[href]')].map((link) => link.getAttribute('href')),
    }));
    expect(inPreview.elements).toEqual([
      'a',
      'code',
      'div',
      'em',
      'h2',
      'h3',
      'h4',
      'li',
      'p',
      'strong',
      'ul',
    ]);
    expect(inPreview.hrefs).toEqual(['https://docs.octoacme.example/']);

    // The typed release names 2.4.0, and the page's current run is another (the first-time default).
    const { markdown } = await downloadAfterWarning(page, [
      /^Release name \/ number: These notes are for 2\.4\.0, but the current run is /,
      /^Documentation links: .*line 1 .*line 2 /,
    ]);
    const tree = parseGfm(markdown);
    const headings = tree.children
      .filter((node) => node.type === 'heading')
      .map((node) => toString(node));
    expect(headings).toEqual([
      `Release 2.4.0 — <b>Aurora</b> · ${today}`,
      'Summary',
      'Notable changes',
      'Known issues',
      'Documentation links',
    ]);
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      node.children?.forEach((child) => walk(child as never));
    };
    walk(tree);
    expect([...types].sort()).toEqual([
      'emphasis',
      'heading',
      'inlineCode',
      'link',
      'list',
      'listItem',
      'paragraph',
      'root',
      'strong',
      'text',
    ]);
    const summary =
      tree.children[tree.children.findIndex((node) => toString(node) === 'Summary') + 1]!;
    expect(toString(summary)).toBe(
      HOSTILE.map((line) => line.replace('`code` **bold** _em_', 'code bold em')).join(' '),
    );

    await page.reload();
    await ready(page);
    await expect
      .poll(() => field(page, 'Summary:').inputValue())
      .toBe(`${text}\n\n${'Long text, '.repeat(2000)}`);
    await expect
      .poll(() => page.evaluate(() => (window as { pwned?: number }).pwned))
      .toBeUndefined();
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('keyboard alone', () => {
  /** Press Tab until the target has the focus. */
  async function tabTo(page: Page, target: Locator, limit = 60) {
    for (let step = 0; step < limit; step += 1) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  it('fills the notes, uses the version helper, clears the draft and undoes it, with visible focus', async () => {
    const { context, page, problems } = await openGenerator();
    await startRunFromBar(page);
    await tabTo(page, page.locator('summary', { hasText: 'Suggest the next version' }));
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle))
      .not.toBe('none');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2.3.1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: 'Use 3.0.0 in Release name / number' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => field(page, 'Release name / number:').inputValue())
      .toBe('First release 3.0.0');

    await tabTo(page, field(page, 'Summary:'));
    await page.keyboard.type('Typed with the keyboard');
    await tabTo(page, page.getByRole('button', { name: 'Clear draft' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Clear the release notes draft?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => field(page, 'Summary:').inputValue()).toBe('Typed with the keyboard');
    // The focus goes back to the button that opened the dialog (a moment later on a busy machine).
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Clear draft');

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page, 'Summary:').inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page, 'Summary:').inputValue()).toBe('Typed with the keyboard');
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations empty, with messages shown, filled and while asking to clear, in the ${colorScheme} theme`, async () => {
      const { context, page } = await openGenerator({ colorScheme, bypassCSP: true });
      const report: string[] = [];
      const check = async (state: string) =>
        report.push(...(await axeViolations(page)).map((violation) => `${state}: ${violation}`));
      await check('empty');

      await field(page, 'Release name / number:').fill('');
      await field(page, 'Documentation links:').fill('Evil — javascript:alert(1)');
      await page.getByRole('button', { name: 'Copy Markdown of the release notes' }).click();
      await page.getByText('fields need attention').waitFor();
      await expect.poll(() => field(page, 'Summary:').getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('dialog', { name: 'Export the notes as they are?' }).waitFor();
      await check('export asks first');
      await page
        .getByRole('dialog', { name: 'Export the notes as they are?' })
        .getByRole('button', { name: 'Cancel' })
        .click();
      await check('messages');

      await field(page, 'Release name / number:').fill('Aurora 3.0.0');
      await field(page, 'Summary:').fill('Faster sync. שלום 🚀');
      await field(page, 'Notable changes:').fill('Markdown export\nDark theme');
      await field(page, 'Documentation links:').fill(
        'Upgrade guide — https://docs.octoacme.example/upgrade',
      );
      await page.getByText('Suggest the next version').click();
      await page.getByLabel('Previous version').fill('2.4');
      await check('filled, helper open with a problem');

      await page.getByRole('button', { name: 'Clear draft' }).click();
      await check('clear dialog');
      await context.close();
      expect(report).toEqual([]);
    });
  }

  it('finds no violations on a narrow screen, where the preview sits below the form', async () => {
    const { context, page } = await openGenerator({
      viewport: { width: 375, height: 740 },
      bypassCSP: true,
    });
    await field(page, 'Summary:').fill('Faster sync.');
    const [form, previewBox] = await Promise.all([
      page.locator('.notes-form').boundingBox(),
      preview(page).boundingBox(),
    ]);
    expect(previewBox!.y).toBeGreaterThan(form!.y + form!.height - 1);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('puts the preview beside the form on a wide screen', async () => {
    const { context, page } = await openGenerator({ viewport: { width: 1280, height: 900 } });
    const [form, previewBox] = await Promise.all([
      page.locator('.notes-form').boundingBox(),
      preview(page).boundingBox(),
    ]);
    expect(previewBox!.x).toBeGreaterThan(form!.x + form!.width);
    expect(previewBox!.y).toBeLessThan(form!.y + 50);
    await context.close();
  });
});

describe('importing changes', () => {
  const HOSTILE_SUBJECT =
    'feat: <img src=x onerror="window.pwned=6"> [x](javascript:window.pwned=7) **b** | # `c` (#21)';
  const LOG = [...MERGED_LOG_LINES, `b8c9d0e ${HOSTILE_SUBJECT}`].join('\n');
  const NOTABLE = [
    'Typed by hand',
    'Feature: *(api)* Drop the v1 endpoints (breaking) (#12)',
    'Feature: Export notes as Markdown (#14)',
    'Feature: <img src=x onerror="window.pwned=6"> [x](javascript:window.pwned=7) **b** | # `c` (#21)',
    'Fix: Keep the cursor on undo (#15)',
  ];

  it('groups a pasted log, fills the notes, the migration steps and the export, suggests major, and undoes it', async () => {
    const { context, page, problems } = await openGenerator();
    await page.evaluate(() =>
      localStorage.setItem(
        'octoacme-rg:v1:releases',
        JSON.stringify({
          v: 1,
          data: {
            runs: [
              {
                id: 'r0',
                version: '2.4.0',
                name: 'Aurora',
                type: 'minor',
                customerFacing: true,
                createdAt: '2026-10-20T09:30:00.000Z',
              },
              {
                id: 'r1',
                version: '2.5.0',
                name: 'Borealis',
                type: 'minor',
                customerFacing: true,
                createdAt: '2026-11-20T09:30:00.000Z',
              },
            ],
            currentId: 'r1',
          },
        }),
      ),
    );
    await page.reload();
    await ready(page);
    await field(page, 'Notable changes:').fill('Typed by hand');

    // Typing starts the moment the dialog opens: nothing is lost while the reader loads.
    await page.getByRole('button', { name: 'Import changes…' }).click();
    await page.keyboard.type(LOG);
    const dialog = page.getByRole('dialog', { name: 'Import changes' });
    await expect.poll(() => dialog.getByLabel('Pasted changes').inputValue()).toBe(LOG);
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toBe(
        'Read as git log --oneline. 4 changes left out: 1 merge commit, 1 release commit, 2 dependency updates.',
      );
    await expect
      .poll(() => dialog.locator('.import-group h4').allTextContents())
      .toEqual(['Features (3)', 'Bug fixes (1)']);
    await expect
      .poll(() => dialog.locator('.import-group li').allTextContents())
      .toEqual([
        '(api) Drop the v1 endpoints (breaking) (#12)',
        'Export notes as Markdown (#14)',
        '<img src=x onerror="window.pwned=6"> [x](javascript:window.pwned=7) **b** | # `c` (#21)',
        'Keep the cursor on undo (#15)',
      ]);
    await expect.poll(() => dialog.locator('img, a, strong, code').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Add to the notes' }).click();

    await expect.poll(() => field(page, 'Notable changes:').inputValue()).toBe(NOTABLE.join('\n'));
    await expect
      .poll(() => field(page, 'Migration steps (if any):').inputValue())
      .toBe('To complete: *(api)* Drop the v1 endpoints (#12)');
    // A subject's **b** and `c` are Markdown in the notes, as is the emphasised scope; its HTML and
    // script link stay text.
    const shownNotable = NOTABLE.map((line) =>
      line.replace('**b** | # `c`', 'b | # c').replace('*(api)*', '(api)'),
    );
    await expect
      .poll(() => preview(page).getByRole('listitem').allTextContents())
      .toEqual([...shownNotable, 'To complete: (api) Drop the v1 endpoints (#12)']);
    await expect.poll(() => preview(page).locator('img, a').count()).toBe(0);
    await expect
      .poll(() => preview(page).locator('strong, code').allTextContents())
      .toEqual(['b', 'c']);

    const { markdown } = await downloadMarkdown(page);
    const tree = parseGfm(markdown);
    const listAfter = (heading: string) => {
      const at = tree.children.findIndex(
        (node) => node.type === 'heading' && toString(node) === heading,
      );
      const list = tree.children[at + 1]!;
      return list.type === 'list' ? list.children.map((item) => toString(item)) : [];
    };
    expect(listAfter('Notable changes')).toEqual(shownNotable);
    expect(listAfter('Migration steps')).toEqual([
      'To complete: (api) Drop the v1 endpoints (#12)',
    ]);
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      node.children?.forEach((child) => walk(child as never));
    };
    walk(tree);
    expect([...types].sort()).toEqual([
      'emphasis',
      'heading',
      'inlineCode',
      'list',
      'listItem',
      'paragraph',
      'root',
      'strong',
      'text',
    ]);

    await expect
      .poll(() =>
        page
          .locator('details.version-helper')
          .evaluate((details) => (details as HTMLDetailsElement).open),
      )
      .toBe(true);
    await expect.poll(() => page.getByLabel('Release type').inputValue()).toBe('major');
    await expect
      .poll(() => page.getByText('Suggested from the imported changes: major.').isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('Next version: 3.0.0').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => field(page, 'Notable changes:').inputValue()).toBe('Typed by hand');
    await expect.poll(() => field(page, 'Migration steps (if any):').inputValue()).toBe('');
    await expect
      .poll(() => page.evaluate(() => (window as { pwned?: number }).pwned))
      .toBeUndefined();
    await context.close();
    expect(problems).toEqual([]);
  });

  it('finds no accessibility violations in the import dialog', async () => {
    const { context, page } = await openGenerator({ bypassCSP: true });
    await page.getByRole('button', { name: 'Import changes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import changes' });
    await dialog.getByLabel('Pasted changes').fill(LOG);
    await dialog.locator('.import-group').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a writer’s release notes: Markdown, a title line, warnings before the export, the preview to its end', () => {
  const RUN_2_4_0 = {
    v: 1,
    data: {
      runs: [
        {
          id: 'r1',
          version: '2.4.0',
          name: 'Aurora',
          type: 'minor',
          customerFacing: true,
          createdAt: '2026-11-20T09:30:00.000Z',
        },
      ],
      currentId: 'r1',
    },
  };

  async function onRun(options: Parameters<Browser['newContext']>[0] = {}) {
    const opened = await openGenerator(options);
    await opened.page.evaluate(
      (value) => localStorage.setItem('octoacme-rg:v1:releases', value),
      JSON.stringify(RUN_2_4_0),
    );
    await opened.page.reload();
    await ready(opened.page);
    return opened;
  }

  it('exports typed Markdown as Markdown under a title line, and previews it so', async () => {
    const { context, page, problems } = await onRun();
    await field(page, 'Date:').fill('2026-12-01');
    await field(page, 'Summary:').fill(
      'Run `octo migrate` *before* the **upgrade**: see [the guide](https://docs.octoacme.example/upgrade).',
    );
    await field(page, 'Notable changes:').fill(
      '# Not a heading\n> Not a quote\n1. Not a numbered list',
    );
    await expect
      .poll(() => preview(page).locator('code, em, strong, a').allTextContents())
      .toEqual(['octo migrate', 'before', 'upgrade', 'the guide']);
    await expect
      .poll(() => preview(page).getByRole('heading', { level: 3 }).textContent())
      .toBe('Release 2.4.0 — Aurora · 2026-12-01');
    const { name, markdown } = await downloadMarkdown(page);
    expect(name).toBe('release-notes-2.4.0.md');
    expect(markdown.split('\n\n').slice(0, 5)).toEqual([
      '## Release 2.4.0 — Aurora · 2026-12-01',
      '### Summary',
      'Run `octo migrate` *before* the **upgrade**: see [the guide](https://docs.octoacme.example/upgrade).',
      '### Notable changes',
      '- \\# Not a heading\n- \\> Not a quote\n- 1\\. Not a numbered list',
    ]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('asks before exporting a link line that is not a link or notes for another version, and the “Downloaded” line goes with the draft', async () => {
    const { context, page, problems } = await onRun();
    await page.getByText('Suggest the next version').click();
    await page.getByLabel('Previous version').fill('2.3.0');
    await page.getByLabel('Pre-release tag (optional)').fill('rc');
    await page.getByRole('button', { name: 'Use 2.4.0-rc.1 in Release name / number' }).click();
    await expect
      .poll(() => field(page, 'Release name / number:').inputValue())
      .toBe('Aurora 2.4.0-rc.1');
    await page.getByText('These notes are for 2.4.0-rc.1, but the current run is 2.4.0.').waitFor();
    await field(page, 'Summary:').fill('Faster sync.');
    await field(page, 'Documentation links:').fill(
      'Upgrade guide — https://docs.octoacme.example/upgrade\nSee the wiki',
    );

    // Cancel: nothing is downloaded, and the form shows what to fix.
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Download Markdown of the release notes' }).click();
    const question = page.getByRole('dialog', { name: 'Export the notes as they are?' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => question.isVisible()).toBe(false);
    await expect
      .poll(() => field(page, 'Documentation links:').getAttribute('aria-invalid'))
      .toBe('true');
    expect(downloads).toBe(0);

    const { name, markdown } = await downloadAfterWarning(page, [
      /^Release name \/ number: These notes are for 2\.4\.0-rc\.1, but the current run is 2\.4\.0\./,
      /^Documentation links: .*line 2 \(“See the wiki”\): it has no https:\/\/ address at the end\.$/,
    ]);
    expect(name).toBe('release-notes-2.4.0-rc.1.md');
    expect(markdown).toContain('- See the wiki\n');
    const status = page.getByText('Downloaded release-notes-2.4.0-rc.1.md.');
    await status.waitFor();
    await field(page, 'Summary:').fill('Faster sync for everyone.');
    await expect.poll(() => status.count()).toBe(0);

    await downloadAfterWarning(page, [/^Release name/, /^Documentation links/]);
    await status.waitFor();
    await page.getByRole('button', { name: 'Clear draft' }).click();
    await page
      .getByRole('dialog', { name: 'Clear the release notes draft?' })
      .getByRole('button', { name: 'Clear draft' })
      .click();
    await expect.poll(() => status.count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`lets the preview be read to its last line at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page } = await onRun({ viewport, bypassCSP: true });
      await field(page, 'Summary:').fill(
        `${'Faster sync for large teams. '.repeat(60)}\n\n${'Offline mode. '.repeat(60)}`,
      );
      await field(page, 'Notable changes:').fill(
        Array.from({ length: 25 }, (_, index) => `Change ${index + 1}`).join('\n'),
      );
      await field(page, 'Documentation links:').fill(
        'Upgrade guide — https://docs.octoacme.example/upgrade\nThe last line — https://docs.octoacme.example/last',
      );
      const last = preview(page).getByRole('listitem').last();
      await expect.poll(() => last.textContent()).toBe('The last line');
      // Scrolling the page alone (no scroll inside the preview) brings its end into view, unclipped.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const seen = await last.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const clippedBy = [];
        for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
          const style = getComputedStyle(ancestor);
          const area = ancestor.getBoundingClientRect();
          if (
            style.overflowY !== 'visible' &&
            (box.bottom > area.bottom + 0.5 || box.top < area.top - 0.5)
          )
            clippedBy.push(ancestor.className || ancestor.tagName);
        }
        return { top: box.top, bottom: box.bottom, height: innerHeight, clippedBy };
      });
      expect(seen.clippedBy).toEqual([]);
      expect(seen.top).toBeGreaterThanOrEqual(0);
      expect(seen.bottom).toBeLessThanOrEqual(seen.height);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
