// The release work in Chromium, shared by the e2e files of checklists, release runs and roles: a fresh
// browser profile that records what goes wrong, a checklist page ready to use, and who you are.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { recordProblems } from './browser-session.ts';
import { startRunFromBar } from './run-questions.ts';

export const DEPLOYMENT = '/guide/deployment/';
export const STAGING = 'Deploy to staging and run smoke tests (QA Lead signs off)';
export const CHECKLISTS_KEY = 'octoacme-rg:v1:checklists';

const siteUrl = inject('siteUrl');
export const url = (route: string) => new URL(route.slice(1), siteUrl).href;

/** Opens fresh browser profiles in `browser`; each records console errors and warnings (hydration mismatches show there). */
export function contextOpener(browser: () => Browser) {
  return async function openContext(options: Parameters<Browser['newContext']>[0] = {}) {
    const context: BrowserContext = await browser().newContext({
      acceptDownloads: true,
      ...options,
    });
    const problems: string[] = [];
    context.on('page', (page) => recordProblems(page, problems));
    return { context, problems, newPage: () => context.newPage() };
  };
}

/**
 * Open a checklist page and wait until its island is interactive. Ticks need a release run: unless
 * `startRun` is false, a browser that has none starts "First release" 0.1.0 from the run bar.
 */
export async function openChecklist(page: Page, route = DEPLOYMENT, { startRun = true } = {}) {
  await page.goto(url(route));
  await page.locator('.checklist input[type="checkbox"]:not([disabled])').first().waitFor();
  if (startRun) await startRunFromBar(page);
}

/** Tick an item as someone who has not said who they are, choosing to tick without a name. */
export async function tickUnsigned(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Who is ticking?' })
    .getByRole('button', { name: 'Tick without a name' })
    .click();
  await page.getByLabel(label, { exact: true }).and(page.locator(':checked')).waitFor();
}

export async function setIdentity(page: Page, name: string, role: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}
