// One Chromium per test file, and pages that note everything that goes wrong in them.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.mjs';

/** Launch Chromium before the file's tests and close it after them. Call it at the top of a test file. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error('Chromium is not running: call useChromium() at the top of the test file.');
    return browser;
  };
}

/**
 * Record into `problems` the page's console errors and warnings (CSP violations and hydration
 * mismatches show there) and its uncaught errors; `expected` lets a test leave out a message it causes.
 */
export function recordProblems(
  page: Page,
  problems: string[],
  expected: (text: string, url: string) => boolean = () => false,
): void {
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (expected(message.text(), message.location().url)) return;
    problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/** A fresh context and page that record their problems (console errors and warnings, hydration mismatches among them). */
export async function openRecordedPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context: BrowserContext = await browser.newContext(options);
  const page: Page = await context.newPage();
  const problems: string[] = [];
  recordProblems(page, problems);
  return { context, page, problems };
}

/** Open the rollback playbook under `base` and wait for its island to run. */
export async function openPlaybook(page: Page, base: string): Promise<void> {
  await page.goto(new URL('playbook/rollback/', base).href);
  await page
    .getByRole('button', { name: 'Start incident' })
    .and(page.locator(':enabled'))
    .waitFor();
}
