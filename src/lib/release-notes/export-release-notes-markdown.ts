/**
 * Release notes as Markdown text. Apart from the tree on purpose: the serialiser
 * (mdast-util-to-markdown) and the Markdown reader load only here, on the first export.
 */
import type { Root } from 'mdast';
import { toGfmMarkdown } from '../markdown/gfm-markdown.ts';
import type { TextPhrasing } from './inline-markdown.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';
import { releaseNotesNodes } from './release-notes-markdown.ts';
import type { NotesField } from './release-notes-template.ts';

/** One run's release notes as GitHub-flavoured Markdown: the title line, then the template's sections in order. */
export function exportReleaseNotesMarkdown(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  textPhrasing?: TextPhrasing,
): string {
  const tree: Root = { type: 'root', children: releaseNotesNodes(fields, draft, 2, textPhrasing) };
  return toGfmMarkdown(tree, { emphasis: '*' });
}
