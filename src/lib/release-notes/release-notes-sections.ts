/**
 * Release notes as a Markdown tree: a title line, then one section per template field. Kept apart
 * from the Markdown reader and the serialiser, so that the generator's live preview builds the same
 * tree with the page's first load; release-notes-markdown.ts adds the reading of inline Markdown.
 */
import type { Heading, ListItem, PhrasingContent, RootContent } from 'mdast';
import { oneLine, text } from '../markdown/markdown-text.ts';
import { hasContent, listEntries, paragraphsOf, parseLinkEntry } from './field-values.ts';
import { VERSION_IN_TEXT, versionInText, type ReleaseNotesDraft } from './release-notes-draft.ts';
import type { NotesField } from './release-notes-template.ts';

/**
 * What an empty section says. An empty optional section ("(if any)") is left out of the notes;
 * any other empty section stays, so that a reader sees it was not forgotten.
 */
const EMPTY_LIST_TEXT = 'None.';
const EMPTY_TEXT = 'Not written yet.';

export type NotesHeadingDepth = 1 | 2 | 3 | 4 | 5;

/** Typed text as phrasing: plain text, with "#123" linked to the repository, or read as inline Markdown. */
export type NotesPhrasing = (value: string) => PhrasingContent[];
const plain: NotesPhrasing = (value) => [text(value)];

const heading = (depth: Heading['depth'], value: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
});
const paragraph = (children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const listItem = (children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});

function linkPhrasing(entry: string): PhrasingContent[] {
  const link = parseLinkEntry(entry);
  if (!link.ok) return [text(entry)];
  return [{ type: 'link', url: link.url, children: [text(link.title ?? link.url)] }];
}

function sectionBody(field: NotesField, value: string, phrasing: NotesPhrasing): RootContent[] {
  if (!hasContent(field.kind, value)) {
    return [
      paragraph([
        text(field.kind === 'list' || field.kind === 'links' ? EMPTY_LIST_TEXT : EMPTY_TEXT),
      ]),
    ];
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
          children: listEntries(value).map((entry) =>
            listItem(field.kind === 'links' ? linkPhrasing(entry) : phrasing(entry)),
          ),
        },
      ];
    case 'date':
      return [paragraph([text(oneLine(value))])];
    default:
      return [paragraph(phrasing(oneLine(value)))];
  }
}

/** The release field read as a name and a version: "Aurora 2.4.0" → { name: "Aurora", version: "2.4.0" }. */
export function splitRelease(value: string): { name: string; version?: string } {
  const version = versionInText(value);
  const name = value
    .replace(VERSION_IN_TEXT, ' ')
    .replace(/\(\s*\)|\[\s*\]/gu, ' ')
    .replace(/^[\s—–\-:·,|]+|[\s—–\-:·,|]+$/gu, '')
    .replace(/^(release|version)$/iu, '');
  return version ? { name, version } : { name };
}

/** The fields the title line speaks for: the release name / number and the (first) date. */
function titleFields(fields: readonly NotesField[]) {
  return {
    release: fields.find((field) => field.purpose === 'release'),
    date: fields.find((field) => field.kind === 'date'),
  };
}

/** The notes' title line: "Release 2.4.0 — Aurora · 2026-12-01", or as much of it as is written. */
export function notesTitle(fields: readonly NotesField[], draft: ReleaseNotesDraft): string {
  const { release, date } = titleFields(fields);
  const { name, version } = splitRelease(oneLine(release ? (draft[release.id] ?? '') : ''));
  const named = oneLine(name);
  const title = version ? `Release ${version}` : 'Release notes';
  const day = date ? oneLine(draft[date.id] ?? '') : '';
  return `${title}${named ? ` — ${named}` : ''}${day ? ` · ${day}` : ''}`;
}

/**
 * One run's release notes as Markdown nodes: the title line as a heading at `depth`, then one
 * section per remaining field, in the template's order, a level below. Typed text lands only in
 * what `phrasing` makes of it (text nodes, or inline Markdown: never a block), so it cannot change
 * the document's structure.
 */
export function releaseNotesSections(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  depth: NotesHeadingDepth = 2,
  phrasing: NotesPhrasing = plain,
): RootContent[] {
  const inTitle = Object.values(titleFields(fields));
  const nodes: RootContent[] = [heading(depth, notesTitle(fields, draft))];
  const sectionDepth = (depth + 1) as Heading['depth'];
  for (const field of fields) {
    const value = draft[field.id] ?? '';
    if (inTitle.includes(field) || (field.optional && !hasContent(field.kind, value))) continue;
    nodes.push(heading(sectionDepth, field.title), ...sectionBody(field, value, phrasing));
  }
  return nodes;
}
