import { beforeEach, describe, expect, it } from 'vitest';
import { LEGACY_DEFAULT_RUN } from '../../../src/lib/releases/legacy-run.ts';
import { UNSTARTED_RUN, type ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { keepLegacyDefaultRun } from '../../../src/stores/legacy-run.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import {
  anotherTabWrites,
  envelope,
  freshStorage,
  storedData,
} from '../../support/store-storage.ts';
import { $checklists, updateItem } from '../../../src/stores/checklists.ts';
import { $releaseNotes, replaceNotesDraft } from '../../../src/stores/release-notes.ts';
import {
  $currentRun,
  $releases,
  createReleaseRun,
  currentOrUnstartedRun,
  switchRun,
  updateReleaseRun,
} from '../../../src/stores/releases.ts';
import { deleteReleaseRun, undoRunDeletion } from '../../../src/stores/release-run-changes.ts';

const RELEASES = storageKey('releases');

function run(id: string, version: string): ReleaseRun {
  return {
    id,
    version,
    type: 'minor',
    customerFacing: true,
    createdAt: '2026-02-01T09:00:00.000Z',
  };
}

const DONE = { status: 'done' as const, at: '2026-03-01T10:00:00.000Z' };

/** Three runs, the second current, each with progress and a notes draft. */
function threeRunsWithWork() {
  freshStorage(
    {
      [RELEASES]: envelope({
        runs: [run('a', '1.0.0'), run('b', '1.1.0'), run('c', '1.2.0')],
        currentId: 'b',
      }),
      [storageKey('checklists')]: envelope({
        a: { deployment: { smoke: DONE } },
        b: { deployment: { smoke: DONE } },
      }),
      [storageKey('release-notes')]: envelope({
        b: { Summary: 'Faster exports' },
        c: { Summary: 'Dark theme' },
      }),
    },
    [$currentRun],
  );
}

describe('release runs', () => {
  beforeEach(() => freshStorage({}, [$currentRun]));

  it('are none until someone starts one: nothing is made up', () => {
    expect($currentRun.get()).toBeUndefined();
    expect(currentOrUnstartedRun()).toBe(UNSTARTED_RUN);
    expect($releases.get()).toEqual({ runs: [] });
    expect(storedData(RELEASES)).toBeUndefined();
  });

  it('give notes typed before any run to the first run started', () => {
    replaceNotesDraft(currentOrUnstartedRun().id, { Summary: 'Faster exports' });
    const run = createReleaseRun({ version: '2.4.0', type: 'minor', customerFacing: true });
    expect($releaseNotes.get()).toEqual({ [run.id]: { Summary: 'Faster exports' } });
    expect($releases.get().runs).toEqual([run]);
  });

  it('are created current, edited in place, and switched', () => {
    const first = createReleaseRun({
      version: 'v2.0.0',
      name: ' Spring ',
      type: 'major',
      customerFacing: true,
    });
    const second = createReleaseRun({ version: '2.1.0', type: 'minor', customerFacing: false });
    expect(first).toMatchObject({ version: '2.0.0', name: 'Spring' });
    expect($currentRun.get()).toEqual(second);
    updateReleaseRun(first.id, { version: '2.0.1', type: 'patch', customerFacing: true });
    expect($releases.get().runs.map((saved) => saved.version)).toEqual(['2.0.1', '2.1.0']);
    expect($currentRun.get()?.id).toBe(second.id); // editing another run does not make it current
    switchRun(first.id);
    expect($currentRun.get()).toMatchObject({
      id: first.id,
      version: '2.0.1',
      createdAt: first.createdAt,
    });
    expect(storedData(RELEASES)).toEqual($releases.get());
  });

  it('are not created by editing a run that is not kept', () => {
    updateReleaseRun('missing', { version: '3.0.0', type: 'major', customerFacing: true });
    expect($releases.get()).toEqual({ runs: [] });
  });
});

describe('work stored under the run an earlier version made up', () => {
  it('becomes that run, saved, once a page that shows runs keeps it', () => {
    freshStorage(
      { [storageKey('checklists')]: envelope({ default: { deployment: { smoke: DONE } } }) },
      [$currentRun],
    );
    expect($currentRun.get()).toBeUndefined();
    keepLegacyDefaultRun();
    expect($currentRun.get()).toEqual(LEGACY_DEFAULT_RUN);
    expect($releases.get().runs).toEqual([LEGACY_DEFAULT_RUN]);
    expect(storedData(RELEASES)).toEqual({ runs: [LEGACY_DEFAULT_RUN] });
    expect(currentOrUnstartedRun()).toEqual(LEGACY_DEFAULT_RUN);
    expect($checklists.get()).toEqual({ default: { deployment: { smoke: DONE } } });
  });

  it('can be given its real version, and deleted with its work', () => {
    freshStorage(
      { [storageKey('release-notes')]: envelope({ default: { Summary: 'Dark theme' } }) },
      [$currentRun],
    );
    keepLegacyDefaultRun();
    updateReleaseRun(LEGACY_DEFAULT_RUN.id, {
      version: '1.4.0',
      type: 'minor',
      customerFacing: false,
    });
    expect(storedData(RELEASES)).toMatchObject({
      runs: [{ id: 'default', version: '1.4.0', customerFacing: false }],
    });
    deleteReleaseRun('default');
    expect($releases.get()).toEqual({ runs: [] });
    expect($releaseNotes.get()).toEqual({});
  });

  it('does not appear when the run was saved, or when there is no such work', () => {
    freshStorage(
      {
        [RELEASES]: envelope({ runs: [run('a', '1.0.0')] }),
        [storageKey('checklists')]: envelope({ a: { deployment: { smoke: DONE } } }),
      },
      [$currentRun],
    );
    keepLegacyDefaultRun();
    expect($releases.get().runs.map((saved) => saved.id)).toEqual(['a']);
  });
});

describe('deleting a run', () => {
  beforeEach(threeRunsWithWork);

  it('deletes its checklist progress and notes draft with it, and nothing of the other runs', () => {
    const deleted = deleteReleaseRun('b');
    expect(deleted).toEqual({
      run: run('b', '1.1.0'),
      index: 1,
      wasCurrent: true,
      progress: { deployment: { smoke: DONE } },
      draft: { Summary: 'Faster exports' },
    });
    expect($releases.get()).toEqual({ runs: [run('a', '1.0.0'), run('c', '1.2.0')] });
    expect($checklists.get()).toEqual({ a: { deployment: { smoke: DONE } } });
    expect($releaseNotes.get()).toEqual({ c: { Summary: 'Dark theme' } });
    expect(storedData(storageKey('checklists'))).toEqual($checklists.get());
    expect(storedData(storageKey('release-notes'))).toEqual($releaseNotes.get());
  });

  it('is undone: the run back at its place, current again, with its progress and draft', () => {
    const before = {
      releases: $releases.get(),
      checklists: $checklists.get(),
      notes: $releaseNotes.get(),
    };
    const deleted = deleteReleaseRun('b');
    undoRunDeletion(deleted!);
    expect($releases.get()).toEqual(before.releases);
    expect($checklists.get()).toEqual(before.checklists);
    expect($releaseNotes.get()).toEqual(before.notes);
  });

  it('of a run that was not current is undone without making it current', () => {
    const deleted = deleteReleaseRun('c');
    expect(deleted).toEqual({
      run: run('c', '1.2.0'),
      index: 2,
      wasCurrent: false,
      draft: { Summary: 'Dark theme' },
    });
    undoRunDeletion(deleted!);
    expect($releases.get()).toEqual({
      runs: [run('a', '1.0.0'), run('b', '1.1.0'), run('c', '1.2.0')],
      currentId: 'b',
    });
    expect($checklists.get()).not.toHaveProperty('c');
  });

  it('is undone without reverting work done since, here or in another tab', () => {
    const deleted = deleteReleaseRun('b');
    updateItem('a', 'deployment', 'window', () => DONE);
    replaceNotesDraft('a', { Summary: 'Written after the deletion' });
    const unbind = $releases.listen(() => {});
    anotherTabWrites(
      RELEASES,
      envelope({ runs: [run('a', '1.0.0'), run('c', '1.2.0'), run('d', '2.0.0')], currentId: 'd' }),
    );
    undoRunDeletion(deleted!);
    unbind();
    expect($releases.get()).toEqual({
      runs: [run('a', '1.0.0'), run('b', '1.1.0'), run('c', '1.2.0'), run('d', '2.0.0')],
      currentId: 'b',
    });
    expect($checklists.get()).toEqual({
      a: { deployment: { smoke: DONE, window: DONE } },
      b: { deployment: { smoke: DONE } },
    });
    expect($releaseNotes.get()).toEqual({
      a: { Summary: 'Written after the deletion' },
      b: { Summary: 'Faster exports' },
      c: { Summary: 'Dark theme' },
    });
  });

  it('that is no longer kept changes nothing and offers no undo', () => {
    const before = {
      releases: $releases.get(),
      checklists: $checklists.get(),
      notes: $releaseNotes.get(),
    };
    expect(deleteReleaseRun('gone')).toBeUndefined();
    expect({
      releases: $releases.get(),
      checklists: $checklists.get(),
      notes: $releaseNotes.get(),
    }).toEqual(before);
  });
});
