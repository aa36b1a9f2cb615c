import { beforeEach, describe, expect, it } from 'vitest';
import { isQuarantineKey, storageKey } from '../../../src/lib/storage/storage-keys.ts';
import {
  anotherTabWrites,
  envelope,
  freshStorage,
  refuseWrites,
  storedData,
  storedKeys,
  storedText,
} from '../../support/store-storage.ts';
import { $checklists, updateItem } from '../../../src/stores/checklists.ts';
import { $releases, createReleaseRun } from '../../../src/stores/releases.ts';
import { $storageProblems, deleteKeptAside, keptAsideData } from '../../../src/stores/storage.ts';

const RELEASES = storageKey('releases');
const CHECKLISTS = storageKey('checklists');
const DONE = () => ({ status: 'done' as const, at: '2026-03-01T10:00:00.000Z', by: 'Dana' });

describe('stored documents', () => {
  beforeEach(() => freshStorage());

  it('reads what is stored and writes every change back as an envelope', () => {
    freshStorage({ [CHECKLISTS]: envelope({ run1: { deployment: { smoke: DONE() } } }) });
    expect($checklists.get()).toEqual({ run1: { deployment: { smoke: DONE() } } });
    updateItem('run1', 'deployment', 'window', () => ({
      status: 'na',
      reason: 'no window needed',
    }));
    expect(storedData(CHECKLISTS)).toEqual({
      run1: { deployment: { smoke: DONE(), window: { status: 'na', reason: 'no window needed' } } },
    });
    expect($storageProblems.get()).toEqual([]);
  });

  it('hears a change made in another tab', () => {
    const unbind = $checklists.listen(() => {});
    anotherTabWrites(CHECKLISTS, envelope({ run2: { deployment: { smoke: DONE() } } }));
    expect($checklists.get()).toEqual({ run2: { deployment: { smoke: DONE() } } });
    unbind();
  });
});

describe('corrupt stored data', () => {
  it('is kept aside untouched, the page starts afresh, and the problem is reported', () => {
    freshStorage({ [RELEASES]: '{"v":1,"data":{"runs":"not a list"}}' });
    expect($releases.get()).toEqual({ runs: [] });
    const [problem, ...others] = $storageProblems.get();
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      kind: 'quarantined',
      key: RELEASES,
      label: 'release runs',
      raw: '{"v":1,"data":{"runs":"not a list"}}',
    });
    expect(problem?.kind === 'quarantined' && problem.reason).toMatch(
      /^The saved release runs do not match the expected shape/,
    );
    const keptAt = problem?.kind === 'quarantined' ? problem.keptAt : undefined;
    expect(keptAt && isQuarantineKey(keptAt)).toBe(true);
    expect(storedText(keptAt ?? '')).toBe('{"v":1,"data":{"runs":"not a list"}}');
    expect(keptAsideData()).toEqual([
      { key: keptAt, documentKey: RELEASES, raw: '{"v":1,"data":{"runs":"not a list"}}' },
    ]);
  });

  it('is reported once when the same text is read again', () => {
    freshStorage({ [RELEASES]: 'not json' });
    $releases.get();
    const unbind = $releases.listen(() => {});
    anotherTabWrites(RELEASES, 'not json');
    unbind();
    expect($storageProblems.get()).toHaveLength(1);
    expect(keptAsideData()).toHaveLength(1);
  });

  it('saved by a newer version of the site is kept aside too', () => {
    freshStorage({ [RELEASES]: envelope({ runs: [] }, 2) });
    expect($releases.get()).toEqual({ runs: [] });
    expect($storageProblems.get()[0]).toMatchObject({
      kind: 'quarantined',
      reason: expect.stringContaining('newer version'),
    });
  });

  it('that cannot be copied aside (storage full) stays in its place, never overwritten', () => {
    freshStorage({ [RELEASES]: 'not json' });
    refuseWrites();
    expect($releases.get()).toEqual({ runs: [] });
    createReleaseRun({ version: '2.0.0', type: 'major', customerFacing: true });
    expect(storedText(RELEASES)).toBe('not json');
    expect($releases.get().runs.map((run) => run.version)).toEqual(['2.0.0']);
    expect($storageProblems.get()).toEqual([
      expect.objectContaining({ kind: 'write-failed', message: 'This browser’s storage is full.' }),
      expect.objectContaining({ kind: 'quarantined', key: RELEASES, raw: 'not json' }),
    ]);
    expect($storageProblems.get()[1]).not.toHaveProperty('keptAt');
  });

  it('kept aside can be deleted; other keys cannot be deleted that way', () => {
    freshStorage({ [RELEASES]: 'not json' });
    $releases.get();
    const [kept] = keptAsideData();
    deleteKeptAside(RELEASES);
    expect(storedText(RELEASES)).toBeDefined();
    deleteKeptAside(kept?.key ?? '');
    expect(keptAsideData()).toEqual([]);
    expect(storedKeys()).toEqual([RELEASES]);
  });
});

describe('a storage that refuses writes', () => {
  it('keeps the page working in memory and says so once', () => {
    freshStorage();
    refuseWrites();
    createReleaseRun({ version: '1.0.0', type: 'minor', customerFacing: false });
    createReleaseRun({ version: '1.1.0', type: 'minor', customerFacing: false });
    expect($releases.get().runs.map((run) => run.version)).toEqual(['1.0.0', '1.1.0']);
    expect(storedText(RELEASES)).toBeUndefined();
    expect($storageProblems.get()).toEqual([
      { kind: 'write-failed', key: RELEASES, message: 'This browser’s storage is full.' },
    ]);
  });
});
