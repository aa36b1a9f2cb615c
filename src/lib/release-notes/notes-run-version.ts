/**
 * The draft as exported: a release field that names no version gets the run's, so that the title line
 * keeps it. Apart from the draft's module, which every page with a run loads: only the notes need it.
 */
import { versionInText, withVersion, type ReleaseNotesDraft } from './release-notes-draft.ts';
import type { NotesField } from './release-notes-template.ts';
import type { ReleaseRun } from '../releases/release-run.ts';

export function withRunVersion(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  run: Pick<ReleaseRun, 'version'>,
): ReleaseNotesDraft {
  const release = fields.find((field) => field.purpose === 'release');
  if (!release || !run.version || versionInText(draft[release.id] ?? '')) return draft;
  return { ...draft, [release.id]: withVersion(draft[release.id] ?? '', run.version) };
}
