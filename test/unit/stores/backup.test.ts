import { beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { envelope, freshStorage, storedData } from '../../support/store-storage.ts';
import { compareWithBackup } from '../../../src/lib/backup/backup-diff.ts';
import { mergeReleaseWork } from '../../../src/lib/backup/merge-backup.ts';
import {
  backupText,
  mergedValues,
  readBackupText,
  releaseWork,
  restoreBackup,
  runsInBackup,
  undoRestore,
  type DocumentValues,
} from '../../../src/stores/backup.ts';
import { $checklists, updateItem } from '../../../src/stores/checklists.ts';
import { $identity } from '../../../src/stores/identity.ts';
import { $incidents } from '../../../src/stores/incidents.ts';
import { $releaseNotes } from '../../../src/stores/release-notes.ts';
import { $currentRun, $releases, createReleaseRun } from '../../../src/stores/releases.ts';

const RELEASES = storageKey('releases');
const DONE = { status: 'done' as const, at: '2026-03-01T10:00:00.000Z', by: 'Dana' };
const RUN: ReleaseRun = {
  id: 'handed-over',
  version: '3.0.0',
  type: 'major',
  customerFacing: true,
  createdAt: '2026-02-01T09:00:00.000Z',
};

/** This browser's work: one run with progress and a draft, an incident, and who you are. */
const HERE = {
  [RELEASES]: envelope({ runs: [{ ...RUN, id: 'mine', version: '1.0.0' }] }),
  [storageKey('checklists')]: envelope({ mine: { deployment: { smoke: DONE } } }),
  [storageKey('release-notes')]: envelope({ mine: { Summary: 'Mine' } }),
  [storageKey('incidents')]: envelope({ incidents: [] }),
  [storageKey('identity')]: envelope({ name: 'Robin', roleId: 'qa-lead' }),
};

function everything() {
  return {
    releases: $releases.get(),
    checklists: $checklists.get(),
    notes: $releaseNotes.get(),
    incidents: $incidents.get(),
    identity: $identity.get(),
  };
}

const mergedWithBackup = (values: DocumentValues) => mergedValues(values, mergeReleaseWork);

function readOrFail(text: string) {
  const reading = readBackupText(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading;
}

describe('backups', () => {
  beforeEach(() => freshStorage(HERE, [$currentRun]));

  it('read back exactly what they were made from, without who you are', () => {
    const text = backupText(new Date('2026-05-01T12:00:00.000Z'));
    expect(text).not.toContain('Robin');
    expect(text).not.toContain(storageKey('identity'));
    const reading = readOrFail(text);
    expect(reading.exportedAt).toBe('2026-05-01T12:00:00.000Z');
    expect(reading.ignored).toEqual([]);
    expect([...reading.values.keys()].sort()).toEqual(
      ['checklists', 'incidents', 'release-notes', 'releases'].map(storageKey).sort(),
    );
    const { identity: _personal, ...work } = everything();
    expect(reading.values).toEqual(
      new Map<string, unknown>([
        [RELEASES, work.releases],
        [storageKey('checklists'), work.checklists],
        [storageKey('release-notes'), work.notes],
        [storageKey('incidents'), work.incidents],
      ]),
    );
    expect(runsInBackup(reading.values)).toEqual(work.releases.runs);
  });

  it('restore over this browser’s work and leave who you are alone; undo puts that work back', () => {
    const before = everything();
    freshStorage(
      {
        [RELEASES]: envelope({ runs: [RUN], currentId: RUN.id }),
        [storageKey('checklists')]: envelope({ [RUN.id]: { deployment: { smoke: DONE } } }),
      },
      [$currentRun],
    );
    const handover = readOrFail(backupText(new Date()));
    freshStorage(HERE, [$currentRun]);

    const previous = restoreBackup(handover.values);
    expect($releases.get()).toEqual({ runs: [RUN], currentId: RUN.id });
    expect($currentRun.get()).toEqual(RUN);
    expect($checklists.get()).toEqual({ [RUN.id]: { deployment: { smoke: DONE } } });
    expect($releaseNotes.get()).toEqual({});
    expect($identity.get()).toEqual(before.identity);
    expect(storedData(RELEASES)).toEqual({ runs: [RUN], currentId: RUN.id });

    undoRestore(previous);
    expect(everything()).toEqual(before);
    expect(storedData(RELEASES)).toEqual(before.releases);
  });

  it('leave a document they do not hold as it is, on restore and on undo', () => {
    const backupWithoutIncidents = JSON.stringify({
      format: 'octoacme-release-guide-backup',
      version: 1,
      documents: { [RELEASES]: { v: 1, data: { runs: [RUN] } } },
    });
    const reading = readOrFail(backupWithoutIncidents);
    const before = everything();
    const previous = restoreBackup(reading.values);
    expect($releases.get()).toEqual({ runs: [RUN] });
    expect($checklists.get()).toEqual(before.checklists);
    expect($releaseNotes.get()).toEqual(before.notes);
    expect($incidents.get()).toEqual(before.incidents);
    updateItem('mine', 'deployment', 'window', () => DONE); // work done after the restore, in a document it did not touch
    createReleaseRun({ version: '4.0.0', type: 'major', customerFacing: false });
    undoRestore(previous);
    expect($releases.get()).toEqual(before.releases);
    expect($checklists.get()).toEqual({ mine: { deployment: { smoke: DONE, window: DONE } } });
  });

  it('merge into this browser’s work: a later tick here stays, the backup’s other work joins it; undo puts this browser’s work back', () => {
    const handover = readOrFail(backupText(new Date()));
    const LATER = { status: 'done' as const, at: '2026-03-02T10:00:00.000Z', by: 'Robin' };
    updateItem('mine', 'deployment', 'smoke', () => LATER);
    createReleaseRun({ version: '4.0.0', type: 'major', customerFacing: false });
    const before = everything();
    // The comparison names the later tick before anything changes.
    const differences = compareWithBackup(releaseWork(), releaseWork(handover.values));
    expect(differences.filter((difference) => difference.kind === 'item')).toEqual([
      expect.objectContaining({ itemId: 'smoke', here: LATER, backup: DONE, newer: 'here' }),
    ]);
    expect(everything()).toEqual(before);

    const previous = restoreBackup(mergedWithBackup(handover.values));
    expect($checklists.get()).toEqual({ mine: { deployment: { smoke: LATER } } });
    expect($releases.get().runs.map((run) => run.version)).toEqual(['1.0.0', '4.0.0']);
    expect(everything()).toEqual(before);
    // A replace drops the later tick and the run made since; undo brings them back.
    const replaced = restoreBackup(handover.values);
    expect($checklists.get()).toEqual({ mine: { deployment: { smoke: DONE } } });
    expect($releases.get().runs.map((run) => run.version)).toEqual(['1.0.0']);
    undoRestore(replaced);
    expect(everything()).toEqual(before);
    undoRestore(previous);
    expect(everything()).toEqual(before);
  });

  it('merged from a backup without incidents leave the incidents alone, on restore and on undo', () => {
    const reading = readOrFail(
      JSON.stringify({
        format: 'octoacme-release-guide-backup',
        version: 1,
        documents: { [RELEASES]: { v: 1, data: { runs: [RUN] } } },
      }),
    );
    expect([...mergedWithBackup(reading.values).keys()]).toEqual([RELEASES]);
    const previous = restoreBackup(mergedWithBackup(reading.values));
    expect($releases.get().runs.map((run) => run.id)).toEqual(['mine', RUN.id]);
    expect([...previous.keys()]).toEqual([RELEASES]);
  });

  it('that cannot be read change nothing and say why', () => {
    const before = everything();
    const reading = readBackupText(
      JSON.stringify({
        format: 'octoacme-release-guide-backup',
        version: 1,
        documents: { [RELEASES]: { v: 1, data: { runs: 'no' } } },
      }),
    );
    expect(reading).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^This backup cannot be restored: its release runs do not match/,
      ),
    });
    expect(everything()).toEqual(before);
  });
});
