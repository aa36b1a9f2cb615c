// Incident mode on the rollback playbook in a real Chromium: a whole incident from start to
// export (with a reload hours later, across midnight) and accessibility in every state. Offline use: offline.test.ts.
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.mjs';
import {
  openPlaybook as openPlaybookAt,
  openRecordedPage,
  useChromium,
} from '../support/browser-session.ts';

const siteUrl = inject('siteUrl');
const STEPS = [
  'Trigger incident response and notify on-call (Release Manager coordinates)',
  'Notify Customer Success immediately for customer-impacting issues',
  'Rollback to last known-good release if necessary (Release Manager executes)',
  'Triage root cause and capture action items (PM facilitates, Scrum Master tracks follow-ups)',
  'Update customers on status and resolution (Customer Success communicates)',
] as const;

const browser = useChromium();

const open = (options: Parameters<Browser['newContext']>[0] = {}) =>
  openRecordedPage(browser(), options);
const openPlaybook = (page: Page, base = siteUrl) => openPlaybookAt(page, base);

async function sayWhoIAm(page: Page) {
  await page.getByLabel('Name').fill('Dana');
  await page.getByLabel('Role').selectOption('release-manager');
  await page.getByRole('button', { name: 'Save' }).click();
}

const stepRow = (page: Page, text: string) => page.locator('.incident-step', { hasText: text });

/** Controls of incident mode smaller than 44×44 CSS pixels, by their text. */
function smallTargets(page: Page): Promise<string[]> {
  return page.locator('.incident-mode').evaluate((root) =>
    [
      ...root.querySelectorAll<HTMLElement>(
        'button, select, input:not([type="checkbox"], [type="radio"]), .step-check, .choice',
      ),
    ]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} "${element.textContent?.trim() || element.getAttribute('aria-label') || element.id}"`,
      ),
  );
}

// Page positions, not viewport ones: a tick may scroll its checkbox into view (below the sticky bar), which is not a row moving.
const rowTops = (page: Page) =>
  page
    .locator('.incident-step')
    .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().top + window.scrollY));

describe('an incident from start to export', () => {
  it('starts, ticks, survives a reload hours later across midnight, resolves and exports the record', async () => {
    const { context, page, problems } = await open({
      timezoneId: 'America/New_York',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    // 23:45 in New York, 04:45 UTC.
    await page.clock.install({ time: new Date('2026-11-27T04:45:00.000Z') });
    await openPlaybook(page);
    await sayWhoIAm(page);

    await page.getByLabel('Title (optional)').fill('Checkout errors after 2.4.0');
    await page.getByRole('button', { name: 'Start incident' }).click();
    const heading = page.getByRole('heading', { name: 'Checkout errors after 2.4.0' });
    await heading.waitFor();
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await expect
      .poll(() => page.locator('.incident-clock [role="timer"]').textContent())
      .toMatch(/^00:00:0\d$/);

    // The reminders of an ongoing incident load apart and show just after the start: measure with them.
    await page.getByRole('timer', { name: 'Customer update due in' }).waitFor();
    const before = await rowTops(page);
    await page.getByLabel(STEPS[0]).check();
    expect(await rowTops(page), 'ticking moves no step').toEqual(before);
    const status = stepRow(page, STEPS[0]).locator('.step-status');
    // Local time, and UTC beside it while the focus (or the pointer) is on the step.
    await expect
      .poll(() => status.innerText())
      .toBe('Done 23:45 by Dana (Release Manager) 04:45 UTC');
    await page.locator('h1').click();
    await expect.poll(() => status.innerText()).toBe('Done 23:45 by Dana (Release Manager)');
    await stepRow(page, STEPS[0]).hover();
    await expect
      .poll(() => status.innerText())
      .toBe('Done 23:45 by Dana (Release Manager) 04:45 UTC');
    await expect.poll(() => page.locator('.is-next .step-text').textContent()).toBe(STEPS[1]);

    await page.getByLabel('Add to the timeline').fill('Error rate 12% on checkout');
    await page.keyboard.press('Enter');
    await page.getByLabel('Follow-up action item (listed in the export)').check();
    await page.getByLabel('Add to the timeline').fill('Alert on checkout error rate');
    await page.keyboard.press('Enter');

    // The laptop sleeps; three hours later, past midnight, the page is opened again.
    await page.clock.fastForward('03:00:00');
    await page.reload();
    await page.locator('.incident-clock [role="timer"]').waitFor();
    await expect
      .poll(() => page.locator('.incident-clock [role="timer"]').textContent())
      .toMatch(/^03:00:\d\d$/);
    await expect.poll(() => page.locator('.incident-facts').innerText()).toContain('26 Nov, 23:45');
    await expect.poll(() => page.getByLabel(STEPS[0]).isChecked()).toBe(true);
    // The timeline's code loads once the page finds the incident.
    await expect.poll(() => page.locator('.timeline-entry').count()).toBe(4);

    await page.getByRole('button', { name: 'Resolve incident' }).click();
    await page.getByLabel('How was it resolved? (one line)').fill('Rolled back to 2.3.9');
    await page.keyboard.press('Enter');
    await page.getByText('Resolved incident').waitFor();
    await expect
      .poll(() => page.locator('.incident-clock [role="timer"]').textContent())
      .toMatch(/^03:00:\d\d$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download Markdown/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'incident-2026-11-27-0445-checkout-errors-after-2.4.0.md',
    );
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^## Incident: Checkout errors after 2\.4\.0\n/);
    expect(markdown).toContain('- Started: 2026-11-27 04:45 UTC\n');
    expect(markdown).toMatch(
      /- Resolved: 2026-11-27 07:45 UTC\n- Resolution: Rolled back to 2\.3\.9\n\n### Impact\n\n- Customer-facing: yes\n- Duration: 03:00:\d\d\n/,
    );
    expect(markdown).toContain(`- [x] ${STEPS[0]} · Done 04:45 UTC by Dana (Release Manager)\n`);
    expect(markdown).toContain(
      '| 04:45 UTC | Dana (Release Manager) | Error rate 12% on checkout |',
    );
    expect(markdown).toContain(
      '### Action items\n\n- [ ] Alert on checkout error rate · owner: to be assigned · noted 04:45 UTC by Dana (Release Manager)\n',
    );

    await page.getByRole('button', { name: /^Copy Markdown/ }).click();
    await page.getByText('Copied the incident record as Markdown.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const withoutExportTime = (text: string) => text.replace(/^Exported .*$/m, '');
    expect(withoutExportTime(copied)).toBe(withoutExportTime(markdown));

    await context.close();
    expect(problems).toEqual([]);
  });

  it('marks the Customer Success steps N/A with a reason when no customer is affected, and records the rollback decision', async () => {
    const { context, page, problems } = await open();
    await openPlaybook(page);
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Start incident' }).click();
    await expect.poll(() => page.locator('.tag-required').count()).toBe(0);

    await page
      .getByRole('button', { name: new RegExp(`^N/A.*${STEPS[1].replace(/[()]/g, '.')}`) })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark N/A' }).click();
    await expect
      .poll(() => stepRow(page, STEPS[1]).locator('.step-status').innerText())
      .toMatch(/^N\/A: No customer is affected · \d\d:\d\d( \d\d:\d\d UTC)?$/);

    await page.getByRole('button', { name: /^Not needed.*Rollback/ }).click();
    await page.getByLabel('Why is it not needed?').fill('Fixed forward with a config change');
    await page.getByRole('dialog').getByRole('button', { name: 'Not needed' }).click();
    await expect
      .poll(() => stepRow(page, STEPS[2]).locator('.step-status').innerText())
      .toMatch(/^Not needed: Fixed forward with a config change/);

    // Customers turn out to be affected after all: the N/A is undone and the steps are required.
    await page.getByLabel('Yes, customer-impacting').check();
    await expect.poll(() => page.locator('.tag-required').count()).toBe(2);
    await expect.poll(() => page.getByLabel(STEPS[1]).isDisabled()).toBe(false);
    // The timeline shows the newest entry first.
    await expect
      .poll(() => page.locator('.timeline-entry').first().innerText())
      .toContain('Customer impact changed: customer-impacting');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('works with the keyboard alone', async () => {
    const { context, page } = await open();
    await openPlaybook(page);
    await page.getByLabel('Title (optional)').focus();
    await page.keyboard.type('Search is down');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Search is down' }).waitFor();
    await page.getByLabel(STEPS[0]).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByLabel(STEPS[0]).isChecked()).toBe(true);
    await page.getByRole('button', { name: /^Rolled back.*Rollback/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Version rolled back to').waitFor();
    await page.keyboard.type('2.3.9');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Search 5xx');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stepRow(page, STEPS[2]).locator('.step-status').innerText())
      .toMatch(/^Rolled back .* · to 2\.3\.9 · Reason: Search 5xx/);
    await page.getByLabel('Add to the timeline').focus();
    await page.keyboard.type('Rolled back to 2.3.9');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.timeline-entry').first().innerText())
      .toContain('Rolled back to 2.3.9');
    await context.close();
  });
});

describe('backup', () => {
  it('includes the incidents in the backup downloaded from the release runs page', async () => {
    const { context, page } = await open();
    await openPlaybook(page);
    await page.getByLabel('Title (optional)').fill('Kept in the backup');
    await page.getByRole('button', { name: 'Start incident' }).click();
    await page.goto(new URL('releases/', siteUrl).href);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(backup.documents['octoacme-rg:v1:incidents'].data.incidents[0].title).toBe(
      'Kept in the backup',
    );
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA) in every state', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations in the ${colorScheme} theme`, async () => {
      const { context, page } = await open({ colorScheme, bypassCSP: true });
      const report: string[] = [];
      const check = async (state: string) => {
        report.push(...(await axeViolations(page)).map((violation) => `${state}: ${violation}`));
        report.push(
          ...(await smallTargets(page)).map(
            (target) => `${state}: target smaller than 44×44 px: ${target}`,
          ),
        );
      };
      await openPlaybook(page);
      await check('no incident');
      await page.getByRole('button', { name: 'Start incident' }).click();
      await page.getByLabel(STEPS[0]).check();
      await page.getByLabel('Add to the timeline').fill('Error rate 12%');
      await page.keyboard.press('Enter');
      await page.getByLabel('Add to the timeline').press('Enter');
      await check('incident in progress, with a problem in the timeline form');
      await page.getByRole('button', { name: /^Edit/ }).click();
      await check('editing a note');
      await page.getByRole('button', { name: /^Not needed.*Rollback/ }).click();
      await page.getByRole('dialog').waitFor();
      await check('asking why the rollback is not needed');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Rolled back.*Rollback/ }).click();
      await page.getByRole('dialog').waitFor();
      await check('asking what the rollback did');
      await page.keyboard.press('Escape');
      await page.getByText('Reminder settings and notifications').click();
      await check('reminders, their settings open');
      await page.getByRole('button', { name: 'Resolve incident' }).click();
      await page.getByRole('dialog').waitFor();
      await check('resolve asks first');
      await page.getByLabel('How was it resolved? (one line)').fill('Fixed');
      await page.keyboard.press('Enter');
      await check('resolved');
      await page.getByRole('button', { name: 'Start another incident' }).click();
      await check('starting another');
      await context.close();
      expect(report).toEqual([]);
    });
  }
});

describe('the on-call engineer on a phone', () => {
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const box = async (locator: Locator) => (await locator.boundingBox())!;

  it('finds Start incident first, within the first screen, with who you are asked below it', async () => {
    const { context, page, problems } = await open(PHONE);
    await openPlaybook(page);
    const start = page.getByRole('button', { name: 'Start incident' });
    const { y, height } = await box(start);
    expect(y + height, 'the start button ends within the 844 px screen').toBeLessThanOrEqual(844);
    const startsBeforeIdentity = await start.evaluate((button) => {
      const identity = document.querySelector('.identity-bar')!;
      return Boolean(button.compareDocumentPosition(identity) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(startsBeforeIdentity, 'the identity form comes after the start').toBe(true);
    // Each label of the identity form sits on the line of its field, never alone at a line's end.
    for (const label of ['Name', 'Role']) {
      const field = await box(page.getByLabel(label));
      const text = await box(page.locator('.identity-form label', { hasText: label }));
      expect(
        Math.abs(text.y + text.height / 2 - (field.y + field.height / 2)),
        `${label} beside its field`,
      ).toBeLessThan(field.height / 2);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  for (const [device, options] of [
    ['a phone', PHONE],
    ['a desktop', { viewport: { width: 1280, height: 800 } }],
  ] as const) {
    it(`keeps the clock, the impact, the next step and Resolve in view while scrolling, on ${device}, covering no heading`, async () => {
      const { context, page, problems } = await open(options);
      await openPlaybook(page);
      await page.getByRole('button', { name: 'Start incident' }).click();
      const bar = page.getByRole('region', { name: 'Incident status' });
      await bar.waitFor();
      const timeline = page.getByRole('heading', { name: 'Timeline' });
      await timeline.evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      const header = await box(page.locator('.site-header'));
      const stuck = await box(bar);
      expect(Math.round(stuck.y), 'just below the site header').toBe(
        Math.round(header.y + header.height),
      );
      await expect
        .poll(() => bar.innerText())
        .toMatch(
          new RegExp(
            `^(Elapsed\\s+)?00:00:\\d\\d\\s+Customers affected\\s*Next: ${STEPS[0].replace(/[()]/g, '.')}\\s+Resolve incident$`,
          ),
        );
      const resolve = page.getByRole('button', { name: 'Resolve incident' });
      const button = await box(resolve);
      const onTop = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent,
        { x: button.x + button.width / 2, y: button.y + button.height / 2 },
      );
      expect(onTop, 'Resolve is not covered').toBe('Resolve incident');
      expect(
        (await box(timeline)).y,
        'the heading scrolled to stops below the bar',
      ).toBeGreaterThanOrEqual(stuck.y + stuck.height);
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it('puts the steps right after the incident bar and the exports after them, and takes “Next:” to its step', async () => {
    const { context, page, problems } = await open(PHONE);
    await openPlaybook(page);
    await page.getByRole('button', { name: 'Start incident' }).click();
    const bar = page.getByRole('region', { name: 'Incident status' });
    await bar.waitFor();
    const copy = page.getByRole('button', { name: /^Copy Markdown/ });
    await copy.waitFor();
    const first = await box(stepRow(page, STEPS[0]));
    expect(
      first.y + first.height,
      'the first step ends within the 844 px screen',
    ).toBeLessThanOrEqual(844);
    const last = await box(stepRow(page, STEPS.at(-1)!));
    expect((await box(copy)).y, 'the exports after the steps').toBeGreaterThan(last.y);
    expect(
      (await box(page.getByRole('group', { name: 'Are customers affected?' }))).y,
      'the impact after the steps',
    ).toBeGreaterThan(last.y);

    await page.getByLabel(STEPS[0]).check();
    const next = bar.getByRole('link', { name: `Next: ${STEPS[1]}` });
    await next.click();
    const barBottom = (await box(bar)).y + (await box(bar)).height;
    await expect
      .poll(() =>
        stepRow(page, STEPS[1]).evaluate((row, top) => {
          const { top: y, bottom } = row.getBoundingClientRect();
          return y >= top - 1 && bottom <= window.innerHeight;
        }, barBottom),
      )
      .toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('adds timeline entries next to the input, newest first, and edits one keeping the old words', async () => {
    const { context, page, problems } = await open(PHONE);
    await openPlaybook(page);
    await page.getByRole('button', { name: 'Start incident' }).click();
    const input = page.getByLabel('Add to the timeline');
    await input.fill('Error rate 12% on checkout');
    await input.press('Enter');
    const inputTop = (await box(input)).y + (await page.evaluate(() => window.scrollY));
    for (const text of ['Rolled back web tier', 'Error rate back to 0.1%']) {
      await input.fill(text);
      await input.press('Enter');
    }
    expect(
      (await box(input)).y + (await page.evaluate(() => window.scrollY)),
      'the input stays where it is',
    ).toBeCloseTo(inputTop, 0);
    const entries = page.locator('.timeline-entry .timeline-text');
    await expect
      .poll(() => entries.allInnerTexts())
      .toEqual([
        expect.stringContaining('Error rate back to 0.1%'),
        expect.stringContaining('Rolled back web tier'),
        expect.stringContaining('Error rate 12% on checkout'),
        expect.stringContaining('Incident started'),
      ]);
    const newest = await box(page.locator('.timeline-entry').first());
    const form = await box(page.locator('.incident-timeline .entry-form').first());
    expect(
      newest.y - (form.y + form.height),
      'the newest entry right below the input',
    ).toBeLessThan(24);

    await page.getByRole('button', { name: /^Edit.*Rolled back web tier$/ }).click();
    await page.getByLabel('Edited text').fill('Rolled back web tier to 2.3.9');
    await page.getByRole('button', { name: 'Save edit' }).click();
    await expect
      .poll(() => entries.allInnerTexts())
      .toEqual([
        expect.stringContaining('Error rate back to 0.1%'),
        expect.stringMatching(/^Edited\s+Rolled back web tier to 2\.3\.9/),
        expect.stringContaining('Rolled back web tier'),
        expect.stringContaining('Error rate 12% on checkout'),
        expect.stringContaining('Incident started'),
      ]);
    await expect
      .poll(() => page.locator('.timeline-entry').nth(2).locator('del').textContent())
      .toBe('Before an edit: Rolled back web tier');
    await expect.poll(() => page.getByRole('button', { name: /^Correct/ }).count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('shows every other page a banner while an incident is ongoing, linking back to it; nothing without JavaScript', async () => {
    const { context, page, problems } = await open(PHONE);
    await openPlaybook(page);
    await expect
      .poll(() => page.locator('[data-incident-banner]').count(), {
        message: 'no banner on the playbook itself',
      })
      .toBe(0);
    await page.getByLabel('Title (optional)').fill('Checkout errors');
    await page.getByRole('button', { name: 'Start incident' }).click();
    await page.getByRole('region', { name: 'Incident status' }).waitFor();

    await page.goto(new URL('guide/', siteUrl).href);
    const banner = page.getByRole('complementary', { name: 'Ongoing incident' });
    await expect
      .poll(() => banner.innerText())
      .toMatch(
        /^Incident in progress: Checkout errors\s*Back to the incident on the Rollback & Incident Playbook$/,
      );
    const bannerBox = await box(banner);
    expect(bannerBox.y + bannerBox.height, 'at the top of the page').toBeLessThan(200);
    await banner.getByRole('link').click();
    await page.waitForURL(new URL('playbook/rollback/', siteUrl).href);
    await page.getByRole('button', { name: 'Resolve incident' }).click();
    await page.getByLabel('How was it resolved? (one line)').fill('Rolled back');
    await page.keyboard.press('Enter');
    await page.getByText('Resolved incident').waitFor();
    await page.goto(new URL('releases/', siteUrl).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(() => page.locator('[data-incident-banner]').isHidden(), {
        message: 'no banner once resolved',
      })
      .toBe(true);
    const stored = await page.evaluate(() => localStorage.getItem('octoacme-rg:v1:incidents'));
    await context.close();
    expect(problems).toEqual([]);

    // The same stored incident, reopened, in a browser without JavaScript: the page reads as always, no banner.
    const ongoing = JSON.stringify({
      ...JSON.parse(stored!),
      data: {
        incidents: JSON.parse(stored!).data.incidents.map(
          ({ resolvedAt: _resolved, ...incident }: { resolvedAt?: string }) => incident,
        ),
      },
    });
    const origin = new URL(siteUrl).origin;
    const noScript = await browser().newContext({
      javaScriptEnabled: false,
      storageState: {
        cookies: [],
        origins: [{ origin, localStorage: [{ name: 'octoacme-rg:v1:incidents', value: ongoing }] }],
      },
    });
    const reading = await noScript.newPage();
    await reading.goto(new URL('guide/', siteUrl).href);
    await expect.poll(() => reading.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => reading.locator('[data-incident-banner]').isHidden()).toBe(true);
    await noScript.close();
    const withScript = await browser().newContext({
      storageState: {
        cookies: [],
        origins: [{ origin, localStorage: [{ name: 'octoacme-rg:v1:incidents', value: ongoing }] }],
      },
    });
    const again = await withScript.newPage();
    await again.goto(new URL('guide/', siteUrl).href);
    // The banner's script loads after the page's own code: wait for it rather than read at once.
    const shown = again.getByRole('complementary', { name: 'Ongoing incident' });
    await shown.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    await expect
      .poll(() => shown.isVisible(), {
        message: 'the same storage shows the banner with JavaScript',
      })
      .toBe(true);
    await withScript.close();
  });

  it('links the banner to the playbook under the sub-path too', async () => {
    const html = await (await fetch(new URL('guide/', inject('subPathSiteUrl')).href)).text();
    expect(html).toMatch(
      /<aside class="incident-banner"[^>]*hidden[^>]*>[\s\S]*?<a href="\/release-guide\/playbook\/rollback\/">/,
    );
  });
});

describe('resolving, the rollback decision and the reminders', () => {
  it('resolve lists the open steps and needs a summary, and can be undone', async () => {
    const { context, page, problems } = await open();
    await openPlaybook(page);
    await page.getByRole('button', { name: 'Start incident' }).click();
    await page.getByLabel(STEPS[0]).check();
    await page.getByRole('button', { name: 'Resolve incident' }).click();
    const dialog = page.getByRole('dialog');
    const summary = dialog.getByLabel('How was it resolved? (one line)');
    // The field is there and focused the moment the dialog opens: typing at once is kept.
    await page.keyboard.type('Flag');
    await expect.poll(() => summary.inputValue()).toBe('Flag');
    await expect.poll(() => dialog.getByText('4 steps are still open.').isVisible()).toBe(true);
    const listed = await dialog.getByRole('listitem').allInnerTexts();
    expect(listed.map((text) => text.replace(/\s*Required: customers are affected$/, ''))).toEqual(
      STEPS.slice(1),
    );
    expect(listed.filter((text) => text.endsWith('Required: customers are affected'))).toHaveLength(
      2,
    );
    await summary.fill('   ');
    await dialog.getByRole('button', { name: 'Resolve anyway' }).click();
    await dialog.getByText('Say in one line how it was resolved').waitFor();
    await summary.fill('Feature flag turned off');
    await dialog.getByRole('button', { name: 'Resolve anyway' }).click();
    await page.getByText('Resolved incident').waitFor();
    await expect
      .poll(() => page.locator('.incident-resolution').innerText())
      .toBe('Resolution: Feature flag turned off');
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect
      .poll(() => undo.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await undo.click();
    await page.getByText('Incident in progress').waitFor();
    await expect
      .poll(() =>
        page.locator('.timeline-entry', { hasText: 'Resolve undone: incident open again' }).count(),
      )
      .toBe(1);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('asks what the rollback did, prefilled with the linked run’s previous version', async () => {
    const { context, page, problems } = await open();
    await page.goto(new URL('releases/', siteUrl).href);
    await page.evaluate(() => {
      const run = (id: string, version: string, createdAt: string) => ({
        id,
        version,
        type: 'minor',
        customerFacing: true,
        createdAt,
      });
      const runs = [
        run('r1', '2.3.1', '2026-11-01T00:00:00.000Z'),
        run('r2', '2.4.0', '2026-11-20T00:00:00.000Z'),
      ];
      localStorage.setItem(
        'octoacme-rg:v1:releases',
        JSON.stringify({ v: 1, data: { runs, currentId: 'r2' } }),
      );
    });
    await openPlaybook(page);
    await page.getByLabel('Linked release run (optional)').selectOption('r2');
    await page.getByRole('button', { name: 'Start incident' }).click();
    await page.getByRole('button', { name: /^Rolled back.*Rollback/ }).click();
    const version = page.getByLabel('Version rolled back to');
    await expect.poll(() => version.inputValue()).toBe('2.3.1');
    // Prefilled, so the focus is on the reason: typing starts there.
    await expect
      .poll(() =>
        page
          .getByLabel('Why was it rolled back?')
          .evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    await version.fill('');
    await page.getByRole('dialog').getByRole('button', { name: 'Rolled back' }).click();
    await page.getByText('Give the version production went back to.').waitFor();
    await version.fill('2.3.1');
    await page.getByLabel('Why was it rolled back?').fill('Checkout 5xx after the deploy');
    await page.getByRole('dialog').getByRole('button', { name: 'Rolled back' }).click();
    await expect
      .poll(() => stepRow(page, STEPS[2]).locator('.step-status').innerText())
      .toMatch(/ · to 2\.3\.1 · Reason: Checkout 5xx after the deploy$/);
    // The timeline shows the newest entry first.
    await expect
      .poll(() => page.locator('.timeline-entry').first().innerText())
      .toContain('Decision: rolled back to 2.3.1');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('shows the customer update countdown while customers are affected, and restarts it on an update', async () => {
    const { context, page, problems } = await open();
    await page.clock.install({ time: new Date('2026-11-26T14:00:00.000Z') });
    await openPlaybook(page);
    await page.getByRole('button', { name: 'Start incident' }).click();
    const timer = page.getByRole('timer', { name: 'Customer update due in' });
    await expect.poll(() => timer.textContent()).toMatch(/^(30:00|29:5\d)$/);
    await page.clock.fastForward('12:00');
    await expect.poll(() => timer.textContent()).toMatch(/^(18:00|17:5\d)$/);
    await page.getByText('The next step has waited over 10 min').waitFor();
    await page.clock.fastForward('20:00');
    await page.getByText('Customer update overdue by').waitFor();
    await page.getByRole('button', { name: 'Customer update sent' }).click();
    await expect.poll(() => timer.textContent()).toMatch(/^(30:00|29:5\d)$/);
    await page.getByLabel('No', { exact: true }).check();
    await expect
      .poll(() => page.getByRole('timer', { name: 'Customer update due in' }).count())
      .toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });
});
