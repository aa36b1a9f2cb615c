// The server is the witness: whatever name and time a client writes into an action, the server records who sent
// it and when it arrived, where no client can write; history cannot be deleted or rewritten, and an action signed
// more than 5 minutes ahead of the server's clock is refused. Attacks with a teammate's own token.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEntry } from '../../src/lib/incident/incident-timeline.ts';
import { startIncident } from '../../src/lib/incident/incident-transitions.ts';
import { importIncident, updateIncidentDocument } from '../../src/lib/team/incident-document.ts';
import { readActions } from '../../src/lib/team/item-history.ts';
import { setNotesField, tickItem } from '../../src/lib/team/run-document.ts';
import { decodeServerNotice, type ServerNotice } from '../../src/lib/team/server-notice.ts';
import { putRun } from '../../src/lib/team/team-list.ts';
import { readWitness, WITNESS_ROOT } from '../../src/lib/team/witness.ts';
import { holders, waitFor } from '../support/sync-server.mjs';
import { useSyncServer } from './server-harness.ts';

const sync = useSyncServer();
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const dana = { at: '', by: 'Dana (QA Lead)' };

/** A provider client that also keeps the server's notices. */
async function joined(documentName: string, token: string) {
  const client = sync.client(documentName, token);
  const notices: ServerNotice[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const notice = decodeServerNotice(payload);
    if (notice) notices.push(notice);
  });
  await client.authenticated;
  await new Promise<void>((resolve) =>
    client.provider.isSynced ? resolve() : client.provider.on('synced', () => resolve()),
  );
  return { ...client, notices, doc: client.document };
}

async function refusedWith(client: { notices: ServerNotice[] }, reason: string) {
  await waitFor(() => client.notices.length > 0, 'a refusal');
  expect(client.notices[0]).toMatchObject({ type: 'team-sync/refused', reason });
}

describe('the server as the witness', () => {
  it('records the true sender and the time it arrived of an action signed with someone else’s name', async () => {
    await sync.start();
    const lee = await joined('run:r1', holders.sam.token);
    const owner = await joined('run:r1', holders.dana.token);
    const before = Date.now();
    // Backdated by 10 minutes and signed "Dana": accepted (work done offline is), but witnessed as Sam, now.
    tickItem(lee.doc, 'post-deploy', 'verify', { at: minutesFromNow(-10), by: dana.by });
    await lee.synced();
    const [forged] = readActions(lee.doc);
    await waitFor(() => readActions(owner.doc).length === 1, 'Dana has the action');
    await waitFor(
      () => readWitness(owner.doc, `itemActions/${forged!.id}`) !== undefined,
      'the witness reaches Dana',
    );
    const witness = readWitness(owner.doc, `itemActions/${forged!.id}`)!;
    expect(witness).toMatchObject({ name: 'Sam', role: 'Release Manager' });
    expect(Date.parse(witness.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(readActions(owner.doc)[0]).toMatchObject({ by: 'Dana (QA Lead)', at: forged!.at });
  });

  it('refuses an action signed more than 5 minutes ahead of the server', async () => {
    await sync.start();
    const lee = await joined('run:r1', holders.sam.token);
    const owner = await joined('run:r1', holders.dana.token);
    tickItem(lee.doc, 'post-deploy', 'verify', { at: minutesFromNow(10), by: 'Sam' });
    await refusedWith(lee, 'time-ahead-of-server');
    expect(lee.notices[0]).toMatchObject({ setting: 'SYNC_MAX_CLOCK_AHEAD_MS', limit: 300_000 });
    tickItem(lee.doc, 'post-deploy', 'smoke', { at: minutesFromNow(0), by: 'Sam' });
    // The first action was refused, so the second, which builds on it, is too: nothing reaches Dana.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readActions(owner.doc)).toEqual([]);
  });

  it('refuses deleting a past action, whoever sends it', async () => {
    await sync.start();
    const owner = await joined('run:r1', holders.dana.token);
    tickItem(owner.doc, 'post-deploy', 'verify', { at: minutesFromNow(0), by: dana.by });
    await owner.synced();
    const lee = await joined('run:r1', holders.sam.token);
    await waitFor(() => readActions(lee.doc).length === 1, 'Sam has the action');
    lee.doc.getArray('itemActions').delete(0, 1);
    await refusedWith(lee, 'history-is-append-only');
    const reader = await joined('run:r1', holders.olu.token);
    expect(readActions(reader.doc)).toHaveLength(1);
    expect(readActions(owner.doc)).toHaveLength(1);
  });

  it('refuses rewriting a timeline entry, and reusing an entry’s id', async () => {
    await sync.start();
    const owner = await joined('incident:i1', holders.dana.token);
    const signed = { at: minutesFromNow(0), by: dana.by };
    // As the team connection writes an incident page's changes: the local transition, then the document.
    const started = startIncident({ title: 'API errors', customerImpact: true }, 'i1', signed);
    importIncident(owner.doc, started, signed);
    updateIncidentDocument(
      owner.doc,
      (incident) => addEntry(incident, 'note', 'Rolled back the API.', signed),
      signed,
    );
    await owner.synced();
    const lee = await joined('incident:i1', holders.sam.token);
    const timeline = lee.doc.getArray<Record<string, unknown>>('timeline');
    const original = timeline.get(1);
    lee.doc.transact(() => {
      timeline.delete(1, 1);
      timeline.insert(1, [{ ...original, text: 'Nothing happened.' }]);
    });
    await refusedWith(lee, 'history-is-append-only');

    const second = await joined('incident:i1', holders.sam.token);
    second.doc.getArray('timeline').push([{ ...original, text: 'Nothing happened.' }]);
    await refusedWith(second, 'duplicate-entry-id');
    const reader = await joined('incident:i1', holders.olu.token);
    expect(
      reader.doc
        .getArray<{ text: string }>('timeline')
        .toArray()
        .map((e) => e.text),
    ).toEqual(
      owner.doc
        .getArray<{ text: string }>('timeline')
        .toArray()
        .map((e) => e.text),
    );
    const entryId = String(original!.id);
    expect(readWitness(reader.doc, `timeline/${entryId}`)).toMatchObject({ name: 'Dana' });
  });

  it('refuses any client write to the witness map', async () => {
    await sync.start();
    const lee = await joined('run:r1', holders.sam.token);
    lee.doc.getMap(WITNESS_ROOT).set('itemActions/x', {
      name: 'Dana',
      receivedAt: minutesFromNow(0),
    });
    await refusedWith(lee, 'witness-is-server-only');
  });

  it('witnesses a run’s creation and edits and a notes field, and keeps the witnesses across a restart', async () => {
    await sync.start();
    const lee = await joined('team', holders.sam.token);
    const run = {
      id: 'r1',
      version: '2.4.0',
      type: 'minor' as const,
      customerFacing: true,
      createdAt: minutesFromNow(0),
    };
    putRun(lee.doc, run);
    await lee.synced();
    const owner = await joined('team', holders.dana.token);
    putRun(owner.doc, { ...run, version: '2.4.1' });
    await owner.synced();
    const notes = await joined('run:r1', holders.dana.token);
    setNotesField(notes.doc, 'summary', 'Faster search.');
    await notes.synced();
    await sync.stop();

    await sync.restart();
    const reader = await joined('team', holders.olu.token);
    expect(readWitness(reader.doc, 'runs/r1@created')).toMatchObject({ name: 'Sam' });
    expect(readWitness(reader.doc, 'runs/r1')).toMatchObject({ name: 'Dana' });
    const runReader = await joined('run:r1', holders.olu.token);
    expect(readWitness(runReader.doc, 'notes/summary')).toMatchObject({ name: 'Dana' });
  });

  it('does not let a read-only token’s update through the witness either', async () => {
    await sync.start();
    const olu = await joined('run:r1', holders.olu.token);
    tickItem(olu.doc, 'post-deploy', 'verify', { at: minutesFromNow(0), by: 'Olu' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reader = await joined('run:r1', holders.dana.token);
    expect(readActions(reader.doc)).toEqual([]);
    expect(reader.doc.getMap(WITNESS_ROOT).size).toBe(0);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });
});
