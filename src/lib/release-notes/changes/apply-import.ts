// Applying parsed changes to a release-notes draft in one step, so that the form changes once (and is
// undone once): the changes into the list of changes, breaking changes into the migration steps.
import type { ReleaseType } from '../../releases/release-run.ts';
import type { ReleaseNotesDraft } from '../release-notes-draft.ts';
import type { ImportTargets } from '../import-targets.ts';
import type { ParsedChanges } from './change-groups.ts';
import {
  migrationStepLines,
  notableChangeLines,
  updateListField,
  type FieldUpdateMode,
} from './notable-changes-lines.ts';
import { suggestBump } from './suggest-bump.ts';

export interface AppliedImport {
  draft: ReleaseNotesDraft;
  /** Lines added to the list of changes, and lines it already had. */
  added: number;
  alreadyThere: number;
  /** "To complete:" lines added to the migration steps. */
  migrationAdded: number;
  bump: ReleaseType | undefined;
}

/**
 * The draft with the changes put in. `mode` applies to the list of changes only: migration steps are
 * always appended, since what the writer wrote there is work the changes cannot replace. Without a
 * migration field, breaking changes stay marked "(breaking)" in the list of changes.
 */
export function applyImport(
  draft: ReleaseNotesDraft,
  targets: ImportTargets,
  changes: ParsedChanges,
  mode: FieldUpdateMode,
): AppliedImport {
  const notable = updateListField(
    draft[targets.changes.id] ?? '',
    notableChangeLines(changes),
    mode,
  );
  const next: ReleaseNotesDraft = { ...draft, [targets.changes.id]: notable.value };
  let migrationAdded = 0;
  if (targets.migration) {
    const steps = updateListField(
      draft[targets.migration.id] ?? '',
      migrationStepLines(changes),
      'append',
    );
    if (steps.added > 0) next[targets.migration.id] = steps.value;
    migrationAdded = steps.added;
  }
  return {
    draft: next,
    added: notable.added,
    alreadyThere: notable.alreadyThere,
    migrationAdded,
    bump: suggestBump(changes),
  };
}
