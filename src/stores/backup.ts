import { createBackup, readBackup } from '../lib/backup/backup.ts';
import { isQuarantineKey, storageKey } from '../lib/storage/storage-keys.ts';
import { persistentDocuments, safeStorage } from './storage.ts';
// A backup holds the documents of every store, also of those that the backup's page does not use
// otherwise: importing a store registers its document.
import './checklists.ts';
import './incidents.ts';
import './release-notes.ts';
import './releases.ts';

// Who you are stays with this browser: restoring a colleague's handover must not sign your ticks
// with their name.
const PERSONAL = new Set([storageKey('identity')]);
const backedUpDocuments = () => persistentDocuments.filter((document) => !PERSONAL.has(document.key));

/** The release work kept in this browser, as a backup file's text. */
export function backupText(now: Date): string {
  return createBackup(
    backedUpDocuments().map((document) => ({ key: document.key, codec: document.codec, value: document.store.get() })),
    now,
  );
}

export function readBackupText(text: string) {
  return readBackup(text, backedUpDocuments());
}

/** Current values of the documents a backup holds, to undo a restore. */
export function snapshotDocuments(): Map<string, unknown> {
  return new Map(backedUpDocuments().map((document) => [document.key, document.store.get()]));
}

/**
 * Replace the documents in `values`. A document the map does not hold (a backup made before the
 * site kept it) stays as it is.
 */
export function replaceDocuments(values: Map<string, unknown>): void {
  for (const document of persistentDocuments) {
    if (values.has(document.key)) document.store.set(values.get(document.key));
  }
}

export interface KeptAside {
  key: string;
  raw: string;
}

/** Data that could not be read and was kept aside, in this browser. */
export function keptAsideData(): KeptAside[] {
  const kept: KeptAside[] = [];
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key && isQuarantineKey(key)) kept.push({ key, raw: localStorage.getItem(key) ?? '' });
    }
  } catch {
    // storage unavailable: nothing was kept aside in it
  }
  return kept.sort((a, b) => a.key.localeCompare(b.key));
}

export function deleteKeptAside(key: string): void {
  if (isQuarantineKey(key)) safeStorage.write(key, undefined);
}
