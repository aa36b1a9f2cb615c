// What restoring a backup would change, and the merge of it into this browser's work: read by the
// restore dialog only, so that this code loads once a file is picked, not with the page.
import { compareWithBackup, type BackupDifference } from '../lib/backup/backup-diff.ts';
import { mergeReleaseWork } from '../lib/backup/merge-backup.ts';
import type { ReleaseWork } from '../lib/backup/release-work.ts';
import { releaseWork, workValues, type DocumentValues } from './backup.ts';

export interface BackupComparison {
  here: ReleaseWork;
  backup: ReleaseWork;
  differences: BackupDifference[];
}

/** Compare a backup's values with this browser's work now. Changes nothing. */
export function compareBackup(values: DocumentValues): BackupComparison {
  const here = releaseWork();
  const backup = releaseWork(values);
  return { here, backup, differences: compareWithBackup(here, backup) };
}

/**
 * This browser's work with the backup merged in, read at the moment of the restore (a tick made
 * while the dialog was open counts). Only the documents the backup holds, so that undo leaves
 * the others alone. Restore it as a backup's values: `restoreBackup`, or in team mode.
 */
export function mergedWithBackup(values: DocumentValues): DocumentValues {
  return workValues(mergeReleaseWork(releaseWork(), releaseWork(values)), new Set(values.keys()));
}
