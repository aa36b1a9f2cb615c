// The notes as the preview and the export read them: with "#123" linked to the repository when the
// site is built with REPO_URL.
import { textWithRefLinks } from '../../../lib/release-notes/changes/repository-links.ts';
import type { ReleaseNotesDraft } from '../../../lib/release-notes/release-notes-draft.ts';
import type { NotesField } from '../../../lib/release-notes/release-notes-template.ts';
import { REPO_URL } from '../common/repository-address.ts';

/** "#123" in the notes as a link to the pull request: for the preview and the export alike. */
export const linkRefs = REPO_URL ? (value: string) => textWithRefLinks(value, REPO_URL) : undefined;

/** The notes as exported (the Markdown reader and serialiser load on first use, not with the page). */
export async function notesMarkdown(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
): Promise<string> {
  const { exportReleaseNotesMarkdown } =
    await import('../../../lib/release-notes/export-release-notes-markdown.ts');
  return exportReleaseNotesMarkdown(fields, draft, linkRefs);
}
