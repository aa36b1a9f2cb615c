/** What the generator says about each field while it is written: required fields, dates, links, migration steps of a major release. */
import type { ReleaseRun } from '../releases/release-run.ts';
import { hasContent, listEntries, parseLinkEntry } from './field-values.ts';
import type { ReleaseNotesDraft } from './release-notes-draft.ts';
import type { NotesField } from './release-notes-template.ts';

/** What the guide says about one field: an error (must be fixed) and a warning (worth a look). */
export interface FieldProblems {
  error?: string;
  warning?: string;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

function linkProblems(value: string): string | undefined {
  const problems = listEntries(value)
    .map((line, index) => ({ line: index + 1, entry: parseLinkEntry(line) }))
    .flatMap(({ line, entry }) => (entry.ok ? [] : [`line ${line} (${quoted(entry.text)}): ${entry.problem}`]));
  if (problems.length === 0) return undefined;
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
  return `Write each link as “Title — https://…” or a bare https:// address. Not a link: ${shown}${more}.`;
}

/** The problems of one field's text, for a run (a major release asks for migration steps). */
export function fieldProblems(field: NotesField, value: string | undefined, run: Pick<ReleaseRun, 'type'>): FieldProblems {
  const text = value ?? '';
  if (!hasContent(field.kind, text)) {
    if (field.required) return { error: `${field.title} is required.` };
    if (field.purpose === 'migration' && run.type === 'major') {
      return { warning: 'This is a major release: list the migration steps, or write “None” if users need to do nothing.' };
    }
    return {};
  }
  if (field.kind === 'date' && !isIsoDate(text.trim())) return { error: 'Enter the date as YYYY-MM-DD, such as 2026-11-26.' };
  if (field.kind === 'links') {
    const error = linkProblems(text);
    return error ? { error } : {};
  }
  return {};
}

/** The problems of every field that has any, by field id. */
export function notesProblems(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  run: Pick<ReleaseRun, 'type'>,
): Record<string, FieldProblems> {
  const problems: Record<string, FieldProblems> = {};
  for (const field of fields) {
    const found = fieldProblems(field, draft[field.id], run);
    if (found.error || found.warning) problems[field.id] = found;
  }
  return problems;
}
