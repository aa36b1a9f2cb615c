/**
 * The release-notes template as the generator reads it: each line of the list inside
 * `<ReleaseNotesGenerator>` is a field of the form and a section of the notes, its kind read from
 * its words unless the writer sets it.
 */
import type { Root } from 'hast';
import { slugify } from '../checklist/slugify.ts';
import {
  descendants,
  htmlTree,
  isElement,
  isList,
  isOwnerLine,
  markdownTree,
  words,
} from '../content/html-tree.ts';
import { hasOptionalMarker, withoutOptionalMarker } from '../content/optional-marker.ts';

/**
 * How a field is typed and exported: a date, one line of text, a paragraph, a list (one entry
 * per line) or a list of links ("Title — https://…" or a bare URL, one per line).
 */
export const FIELD_KINDS = ['date', 'text', 'paragraph', 'list', 'links'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** One field of the release notes, derived from a line of the template. */
export interface NotesField {
  /** A slug of the title: renaming a field leaves only that field's draft behind. */
  id: string;
  /** The line as the writer wrote it: "Migration steps (if any):". */
  label: string;
  /** The section heading in the notes: "Migration steps". */
  title: string;
  kind: FieldKind;
  /** Marked "(if any)": an empty optional section is left out of the notes. */
  optional: boolean;
  /** A date, one-line or paragraph field must be filled in, unless it is optional. */
  required: boolean;
  /** The field that names the release (prefilled from the run) and the one for migration steps. */
  purpose?: 'release' | 'migration';
}

export interface ReleaseNotesTemplate {
  ownerLine?: string;
  fields: NotesField[];
}

/** Kinds read from the label, first match wins; anything else is one line of text. */
const KIND_RULES: [RegExp, FieldKind][] = [
  [/\bdate\b/i, 'date'],
  [/\b(links?|urls?|references?)\b/i, 'links'],
  [/\b(summary|overview|description|introduction|abstract)\b/i, 'paragraph'],
  [
    /\b(changes|steps|issues|fixes|features|improvements|deprecations|items|notes|risks|highlights)\b/i,
    'list',
  ],
];

export function inferKind(title: string): FieldKind {
  return KIND_RULES.find(([pattern]) => pattern.test(title))?.[1] ?? 'text';
}

function titleOf(label: string): string {
  return withoutOptionalMarker(label)
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A field from its template line; `kind` is the writer's explicit choice, else inferred. */
export function deriveField(label: string, kind?: FieldKind): NotesField {
  const clean = label.replace(/\s+/g, ' ').trim();
  const title = titleOf(clean);
  const fieldKind = kind ?? inferKind(title);
  const optional = hasOptionalMarker(clean);
  const purpose = /\bmigrat/i.test(title)
    ? 'migration'
    : fieldKind === 'text' && /\b(release|version|number)\b/i.test(title)
      ? 'release'
      : undefined;
  return {
    id: slugify(title),
    label: clean,
    title,
    kind: fieldKind,
    optional,
    required:
      !optional && (fieldKind === 'date' || fieldKind === 'text' || fieldKind === 'paragraph'),
    ...(purpose ? { purpose } : {}),
  };
}

/**
 * The writer's kind overrides, from the component's `kinds` attribute:
 * `kinds="Known issues=paragraph; Release name / number=text"`. Titles match case-insensitively,
 * with or without the colon and "(if any)". Throws an Error that says what is wrong.
 */
export function parseKindOverrides(attribute: string | undefined): Map<string, FieldKind> {
  const overrides = new Map<string, FieldKind>();
  for (const entry of (attribute ?? '').split(';')) {
    if (entry.trim() === '') continue;
    const separator = entry.lastIndexOf('=');
    const title = titleOf(entry.slice(0, Math.max(separator, 0))).toLowerCase();
    const kind = entry
      .slice(separator + 1)
      .trim()
      .toLowerCase();
    if (separator < 0 || title === '')
      throw new Error(`has a kinds entry "${entry.trim()}" that is not "Field title=kind"`);
    if (!(FIELD_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `gives "${entry.trim()}" an unknown kind "${kind}". Kinds: ${FIELD_KINDS.join(', ')}`,
      );
    }
    overrides.set(title, kind as FieldKind);
  }
  return overrides;
}

/**
 * The template from its HTML tree: an optional owner line (a paragraph that is all emphasis)
 * and one list whose items are the fields, in order. Throws an Error that says what is wrong.
 */
export function parseTemplate(tree: Root, kinds?: string): ReleaseNotesTemplate {
  const overrides = parseKindOverrides(kinds);
  const topLevel = tree.children.filter(isElement);
  const elements = [...descendants(tree)];
  const ownerParagraph = topLevel.find(isOwnerLine);
  const lists = topLevel.filter(isList);
  const stray = topLevel.find((element) => element !== ownerParagraph && !lists.includes(element));
  if (stray)
    throw new Error(
      `may hold only an owner line (_…_) and a list of fields, but also has "${words(stray).slice(0, 60)}"`,
    );
  if (lists.length !== 1) throw new Error('needs exactly one list of fields ("- Summary:")');
  if (
    elements.some((element) => element.tagName === 'li' && [...descendants(element)].some(isList))
  ) {
    throw new Error('has a nested list: each field is one line of the list');
  }

  const fields = lists[0]!.children
    .filter(isElement)
    .filter((item) => item.tagName === 'li')
    .map((item) => {
      const label = words(item);
      return deriveField(label, overrides.get(titleOf(label).toLowerCase()));
    });
  if (fields.length === 0)
    throw new Error('has no fields: write a Markdown list ("- Summary:") inside it');
  const seen = new Map<string, string>();
  for (const field of fields) {
    if (field.id === '') throw new Error(`has a field without words: "${field.label}"`);
    const earlier = seen.get(field.id);
    if (earlier !== undefined)
      throw new Error(
        `has two fields with the same title: "${earlier}" and "${field.label}". Reword one of them.`,
      );
    seen.set(field.id, field.label);
  }
  for (const title of overrides.keys()) {
    if (!fields.some((field) => field.title.toLowerCase() === title)) {
      throw new Error(
        `sets the kind of "${title}", which is not a field. Fields: ${fields.map((field) => field.title).join(', ')}`,
      );
    }
  }
  const ownerLine = ownerParagraph ? words(ownerParagraph) : undefined;
  return { ...(ownerLine ? { ownerLine } : {}), fields };
}

/** The template from rendered HTML (what `<ReleaseNotesGenerator>` receives as its slot). */
export function templateFromHtml(html: string, kinds?: string): ReleaseNotesTemplate {
  return parseTemplate(htmlTree(html), kinds);
}

/** The template from Markdown (its source, read from the MDX file). */
export function templateFromMarkdown(markdown: string, kinds?: string): ReleaseNotesTemplate {
  return parseTemplate(markdownTree(markdown), kinds);
}
