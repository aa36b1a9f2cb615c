// Restoring a backup while joined to a team, merged or replaced, into this browser only or shared:
// the stores of a team build (SYNC_URL set before they load), with a team connection that records
// what it is handed.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => vi.stubEnv('SYNC_URL', 'ws://sync.test'));

import type { ChecklistState } from '../../../src/lib/checklist/checklist-state.ts';
import type { ReleaseRun } from '../../../src/lib/releases/release-run.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';
import { mergeReleaseWork } from '../../../src/lib/backup/merge-backup.ts';
import {
  mergedValues,
  readBackupText,
  undoRestore,
  type DocumentValues,
} from '../../../src/stores/backup.ts';
import { $checklists } from '../../../src/stores/checklists.ts';
import { $releases } from '../../../src/stores/releases.ts';
import { restoreBackupInTeam } from '../../../src/stores/team-restore.ts';
import {
  joinTeam,
  recordTeamIds,
  registerTeamBackend,
  type TeamBackend,
} from '../../../src/stores/team.ts';
import { envelope, freshStorage } from '../../support/store-storage.ts';

const mergedWithBackup = (values: DocumentValues) => mergedValues(values, mergeReleaseWork);
const RUN: ReleaseRun = {
  id: 'team',
  version: '2.4.0',
  type: 'minor',
  customerFacing: true,
  createdAt: '2026-02-01T09:00:00.000Z',
};
const LATER_TICK = { status: 'done' as const, at: '2026-03-01T14:02:00.000Z', by: 'Dana' };
const EARLIER_UNTICK = { status: 'open' as const, at: '2026-03-01T13:00:00.000Z', by: 'Lee' };
const SMOKE = { status: 'done' as const, at: '2026-03-01T12:00:00.000Z', by: 'Lee' };

/** A backup of the team's run made before Dana's later tick: "deploy" reopened, "smoke" done. */
function backupValues() {
  const reading = readBackupText(
    JSON.stringify({
      format: 'octoacme-release-guide-backup',
      version: 1,
      documents: {
        [storageKey('releases')]: { v: 1, data: { runs: [RUN], currentId: RUN.id } },
        [storageKey('checklists')]: {
          v: 1,
          data: { [RUN.id]: { deployment: { deploy: EARLIER_UNTICK, smoke: SMOKE } } },
        },
      },
    }),
  );
  if (!reading.ok) throw new Error(reading.message);
  return reading.values;
}

let restored: { runId: string; checklists: Record<string, ChecklistState> }[] = [];

beforeEach(() => {
  freshStorage({
    [storageKey('releases')]: envelope({ runs: [RUN], currentId: RUN.id }),
    [storageKey('checklists')]: envelope({ [RUN.id]: { deployment: { deploy: LATER_TICK } } }),
  });
  joinTeam('a-token-of-sixteen-chars');
  recordTeamIds([RUN.id], []);
  restored = [];
  registerTeamBackend({
    restoreRun: (run, checklists) => restored.push({ runId: run.id, checklists }),
  } as Partial<TeamBackend> as TeamBackend);
});

describe('restoring a backup while joined to a team', () => {
  it('merged and shared: the team’s run gets the backup’s older work without losing the later tick', () => {
    restoreBackupInTeam(mergedWithBackup(backupValues()), 'share');
    expect(restored).toEqual([
      { runId: RUN.id, checklists: { deployment: { deploy: LATER_TICK, smoke: SMOKE } } },
    ]);
  });

  it('replaced and shared: the team’s run gets the backup’s work as it is, the later tick reopened', () => {
    restoreBackupInTeam(backupValues(), 'share');
    expect(restored).toEqual([
      { runId: RUN.id, checklists: { deployment: { deploy: EARLIER_UNTICK, smoke: SMOKE } } },
    ]);
  });

  it.each([
    ['merged', () => mergedWithBackup(backupValues()), { deploy: LATER_TICK, smoke: SMOKE }],
    ['replaced', backupValues, { deploy: EARLIER_UNTICK, smoke: SMOKE }],
  ])(
    '%s into this browser only: a copy beside the team’s run holds the restore, the team’s run is untouched, and undo removes the copy',
    (_how, values, copyProgress) => {
      const before = { releases: $releases.get(), checklists: $checklists.get() };
      const { previous, copied } = restoreBackupInTeam(values(), 'this-browser');
      expect(restored).toEqual([]);
      expect(copied).toEqual(['Release 2.4.0 (minor, customer-facing)']);
      const copy = $releases.get().runs.find((run) => run.id !== RUN.id)!;
      expect(copy.name).toBe('(restored copy)');
      expect($checklists.get()[copy.id]).toEqual({ deployment: copyProgress });
      expect($checklists.get()[RUN.id]).toEqual({ deployment: { deploy: LATER_TICK } });
      undoRestore(previous);
      expect({ releases: $releases.get(), checklists: $checklists.get() }).toEqual(before);
    },
  );
});
