// Backups of the release work kept in this browser: the file's text, reading one back, and
// restoring it over the documents it holds (replaced, or merged), with an undo.
// Which documents a backup holds is said once, in documents.ts.
import { createBackup, readBackup } from '../lib/backup/backup.ts';
import type { ReleaseWork } from '../lib/backup/release-work.ts';
import type { ReleaseRun, Releases } from '../lib/releases/release-run.ts';
import { checklistsDocument } from './checklists.ts';
import { BACKED_UP_DOCUMENTS } from './documents.ts';
import { incidentsDocument } from './incidents.ts';
import { releaseNotesDocument } from './release-notes.ts';
import { releasesDocument } from './releases.ts';

/** Documents' values by storage key: what a backup holds, or what a restore replaced. */
export type DocumentValues = Map<string, unknown>;

/** The release work kept in this browser, as a backup file's text. */
export function backupText(now: Date): string {
  return createBackup(
    BACKED_UP_DOCUMENTS.map((document) => ({
      key: document.key,
      codec: document.codec,
      value: document.store.get(),
    })),
    now,
  );
}

/** Read a backup file's text, checked through the same decoders as storage. Changes nothing. */
export function readBackupText(text: string) {
  return readBackup(text, BACKED_UP_DOCUMENTS);
}

/** The release runs a backup holds (none when it holds no runs at all), for the confirmation. */
export function runsInBackup(values: DocumentValues): ReleaseRun[] {
  return (values.get(releasesDocument.key) as Releases | undefined)?.runs ?? [];
}

const WORK_DOCUMENTS = {
  releases: releasesDocument,
  checklists: checklistsDocument,
  notes: releaseNotesDocument,
  incidents: incidentsDocument,
} as const;

/**
 * The release work as the values say it, with this browser's documents where they hold none (a
 * backup made before the site kept incidents restores none). Without values: this browser's work.
 */
export function releaseWork(values: DocumentValues = new Map()): ReleaseWork {
  const valueOf = (document: { key: string; store: { get(): unknown } }) =>
    values.has(document.key) ? values.get(document.key) : document.store.get();
  return {
    releases: valueOf(releasesDocument) as ReleaseWork['releases'],
    checklists: valueOf(checklistsDocument) as ReleaseWork['checklists'],
    notes: valueOf(releaseNotesDocument) as ReleaseWork['notes'],
    incidents: valueOf(incidentsDocument) as ReleaseWork['incidents'],
  };
}

/** The work as documents' values, limited to the documents `keys` names (all four without it). */
export function workValues(work: ReleaseWork, keys?: ReadonlySet<string>): DocumentValues {
  const entries = Object.entries(WORK_DOCUMENTS).map(
    ([part, document]) => [document.key, work[part as keyof ReleaseWork]] as const,
  );
  return new Map(entries.filter(([key]) => !keys || keys.has(key)));
}

/**
 * This browser's work with the backup merged in by `merge` (lib/backup/merge-backup.ts, which loads
 * with the restore dialog, not with the page), read at the moment of the restore: a tick made while
 * the dialog was open counts. Only the documents the backup holds, so that undo leaves the others
 * alone. Restore the result as a backup's values, here or in team mode.
 */
export function mergedValues(
  values: DocumentValues,
  merge: (here: ReleaseWork, backup: ReleaseWork) => ReleaseWork,
): DocumentValues {
  return workValues(merge(releaseWork(), releaseWork(values)), new Set(values.keys()));
}

/**
 * Replace the documents that the backup holds with its values. A document it does not hold (a
 * backup made before the site kept it) stays as it is. Returns what was replaced, for `undoRestore`.
 */
export function restoreBackup(values: DocumentValues): DocumentValues {
  const previous: DocumentValues = new Map(
    BACKED_UP_DOCUMENTS.filter((document) => values.has(document.key)).map((document) => [
      document.key,
      document.store.get(),
    ]),
  );
  replaceDocuments(values);
  return previous;
}

/** Put back what a restore replaced. */
export function undoRestore(previous: DocumentValues): void {
  replaceDocuments(previous);
}

function replaceDocuments(values: DocumentValues): void {
  for (const document of BACKED_UP_DOCUMENTS) {
    if (values.has(document.key)) document.store.set(values.get(document.key));
  }
}
