// Imported changes land in fields the template names in its own words; this finds them, so that the
// generator offers "Import changes…" only where there is a list of changes to fill.
import type { NotesField } from './release-notes-template.ts';

export interface ImportTargets {
  /** The list field of changes ("Notable changes"). */
  changes: NotesField;
  /** The migration steps field, where breaking changes become entries to complete. */
  migration?: NotesField;
}

/** The first list field whose title speaks of changes, and the migration field; undefined without a list of changes. */
export function importTargets(fields: readonly NotesField[]): ImportTargets | undefined {
  const changes = fields.find(
    (field) =>
      field.kind === 'list' && field.purpose !== 'migration' && /\bchanges?\b/i.test(field.title),
  );
  if (!changes) return undefined;
  const migration = fields.find((field) => field.purpose === 'migration' && field.kind === 'list');
  return migration ? { changes, migration } : { changes };
}
