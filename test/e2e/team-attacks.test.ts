// Attacks on the team's record as a teammate with a hand-made Node client would make them, seen in
// another teammate's real Chromium page and in its Markdown export: a forged signer, a backdated and
// a future-dated entry, deleting and rewriting a timeline entry; and a flood from one token (a 10 MB
// update, a burst of 1,000) while two teammates work.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEntry } from '../../src/lib/incident/incident-timeline.ts';
import { tickStep } from '../../src/lib/incident/incident-transitions.ts';
import { updateIncidentDocument } from '../../src/lib/team/incident-document.ts';
import { decodeServerNotice, type ServerNotice } from '../../src/lib/team/server-notice.ts';
import { readIncidentSummaries } from '../../src/lib/team/team-list.ts';
import { TRIGGER_STEP } from '../fixtures/playbook.ts';
import { openRawClient } from '../server/raw-client.ts';
import { tickAnswering } from '../support/run-questions.ts';
import { connectClient, holders, waitFor } from '../support/sync-server.mjs';
import { LEE, useTeamSite } from '../support/team-site.ts';

/** What the sync server may hold in memory through the flood (the README states it). */
const MAX_SERVER_RSS_MB = 300;
const { site, person } = useTeamSite('team-attacks');

/** A hand-made client of one document with Lee's token, synced, keeping the server's notices. */
async function attacker(documentName: string) {
  const client = connectClient(site.sync, documentName, LEE.token);
  const notices: ServerNotice[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const notice = decodeServerNotice(payload);
    if (notice) notices.push(notice);
  });
  await client.authenticated;
  await waitFor(() => client.provider.isSynced, 'synced');
  return { ...client, notices };
}

async function refused(client: { notices: ServerNotice[]; close(): void }, reason: string) {
  await waitFor(() => client.notices.length > 0, `a refusal (${reason})`);
  expect(client.notices[0]).toMatchObject({ type: 'team-sync/refused', reason });
  client.close();
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const asDana = (at: string) => ({ at, by: 'Dana (QA Lead)' });
const entryRow = (page: Page, text: string) =>
  page.locator('.timeline-entry', { has: page.locator('.timeline-text', { hasText: text }) });

describe('attacks on the record, seen by a teammate', () => {
  it('shows forged and backdated entries with their true sender, and refuses future-dated, deleted and rewritten ones', async () => {
    const dana = await person(holders.dana.token, 'playbook/rollback/', 'Dana (QA Lead)');
    await dana
      .getByRole('button', { name: 'Start incident' })
      .and(dana.locator(':enabled'))
      .click();
    await dana.locator('.incident-title').waitFor();
    const team = await attacker('team');
    await waitFor(() => readIncidentSummaries(team.document).length === 1, 'the incident listed');
    const documentName = `incident:${readIncidentSummaries(team.document)[0]!.id}`;
    team.close();

    // Signed as Dana, sent with Lee's token: a step tick and a timeline note, now and 30 minutes ago.
    const forger = await attacker(documentName);
    updateIncidentDocument(
      forger.document,
      (incident) => tickStep(incident, TRIGGER_STEP, asDana(minutesFromNow(0))),
      asDana(minutesFromNow(0)),
    );
    updateIncidentDocument(
      forger.document,
      (incident) => addEntry(incident, 'note', 'Forged: all clear', asDana(minutesFromNow(0))),
      asDana(minutesFromNow(0)),
    );
    const backdated = asDana(minutesFromNow(-30));
    updateIncidentDocument(
      forger.document,
      (incident) => addEntry(incident, 'note', 'Backdated: checked an hour ago', backdated),
      backdated,
    );
    await forger.synced();
    forger.close();
    await expect
      .poll(() => entryRow(dana, 'Forged: all clear').locator('.timeline-by').textContent())
      .toBe(' · Lee (QA Lead)');
    await expect
      .poll(() => entryRow(dana, 'Backdated').locator('.timeline-by').textContent())
      // Made 30 minutes before it was received: shortly after midnight, the day shows too ("7 Dec, 23:42").
      .toMatch(
        /^ · Lee \(QA Lead\), made (\d{1,2} [A-Z][a-z]{2}, )?\d\d:\d\d offline, received \d\d:\d\d$/,
      );
    const step = dana.locator('.incident-step', { hasText: TRIGGER_STEP.text });
    await step.getByText('History (1)').click();
    await expect
      .poll(() => step.locator('.item-history li').first().textContent())
      .toMatch(/^Done — Lee \(QA Lead\), \d\d:\d\d$/);

    // Dated ten minutes ahead of the server: refused, and never shown.
    const future = await attacker(documentName);
    const ahead = asDana(minutesFromNow(10));
    updateIncidentDocument(
      future.document,
      (incident) => addEntry(incident, 'note', 'From the future', ahead),
      ahead,
    );
    await refused(future, 'time-ahead-of-server');

    // Deleting the start of the incident, rewriting the forged note's words: refused.
    const eraser = await attacker(documentName);
    eraser.document.getArray('timeline').delete(0, 1);
    await refused(eraser, 'history-is-append-only');
    const rewriter = await attacker(documentName);
    const timeline = rewriter.document.getArray<Record<string, unknown>>('timeline');
    const index = timeline.toArray().findIndex((entry) => entry.text === 'Forged: all clear');
    const original = timeline.get(index);
    rewriter.document.transact(() => {
      timeline.delete(index, 1);
      timeline.insert(index, [{ ...original, text: 'Nothing happened.' }]);
    });
    await refused(rewriter, 'history-is-append-only');
    // Deleting the step's past action: refused, and its history keeps it.
    const actionEraser = await attacker(documentName);
    actionEraser.document.getArray('itemActions').delete(0, 1);
    await refused(actionEraser, 'history-is-append-only');
    await expect.poll(() => step.locator('.item-history li').count()).toBe(1);

    const [download] = await Promise.all([
      dana.waitForEvent('download'),
      dana.getByRole('button', { name: /^Download Markdown/ }).click(),
    ]);
    // An incident that spans two UTC days (the backdated entry, shortly after midnight) shows dates on its times.
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/\| Lee \(QA Lead\) \| Forged: all clear \|/);
    expect(markdown).toMatch(
      /\| Lee \(QA Lead\) · made (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC offline, received (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC \| Backdated/,
    );
    expect(markdown).toMatch(/\| Dana \(QA Lead\) \| Incident started/);
    expect(markdown).toMatch(/\n {2}- Done (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC by Lee \(QA Lead\)\n/);
    expect(markdown).not.toMatch(/From the future|Nothing happened/);
    const page = await dana.locator('.incident-timeline').textContent();
    expect(page).not.toMatch(/From the future|Nothing happened/);
    expect(page).toContain('Incident started');
  });
});

describe('a flood from one token', () => {
  it('refuses a 10 MB update and slows a burst of 1,000 while a teammate’s tick reaches another within 1 s', async () => {
    const STAGING = 'Deploy to staging and run smoke tests (QA Lead signs off)';
    const dana = await person(holders.dana.token, 'guide/deployment/', 'Dana (QA Lead)');
    const sam = await person(holders.sam.token, 'guide/deployment/', 'Sam (Release Manager)');
    const rss = () =>
      Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${site.pid}/status`, 'utf8'))![1]) / 1024;
    let peak = rss();
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
    try {
      const big = await openRawClient(site.sync);
      await big.authenticate('team', LEE.token);
      const blob = new Y.Doc();
      blob.getMap('fields').set('blob', 'x'.repeat(10 * 1024 * 1024));
      big.sendUpdate('team', Y.encodeStateAsUpdate(blob));
      expect((await big.closed).code).toBe(1009);

      const burst = await openRawClient(site.sync);
      await burst.authenticate('team', LEE.token);
      const flood = new Y.Doc();
      const updates: Uint8Array[] = [];
      flood.on('update', (update: Uint8Array) => updates.push(update));
      for (let index = 0; index < 1000; index += 1) flood.getMap('fields').set(`k${index}`, index);
      for (const update of updates) burst.sendUpdate('team', update);

      // During the flood: Dana's tick is on Sam's page within a second.
      const samsBox = sam.getByLabel(STAGING, { exact: true });
      await tickAnswering(dana, STAGING);
      const ticked = Date.now();
      await expect.poll(() => samsBox.isChecked(), { timeout: 1000, interval: 20 }).toBe(true);
      expect(Date.now() - ticked).toBeLessThan(1000);
      await waitFor(
        () => burst.stateless.some(({ payload }) => payload.includes('team-sync/throttled')),
        'the burst slowed down, with its reason',
      );
      burst.close();
      for (const page of [dana, sam])
        await expect.poll(() => page.locator('body').textContent()).not.toMatch(/storage is full/);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBeLessThan(MAX_SERVER_RSS_MB);
    console.log(`sync server peak RSS during the flood: ${peak.toFixed(0)} MB`);
  });
});
