import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeServerNotice, encodeServerNotice } from '../../../src/lib/team/server-notice.ts';
import { describeUpdate } from '../../../src/lib/team/update-effects.ts';
import { checkAndWitness, readWitness } from '../../../src/lib/team/witness.ts';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const sender = { name: 'Sam', role: 'Release Manager' };

/** A server replica and a client replica of the same document, and the client's next update. */
function replicas(setup?: (doc: Y.Doc) => void) {
  const server = new Y.Doc();
  setup?.(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const change = (write: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    write(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { server, client, change };
}

const action = (id: string, at = NOW.toISOString()) => ({
  id,
  list: 'c',
  item: 'i',
  seq: 1,
  action: 'done',
  at,
});
const check = (server: Y.Doc, update: Uint8Array) =>
  checkAndWitness(server, describeUpdate(server, update), sender, NOW, {
    maxClockAheadMs: 5 * 60_000,
    maxTextLength: 100,
  });

describe('describeUpdate', () => {
  it('places an item appended after others by its neighbour, and a map overwrite as a deletion', () => {
    const { server, change } = replicas((doc) => {
      doc.getArray('itemActions').push([action('a')]);
      doc.getMap('notes').set('summary', 'old');
    });
    const update = change((doc) => {
      doc.getArray('itemActions').push([action('b')]);
      doc.getMap('notes').set('summary', 'new');
    });
    const effects = describeUpdate(server, update);
    expect(effects.inserted).toEqual([
      { root: 'itemActions', key: undefined, values: [action('b')] },
      { root: 'notes', key: 'summary', values: ['new'] },
    ]);
    expect(effects.deleted).toEqual([{ root: 'notes', key: 'summary' }]);
    expect(effects.unplaced).toBe(0);
  });

  it('places an update that builds on one checked but not applied yet, and counts one it cannot place', () => {
    const { server, change } = replicas();
    const first = change((doc) => doc.getArray('itemActions').push([action('a')]));
    const second = change((doc) => doc.getArray('itemActions').push([action('b')]));
    expect(describeUpdate(server, second).unplaced).toBe(1);
    const { placed } = describeUpdate(server, first);
    expect(describeUpdate(server, second, placed).inserted).toEqual([
      { root: 'itemActions', key: undefined, values: [action('b')] },
    ]);
  });

  it('places items of several clients that build on each other, whatever order the update lists them in', () => {
    const first = new Y.Doc();
    first.clientID = 1;
    first.getArray('itemActions').push([action('a')]);
    const second = new Y.Doc();
    second.clientID = 2;
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    second.getArray('itemActions').push([action('b')]);
    const effects = describeUpdate(new Y.Doc(), Y.encodeStateAsUpdate(second));
    expect(effects.unplaced).toBe(0);
    expect(effects.inserted.flatMap(({ values }) => values)).toHaveLength(2);
  });
});

describe('checkAndWitness', () => {
  it('witnesses each new action and each last write with the sender and the time received', () => {
    const { server, change } = replicas();
    const verdict = check(
      server,
      change((doc) => {
        doc.getArray('itemActions').push([{ ...action('a'), by: 'Dana (QA Lead)' }]);
        doc.getMap('notes').set('summary', 'text');
      }),
    );
    const witness = { name: 'Sam', role: 'Release Manager', receivedAt: NOW.toISOString() };
    expect(verdict).toEqual({
      witnesses: [
        ['itemActions/a', witness],
        ['notes/summary', witness],
      ],
      newlyListed: [],
    });
    server.getMap('witness').set('itemActions/a', witness);
    expect(readWitness(server, 'itemActions/a')).toEqual(witness);
    expect(readWitness(server, 'itemActions/b')).toBeUndefined();
  });

  it('witnesses who first listed a run, once', () => {
    const { server, change } = replicas();
    const first = check(
      server,
      change((doc) => doc.getMap('runs').set('r1', { id: 'r1' })),
    );
    expect(first.newlyListed).toEqual(['runs/r1']);
    expect(first.witnesses.map(([key]) => key)).toEqual(['runs/r1', 'runs/r1@created']);
  });

  it('refuses deleting an action or a timeline entry, and any write to the witness', () => {
    const { server, change } = replicas((doc) => {
      doc.getArray('itemActions').push([action('a')]);
      doc.getArray('timeline').push([{ id: 't', at: NOW.toISOString(), kind: 'note', text: 'x' }]);
      doc.getMap('witness').set('itemActions/a', { name: 'Dana', receivedAt: NOW.toISOString() });
    });
    const reason = (write: (doc: Y.Doc) => void) => check(server, change(write)).refusal?.reason;
    expect(reason((doc) => doc.getArray('itemActions').delete(0, 1))).toBe(
      'history-is-append-only',
    );
    expect(reason((doc) => doc.getArray('timeline').delete(0, 1))).toBe('history-is-append-only');
    expect(reason((doc) => doc.getMap('witness').set('itemActions/b', {}))).toBe(
      'witness-is-server-only',
    );
  });

  it('refuses an entry id reused with other content, and lets the same entry twice through unwitnessed', () => {
    const { server, change } = replicas((doc) => doc.getArray('itemActions').push([action('a')]));
    const again = change((doc) => doc.getArray('itemActions').push([action('a')]));
    expect(check(server, again)).toEqual({ witnesses: [], newlyListed: [] });
    Y.applyUpdate(server, again);
    const other = { ...action('a'), action: 'reopen' };
    const reused = change((doc) => doc.getArray('itemActions').push([other]));
    expect(check(server, reused).refusal?.reason).toBe('duplicate-entry-id');
  });

  it('refuses a time more than the allowed minutes ahead, and takes a past one', () => {
    const { server, change } = replicas();
    const ahead = new Date(NOW.getTime() + 6 * 60_000).toISOString();
    const past = new Date(NOW.getTime() - 60 * 60_000).toISOString();
    const refused = check(
      server,
      change((doc) => doc.getArray('itemActions').push([action('a', ahead)])),
    );
    expect(refused.refusal).toMatchObject({ reason: 'time-ahead-of-server', actual: 6 * 60_000 });
    const { server: other, change: changeOther } = replicas();
    const taken = check(
      other,
      changeOther((doc) => doc.getArray('itemActions').push([action('b', past)])),
    );
    expect(taken.refusal).toBeUndefined();
  });
});

describe('text length', () => {
  it('refuses a text over the limit anywhere in an entry, and takes one at the limit', () => {
    const { server, change } = replicas();
    const long = check(
      server,
      change((doc) => doc.getMap('notes').set('summary', 'x'.repeat(101))),
    );
    expect(long.refusal).toMatchObject({ reason: 'text-too-long', actual: 101 });
    const { server: other, change: changeOther } = replicas();
    const nested = { ...action('a'), state: { status: 'done', note: 'y'.repeat(101) } };
    const inState = check(
      other,
      changeOther((doc) => doc.getArray('itemActions').push([nested])),
    );
    expect(inState.refusal?.reason).toBe('text-too-long');
    const { server: third, change: changeThird } = replicas();
    const fits = check(
      third,
      changeThird((doc) => doc.getMap('notes').set('summary', 'x'.repeat(100))),
    );
    expect(fits.refusal).toBeUndefined();
  });
});

describe('server notices', () => {
  it('reads back what the server writes, and nothing else', () => {
    const notice = {
      type: 'team-sync/refused' as const,
      document: 'run:r1',
      reason: 'update-too-large' as const,
      setting: 'SYNC_MAX_UPDATE_BYTES',
      limit: 262144,
      actual: 300000,
      message: 'This change was too large to share (293 KB).',
    };
    expect(decodeServerNotice(encodeServerNotice(notice))).toEqual(notice);
    expect(decodeServerNotice('{"type":"team-sync/identity","name":"Dana"}')).toBeUndefined();
    expect(decodeServerNotice('not json')).toBeUndefined();
  });
});
