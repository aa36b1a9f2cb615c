// The generator's "Notable changes" and "Migration steps" are list fields: one entry per line, plain
// text that the exporter escapes. This module writes parsed changes as such lines and puts them into a
// field's current text without losing what the writer already typed.
import { oneLine } from '../../markdown/markdown-text.ts';
import { listEntries } from '../field-values.ts';
import {
  allEntries,
  breakingEntries,
  type ChangeEntry,
  type GroupId,
  type ParsedChanges,
} from './change-groups.ts';

/**
 * The list field is one flat list, so each line says its group: "Feature: …", "Fix: …". "Other" and
 * "Revert" have no label: a label that says nothing, or says again what the text says ('Revert "…"'),
 * would only be noise.
 */
export const GROUP_LABELS: Readonly<Record<GroupId, string>> = {
  features: 'Feature',
  fixes: 'Fix',
  refactoring: 'Refactoring',
  documentation: 'Docs',
  performance: 'Performance',
  styling: 'Styling',
  testing: 'Testing',
  miscellaneous: 'Chore',
  revert: '',
  build: 'Build',
  other: '',
};

export interface ChangeLinesOptions {
  /** Start each line with its group's label (default true). */
  groupLabels?: boolean;
  /**
   * The Conventional Commits scope: 'prefix' (default) writes it before the text as git-cliff's
   * default template does, "*(api)* Add retries", emphasised and in parentheses so that it reads as
   * the part that changed, not as the first words of the sentence; 'drop' leaves it out.
   */
  scopes?: 'prefix' | 'drop';
}

const refsSuffix = (refs: readonly number[]) =>
  refs.length > 0 ? ` (${refs.map((ref) => `#${ref}`).join(', ')})` : '';

/** A scope as Markdown emphasis: its own Markdown characters escaped, so that it stays what was typed. */
export const scopeMarkdown = (scope: string) =>
  `*(${scope.replace(/[\\`*_[\]<>~|()!&]/g, '\\$&')})*`;

function scoped(entry: ChangeEntry, text: string, options: ChangeLinesOptions): string {
  return entry.scope && options.scopes !== 'drop' ? `${scopeMarkdown(entry.scope)} ${text}` : text;
}

/** One line per entry, in the order of the groups: "Feature: *(api)* Add retries (breaking) (#12, #14)". */
export function notableChangeLines(
  changes: Pick<ParsedChanges, 'groups'>,
  options: ChangeLinesOptions = {},
): string[] {
  return allEntries(changes).map((entry) => {
    const label = options.groupLabels === false ? '' : GROUP_LABELS[entry.group];
    const text = `${scoped(entry, entry.text, options)}${entry.breaking ? ' (breaking)' : ''}${refsSuffix(entry.refs)}`;
    return oneLine(label ? `${label}: ${text}` : text);
  });
}

/** The start of a migration step the parser drafted: the writer still has to say what users do. */
export const TO_COMPLETE = 'To complete:';

/**
 * One "Migration steps" line per breaking change, marked "To complete:" and saying what broke (the
 * `BREAKING CHANGE:` footer when there is one, else the subject): "To complete: *(api)* The v1
 * endpoints are gone (#12)".
 */
export function migrationStepLines(
  changes: Pick<ParsedChanges, 'groups'>,
  options: Pick<ChangeLinesOptions, 'scopes'> = {},
): string[] {
  return breakingEntries(changes).map((entry) =>
    oneLine(
      `${TO_COMPLETE} ${scoped(entry, entry.breakingNote ?? entry.text, options)}${refsSuffix(entry.refs)}`,
    ),
  );
}

export type FieldUpdateMode = 'append' | 'replace';

export interface FieldUpdate {
  /** The field's new text. */
  value: string;
  /** Lines added. */
  added: number;
  /** Lines not added in 'append' mode because the field already has them (case and spaces aside). */
  alreadyThere: number;
}

/** Two entries are the same when the list field would read them the same, case aside. */
const sameEntry = (entry: string) => (listEntries(entry)[0] ?? '').toLowerCase();

/**
 * A list field's text with `lines` put in. 'replace': the lines alone. 'append': the writer's text kept
 * exactly as typed, then the lines the field does not have yet (pasting the same log twice adds nothing).
 */
export function updateListField(
  current: string,
  lines: readonly string[],
  mode: FieldUpdateMode,
): FieldUpdate {
  if (mode === 'replace') return { value: lines.join('\n'), added: lines.length, alreadyThere: 0 };
  const present = new Set(listEntries(current).map(sameEntry));
  const fresh: string[] = [];
  for (const line of lines) {
    const key = sameEntry(line);
    if (present.has(key)) continue;
    present.add(key);
    fresh.push(line);
  }
  const kept = current.trimEnd();
  const value =
    fresh.length === 0 ? current : kept === '' ? fresh.join('\n') : `${kept}\n${fresh.join('\n')}`;
  return { value, added: fresh.length, alreadyThere: lines.length - fresh.length };
}
