/**
 * Release notes as a Markdown tree: one section per template field. Kept apart from the
 * serialiser, so that the generator's live preview builds the same tree without loading it.
 */
import type { Heading, ListItem, PhrasingContent, RootContent } from 'mdast';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { hasContent, listEntries, paragraphsOf, parseLinkEntry } from './field-values.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';
import type { NotesField } from './release-notes-template.ts';

/**
 * What an empty section says. An empty optional section ("(if any)") is left out of the notes;
 * any other empty section stays, so that a reader sees it was not forgotten.
 */
const EMPTY_LIST_TEXT = 'None.';
const EMPTY_TEXT = 'Not written yet.';

export type NotesHeadingDepth = 1 | 2 | 3 | 4 | 5;

/** Typed text as phrasing: plain text, or with "#123" linked to the repository (`textWithRefLinks`). */
export type NotesPhrasing = (value: string) => PhrasingContent[];
const plain: NotesPhrasing = (value) => [text(value)];

const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const listItem = (children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });

function linkPhrasing(entry: string): PhrasingContent[] {
  const link = parseLinkEntry(entry);
  if (!link.ok) return [text(entry)];
  return [{ type: 'link', url: link.url, children: [text(link.title ?? link.url)] }];
}

function sectionBody(field: NotesField, value: string, phrasing: NotesPhrasing): RootContent[] {
  if (!hasContent(field.kind, value)) {
    return [paragraph([text(field.kind === 'list' || field.kind === 'links' ? EMPTY_LIST_TEXT : EMPTY_TEXT)])];
  }
  switch (field.kind) {
    case 'paragraph':
      return paragraphsOf(value).map((words) => paragraph(phrasing(words)));
    case 'list':
    case 'links':
      return [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: listEntries(value).map((entry) => listItem(field.kind === 'links' ? linkPhrasing(entry) : phrasing(entry))),
        },
      ];
    default:
      return [paragraph([text(oneLine(value))])];
  }
}

/**
 * One run's release notes as Markdown nodes: a heading ("Release notes · Aurora 2.4.0") at `depth`,
 * then one section per field of the template, in the template's order, a level below. Typed text
 * only ever lands in text nodes (and http(s) links), so it cannot change the document's structure.
 * `phrasing` reads list entries and paragraphs (the build passes it only with a repository address).
 */
export function releaseNotesNodes(fields: readonly NotesField[], draft: ReleaseNotesDraft, depth: NotesHeadingDepth = 2, phrasing: NotesPhrasing = plain): RootContent[] {
  const release = fields.find((field) => field.purpose === 'release');
  const name = release ? oneLine(draft[release.id] ?? '') : '';
  const nodes: RootContent[] = [heading(depth, name ? `Release notes · ${name}` : 'Release notes')];
  const sectionDepth = (depth + 1) as Heading['depth'];
  for (const field of fields) {
    const value = draft[field.id] ?? '';
    if (field.optional && !hasContent(field.kind, value)) continue;
    nodes.push(heading(sectionDepth, field.title), ...sectionBody(field, value, phrasing));
  }
  return nodes;
}
