// One writer cannot break the others' pages: the size of an update and of a document, the rate of updates per
// token and which documents exist are bounded, each by a setting named in the refusal.
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  holders,
  makeWorkspace,
  readAuditLog,
  spawnServer,
  waitFor,
} from '../support/sync-server.mjs';
import { openRawClient, refusalsOf, statusOf } from './raw-client.ts';
import { useSyncServer } from './server-harness.ts';

const sync = useSyncServer();

/** A Yjs update that sets one field to `bytes` characters. */
function updateOfSize(bytes: number, key = 'blob') {
  const doc = new Y.Doc();
  doc.getMap('fields').set(key, 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}

/** A Yjs update of about `bytes`, in fields of 16 KB (under the limit on one text). */
function updateInFields(bytes: number, prefix: string) {
  const doc = new Y.Doc();
  for (let index = 0; index * 16_384 < bytes; index += 1)
    doc
      .getMap('fields')
      .set(`${prefix}${index}`, 'x'.repeat(Math.min(16_384, bytes - index * 16_384)));
  return Y.encodeStateAsUpdate(doc);
}

/** Lists run ids in the team document, as a page does when it makes a run. */
async function listRuns(ids: string[]) {
  const team = sync.client('team', holders.dana.token);
  await team.authenticated;
  const runs = team.document.getMap('runs');
  for (const id of ids) runs.set(id, { id, version: '1.0.0' });
  await team.synced();
}

describe('bounds on what one token can write', () => {
  it('refuses one update over the update limit, says so, and keeps it out of the document', async () => {
    await sync.start();
    const lee = await sync.raw();
    expect(await lee.authenticate('team', holders.sam.token)).toBe('read-write');
    lee.sendUpdate('team', updateOfSize(300 * 1024));
    expect(await statusOf(lee, 'team')).toBe(false);
    await waitFor(() => refusalsOf(lee).length > 0, 'a refusal message');
    expect(refusalsOf(lee)[0]).toMatchObject({
      document: 'team',
      reason: 'update-too-large',
      setting: 'SYNC_MAX_UPDATE_BYTES',
      limit: 256 * 1024,
    });
    expect(refusalsOf(lee)[0]!.message).toMatch(/too large to share/);

    const reader = sync.client('team', holders.dana.token);
    await reader.authenticated;
    await reader.synced();
    expect(reader.map.get('blob')).toBeUndefined();
    expect(readAuditLog(sync.workspace().auditLogFile)).toContainEqual(
      expect.objectContaining({ event: 'refused', reason: 'update-too-large', name: 'Sam' }),
    );
  });

  it('closes a socket that sends a 10 MB message, and the others keep working', async () => {
    await sync.start();
    const lee = await sync.raw();
    await lee.authenticate('team', holders.sam.token);
    lee.sendUpdate('team', updateOfSize(10 * 1024 * 1024));
    expect((await lee.closed).code).toBe(1009);

    const dana = sync.client('team', holders.dana.token);
    const olu = sync.client('team', holders.olu.token);
    await Promise.all([dana.authenticated, olu.authenticated]);
    const sent = Date.now();
    dana.map.set('tick', 1);
    await waitFor(() => olu.map.get('tick') === 1, 'the tick reaches Olu', 1000);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(olu.map.get('blob')).toBeUndefined();
  });

  it('refuses an update that would take a document over the document limit', async () => {
    await sync.start({ maxDocumentBytes: 100 * 1024 });
    const lee = await sync.raw();
    await lee.authenticate('team', holders.sam.token);
    lee.sendUpdate('team', updateInFields(60 * 1024, 'a'));
    expect(await statusOf(lee, 'team', 1)).toBe(true);
    lee.sendUpdate('team', updateInFields(60 * 1024, 'b'));
    expect(await statusOf(lee, 'team', 2)).toBe(false);
    await waitFor(() => refusalsOf(lee).length > 0, 'a refusal message');
    expect(refusalsOf(lee)[0]).toMatchObject({
      reason: 'document-too-large',
      setting: 'SYNC_MAX_DOCUMENT_BYTES',
      limit: 100 * 1024,
    });
  });

  it('refuses a text field longer than the text limit', async () => {
    await sync.start();
    const lee = await sync.raw();
    await lee.authenticate('run:r1', holders.sam.token);
    const doc = new Y.Doc();
    doc.getMap('notes').set('summary', 'x'.repeat(30_000));
    lee.sendUpdate('run:r1', Y.encodeStateAsUpdate(doc));
    expect(await statusOf(lee, 'run:r1')).toBe(false);
    expect(refusalsOf(lee)[0]).toMatchObject({
      reason: 'text-too-long',
      setting: 'SYNC_MAX_TEXT_LENGTH',
      limit: 20_000,
      actual: 30_000,
    });
  });

  it('throttles a burst of updates from one token, while a teammate’s tick still arrives within 1 s', async () => {
    await sync.start({ updatesPerSecond: 100, updateBurst: 50 });
    const lee = await sync.raw();
    await lee.authenticate('team', holders.sam.token);
    const dana = sync.client('team', holders.dana.token);
    const olu = sync.client('team', holders.olu.token);
    await Promise.all([dana.authenticated, olu.authenticated]);

    const flood = new Y.Doc();
    const updates: Uint8Array[] = [];
    flood.on('update', (update: Uint8Array) => updates.push(update));
    for (let index = 0; index < 300; index += 1) flood.getMap('fields').set(`k${index}`, index);
    const started = Date.now();
    for (const update of updates) lee.sendUpdate('team', update);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = Date.now();
    dana.map.set('tick', 'during the flood');
    await waitFor(() => olu.map.get('tick') === 'during the flood', 'the tick reaches Olu', 1000);
    expect(Date.now() - sent).toBeLessThan(1000);

    await waitFor(
      () => (lee.statuses.get('team')?.length ?? 0) === 300,
      'all 300 answered',
      10_000,
    );
    // 250 updates over the burst at 100 a second: at least 2.5 s (a little slack for timers).
    expect(Date.now() - started).toBeGreaterThan(2300);
    expect(lee.statuses.get('team')!.every(Boolean)).toBe(true);
    expect(
      lee.stateless.map(({ payload }) => JSON.parse(payload) as { type: string; setting?: string }),
    ).toContainEqual(
      expect.objectContaining({ type: 'team-sync/throttled', setting: 'SYNC_UPDATES_PER_SECOND' }),
    );
  });

  it('admits run documents the team’s list knows, and only a few it does not', async () => {
    await sync.start({ maxUnlistedDocuments: 2 });
    await listRuns(['listed-1', 'listed-2', 'listed-3']);
    const lee = await sync.raw();
    for (const id of ['listed-1', 'listed-2', 'listed-3'])
      expect(await lee.authenticate(`run:${id}`, holders.sam.token)).toBe('read-write');
    expect(await lee.authenticate('run:attacker-junk-1', holders.sam.token)).toBe('read-write');
    expect(await lee.authenticate('run:attacker-junk-2', holders.sam.token)).toBe('read-write');
    expect(await lee.authenticate('run:attacker-junk-3', holders.sam.token)).toBe(
      'refused: too-many-unlisted-documents',
    );
    expect(readAuditLog(sync.workspace().auditLogFile)).toContainEqual(
      expect.objectContaining({
        event: 'refused',
        reason: 'too-many-unlisted-documents',
        document: 'run:attacker-junk-3',
        name: 'Sam',
      }),
    );
  });

  it('caps the documents of a team', async () => {
    await sync.start({ maxDocuments: 3 });
    const lee = await sync.raw();
    await lee.authenticate('team', holders.sam.token);
    const team = new Y.Doc();
    const updates: Uint8Array[] = [];
    team.on('update', (update: Uint8Array) => updates.push(update));
    for (const id of ['a', 'b', 'c', 'd']) team.getMap('runs').set(id, { id });
    updates.forEach((update) => lee.sendUpdate('team', update));
    await statusOf(lee, 'team', 4);
    // A refusal is answered at once, an applied update once it is on disk: count the answers, not their order.
    expect([...lee.statuses.get('team')!].sort()).toEqual([false, true, true, true]);
    const reader = sync.client('team', holders.dana.token);
    await reader.authenticated;
    await reader.synced();
    expect([...reader.document.getMap('runs').keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(refusalsOf(lee)[0]).toMatchObject({
      reason: 'too-many-documents',
      setting: 'SYNC_MAX_DOCUMENTS',
      limit: 3,
    });
  });

  it('refuses a document name over the length limit, by its own reason', async () => {
    await sync.start();
    const lee = await sync.raw();
    expect(await lee.authenticate(`run:${'a'.repeat(300)}`, holders.sam.token)).toBe(
      'refused: document-name-too-long',
    );
  });

  it('keeps the server process under 300 MB while tokens send 10 MB updates and over-limit ones', async () => {
    const workspace = makeWorkspace();
    const started = spawnServer(workspace);
    try {
      const { url } = await started.ready;
      const rss = () =>
        Number(
          /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${started.child.pid}/status`, 'utf8'))![1],
        ) / 1024;
      const attackers = await Promise.all(Array.from({ length: 20 }, () => openRawClient(url)));
      await Promise.all(attackers.map((raw) => raw.authenticate('team', holders.sam.token)));
      let peak = rss();
      for (let round = 0; round < 3; round += 1) {
        attackers.forEach((raw, index) =>
          raw.isClosed()
            ? undefined
            : raw.sendUpdate(
                'team',
                updateOfSize(index % 2 ? 10 * 1024 * 1024 : 300 * 1024, `k${round}-${index}`),
              ),
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        peak = Math.max(peak, rss());
      }
      attackers.forEach((raw) => raw.close());
      expect(peak).toBeLessThan(300);
    } finally {
      started.child.kill('SIGKILL');
      await started.exited;
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });
});
