import type { Root } from 'mdast';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';
import { releaseNotesNodes, type NotesPhrasing } from './release-notes-markdown.ts';
import type { NotesField } from './release-notes-template.ts';

/** One run's release notes as GitHub-flavoured Markdown (DESIGN §5). */
export function exportReleaseNotesMarkdown(fields: readonly NotesField[], draft: ReleaseNotesDraft, phrasing?: NotesPhrasing): string {
  const tree: Root = { type: 'root', children: releaseNotesNodes(fields, draft, 2, phrasing) };
  return toGfmMarkdown(tree);
}
