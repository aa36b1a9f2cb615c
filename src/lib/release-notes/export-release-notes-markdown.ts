/**
 * Release notes as Markdown text. Apart from release-notes-markdown.ts on purpose: the generator's
 * preview loads that module with the page, and the serialiser (mdast-util-to-markdown) loads only
 * here, on the first export.
 */
import type { Root } from 'mdast';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';
import { releaseNotesNodes, type NotesPhrasing } from './release-notes-markdown.ts';
import type { NotesField } from './release-notes-template.ts';

/** One run's release notes as GitHub-flavoured Markdown, its sections in the template's order. */
export function exportReleaseNotesMarkdown(fields: readonly NotesField[], draft: ReleaseNotesDraft, phrasing?: NotesPhrasing): string {
  const tree: Root = { type: 'root', children: releaseNotesNodes(fields, draft, 2, phrasing) };
  return toGfmMarkdown(tree);
}
