// Each shared document is also kept in this browser: written shortly after a change and when asked
// (the page being hidden), and applied before connecting, so that work done offline survives a reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { $storageProblems } from '../../../src/stores/storage.ts';
import { $teamRefusal } from '../../../src/stores/team-status.ts';
import { dropCopy, keptDocument, MAX_COPY_BYTES } from '../../../src/team/document-copy.ts';
import { freshStorage, refuseWrites, storedText } from '../../support/store-storage.ts';

const COPY = storageKey('team-copy:run:1');

beforeEach(() => {
  freshStorage();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the copy of a shared document kept in this browser', () => {
  it('is written shortly after a change, and read back into the next page’s document', () => {
    const kept = keptDocument('run:1');
    kept.doc.getMap('notes').set('version', '2.4.0');
    expect(storedText(COPY)).toBeUndefined();
    vi.advanceTimersByTime(300);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, fromBase64(storedText(COPY)!));
    expect(copy.getMap('notes').get('version')).toBe('2.4.0');
    kept.stop();
    expect(keptDocument('run:1').doc.getMap('notes').toJSON()).toEqual({ version: '2.4.0' });
  });

  it('is written at once when flushed or stopped, and not after being stopped', () => {
    const kept = keptDocument('run:1');
    kept.doc.getMap('notes').set('version', '2.4.0');
    kept.flush();
    expect(storedText(COPY)).toBeDefined();
    kept.doc.getMap('notes').set('version', '2.4.1');
    kept.stop();
    expect(keptDocument('run:1').doc.getMap('notes').get('version')).toBe('2.4.1');
    kept.doc.getMap('notes').set('version', '9.9.9');
    vi.advanceTimersByTime(1000);
    expect(keptDocument('run:1').doc.getMap('notes').get('version')).toBe('2.4.1');
  });

  it('ignores a copy it cannot read: the server’s document fills the page’s', () => {
    freshStorage({ [COPY]: 'not a Yjs update' });
    const kept = keptDocument('run:1');
    expect(kept.doc.getMap('notes').size).toBe(0);
    kept.doc.getMap('notes').set('version', '2.4.0');
    kept.flush();
    expect(keptDocument('run:1').doc.getMap('notes').get('version')).toBe('2.4.0');
  });

  it('keeps a document that does not fit out of storage with a message of its own, never the whole page’s “storage is full”', () => {
    const kept = keptDocument('run:1');
    kept.doc.getMap('notes').set('version', '2.4.0');
    kept.flush();
    expect(storedText(COPY)).toBeDefined();
    refuseWrites();
    kept.doc.getMap('notes').set('summary', 'x'.repeat(10_000));
    kept.flush();
    // The stale copy is taken out, to leave the room to the person's other work.
    expect(storedText(COPY)).toBeUndefined();
    expect($storageProblems.get()).toEqual([]);
    expect($teamRefusal.get()).toMatch(/too large to keep in this browser/);
  });

  it('keeps a document over the copy limit out of storage, even with room left, and keeps the others', () => {
    const kept = keptDocument('run:1');
    const other = keptDocument('run:2');
    kept.doc.getMap('notes').set('version', '2.4.0');
    kept.flush();
    expect(storedText(COPY)).toBeDefined();
    // Past the limit in changes of 20,000 characters, as a teammate's token may send them.
    for (let index = 0; index * 20_000 <= MAX_COPY_BYTES; index += 1)
      kept.doc.getMap('junk').set(String(index), 'x'.repeat(20_000));
    kept.flush();
    expect(storedText(COPY)).toBeUndefined();
    expect($teamRefusal.get()).toMatch(/^This run is too large to keep in this browser/);
    expect($storageProblems.get()).toEqual([]);
    // Later changes to it are not tried again; the person's other documents are kept as usual.
    kept.doc.getMap('notes').set('version', '2.4.1');
    kept.flush();
    expect(storedText(COPY)).toBeUndefined();
    other.doc.getMap('notes').set('version', '3.0.0');
    other.flush();
    expect(storedText(storageKey('team-copy:run:2'))).toBeDefined();
  });

  it('forgets a copy when dropped, so the next connection starts from the server’s document', () => {
    const kept = keptDocument('run:1');
    kept.doc.getMap('notes').set('version', '2.4.0');
    kept.stop();
    dropCopy('run:1');
    expect(storedText(COPY)).toBeUndefined();
    expect(keptDocument('run:1').doc.getMap('notes').size).toBe(0);
  });
});
