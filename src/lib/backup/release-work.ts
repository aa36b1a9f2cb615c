/**
 * The release work a backup holds and a restore changes, as one value: comparing, merging and
 * restoring in team mode all read both sides in this shape.
 */
import type { Checklists } from '../checklist/checklist-state.ts';
import type { Incidents } from '../incident/incident.ts';
import type { ReleaseNotesDrafts } from '../release-notes/release-notes-draft.ts';
import type { Releases } from '../releases/release-run.ts';

export interface ReleaseWork {
  releases: Releases;
  checklists: Checklists;
  notes: ReleaseNotesDrafts;
  incidents: Incidents;
}

/** A record's own entry: run ids and item ids come from files, so "__proto__" is an ordinary key. */
export function ownEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Every key of both records, once, in a stable order. */
export function unionKeys(a: object | undefined, b: object | undefined): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
}
