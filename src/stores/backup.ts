import { createBackup, readBackup } from '../lib/backup/backup.ts';
import { isQuarantineKey } from '../lib/storage/storage-keys.ts';
import { persistentDocuments, safeStorage } from './storage.ts';
// A backup holds every document, also those of stores that the backup's page does not use
// otherwise: importing a store registers its document.
import './checklists.ts';
import './identity.ts';
import './incidents.ts';
import './release-notes.ts';
import './releases.ts';

/** Everything this site keeps in this browser, as a backup file's text. */
export function backupText(now: Date): string {
  return createBackup(
    persistentDocuments.map((document) => ({ key: document.key, codec: document.codec, value: document.store.get() })),
    now,
  );
}

export function readBackupText(text: string) {
  return readBackup(text, persistentDocuments);
}

/** Current values of every document, to undo a restore. */
export function snapshotDocuments(): Map<string, unknown> {
  return new Map(persistentDocuments.map((document) => [document.key, document.store.get()]));
}

/** Replace documents with the given values; documents not in the map are reset to empty. */
export function replaceDocuments(values: Map<string, unknown>): void {
  for (const document of persistentDocuments) {
    document.store.set(values.has(document.key) ? values.get(document.key) : document.codec.empty());
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
