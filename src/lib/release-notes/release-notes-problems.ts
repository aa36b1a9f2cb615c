/**
 * What the generator says about each field while it is written (required fields, dates, links,
 * migration steps of a major release, a version other than the run's), and what the export asks
 * about before it goes.
 */
import type { ReleaseRun } from '../releases/release-run.ts';
import { hasContent, listEntries, parseLinkEntry } from './field-values.ts';
import { versionInText, type ReleaseNotesDraft } from './release-notes-draft.ts';
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
    .flatMap(({ line, entry }) =>
      entry.ok ? [] : [`line ${line} (${quoted(entry.text)}): ${entry.problem}`],
    );
  if (problems.length === 0) return undefined;
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
  return `Write each link as “Title — https://…” or a bare https:// address. Not a link: ${shown}${more}.`;
}

type RunFacts = Pick<ReleaseRun, 'type' | 'version'>;

/** The problems of one field's text, for a run (a major release asks for migration steps). */
export function fieldProblems(
  field: NotesField,
  value: string | undefined,
  run: RunFacts,
): FieldProblems {
  const text = value ?? '';
  if (!hasContent(field.kind, text)) {
    if (field.required) return { error: `${field.title} is required.` };
    if (field.purpose === 'migration' && run.type === 'major') {
      return {
        warning:
          'This is a major release: list the migration steps, or write “None” if users need to do nothing.',
      };
    }
    return {};
  }
  const version = field.purpose === 'release' ? versionInText(text) : undefined;
  if (version && version !== run.version) {
    return {
      warning: `These notes are for ${version}, but the current run is ${run.version}. The download is named after ${version}.`,
    };
  }
  if (field.kind === 'date' && !isIsoDate(text.trim()))
    return { error: 'Enter the date as YYYY-MM-DD, such as 2026-11-26.' };
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
  run: RunFacts,
): Record<string, FieldProblems> {
  const problems: Record<string, FieldProblems> = {};
  for (const field of fields) {
    const found = fieldProblems(field, draft[field.id], run);
    if (found.error || found.warning) problems[field.id] = found;
  }
  return problems;
}

/**
 * What the export asks about first, in the form's own words: link lines that would go out as plain
 * text, and notes for another version than the current run's. (An empty required section is
 * exported as "Not written yet.", in plain sight.)
 */
export function exportWarnings(
  fields: readonly NotesField[],
  problems: Record<string, FieldProblems>,
): { field: NotesField; message: string }[] {
  return fields.flatMap((field) => {
    const message =
      field.kind === 'links'
        ? problems[field.id]?.error
        : field.purpose === 'release'
          ? problems[field.id]?.warning
          : undefined;
    return message ? [{ field, message }] : [];
  });
}
