/**
 * Release notes as a Markdown tree with the writer's inline Markdown read: what the export and a
 * run's export serialise. The preview builds the same tree from release-notes-sections.ts and adds
 * the reader once it has loaded, so that the parser stays out of the generator's first load.
 */
import type { RootContent } from 'mdast';
import { inlineMarkdown, type TextPhrasing } from './inline-markdown.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';
import { releaseNotesSections, type NotesHeadingDepth } from './release-notes-sections.ts';
import type { NotesField } from './release-notes-template.ts';

/** `textPhrasing` reads the plain stretches (the generator passes "#123" links when it knows the repository). */
export function releaseNotesNodes(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  depth: NotesHeadingDepth = 2,
  textPhrasing?: TextPhrasing,
): RootContent[] {
  return releaseNotesSections(fields, draft, depth, (value) => inlineMarkdown(value, textPhrasing));
}
