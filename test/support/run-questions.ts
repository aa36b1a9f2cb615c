// A tick may ask questions before it is made (which release run, who signs, going ahead of what an
// item waits for). Browser tests about something else (sync, GitHub, the notes) answer them here,
// the same way each time: run "First release" 0.1.0, no name, tick anyway.
import type { Page } from 'playwright-core';

/** In a browser with no release run, start "First release" 0.1.0 from the current-run bar. */
export async function startRunFromBar(page: Page): Promise<void> {
  if (!(await page.getByText('No release run yet.').first().isVisible())) return;
  await page.getByRole('button', { name: 'Start a release run' }).first().click();
  await answerRunQuestion(page.getByRole('dialog', { name: 'New release run' }));
  await page.getByText('Current run').first().waitFor();
}

async function answerRunQuestion(dialog: ReturnType<Page['getByRole']>): Promise<void> {
  await dialog.getByLabel('Version').fill('0.1.0');
  await dialog.getByLabel('Name (optional)').fill('First release');
  await dialog.getByRole('button', { name: 'Create release run' }).click();
}

const ANSWERS: Record<string, (page: Page, dialog: ReturnType<Page['locator']>) => Promise<void>> =
  {
    'Start a release run': (_page, dialog) => answerRunQuestion(dialog),
    'Who is ticking?': (_page, dialog) =>
      dialog.getByRole('button', { name: 'Tick without a name' }).click(),
    'Tick before what it waits for?': (_page, dialog) =>
      dialog.getByRole('button', { name: 'Tick anyway' }).click(),
  };

/** Tick an item, answering whatever the tick asks first, and wait until it is ticked. */
export async function tickAnswering(page: Page, label: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  const ticked = box.and(page.locator(':checked'));
  const asked = page.locator('dialog[open]');
  await box.click();
  for (let question = 0; question < 4; question += 1) {
    await Promise.race([ticked.waitFor(), asked.first().waitFor()]);
    if (await box.isChecked()) return;
    const dialog = asked.first();
    const title = (await dialog.locator('h2').textContent()) ?? '';
    const answer = ANSWERS[title];
    if (!answer) throw new Error(`A tick asked a question this helper cannot answer: "${title}"`);
    const handle = await dialog.elementHandle();
    await answer(page, dialog);
    await handle?.waitForElementState('hidden');
  }
  await ticked.waitFor();
}
