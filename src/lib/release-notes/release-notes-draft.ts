/** Release-notes drafts as stored (by run, then by field), what a new draft starts with, and the version the notes are for. */
import * as v from 'valibot';
import { markdownFileName } from '../markdown/markdown-file-name.ts';
import type { ReleaseRun } from '../releases/release-run.ts';
import { formatVersion, parseVersion } from '../releases/semver.ts';
import { defineCodec } from '../storage/envelope.ts';
import type { NotesField } from './release-notes-template.ts';

/** What was typed in each field of one run's release notes, by field id. */
export const ReleaseNotesDraftSchema = v.record(v.string(), v.string());
export type ReleaseNotesDraft = v.InferOutput<typeof ReleaseNotesDraftSchema>;

/**
 * Drafts by release run id: `{ "<run id>": { "summary": "…", "notable-changes": "…\n…" } }`.
 * A field renamed in the template leaves its old text under the old id, unused.
 */
export const ReleaseNotesDraftsSchema = v.record(v.string(), ReleaseNotesDraftSchema);
export type ReleaseNotesDrafts = v.InferOutput<typeof ReleaseNotesDraftsSchema>;

export const releaseNotesCodec = defineCodec(
  'release notes drafts',
  ReleaseNotesDraftsSchema,
  () => ({}),
);

/** How the release field names a run: "Aurora 2.4.0", or "2.4.0" for a run without a name. */
export function releaseLabel(run: Pick<ReleaseRun, 'version' | 'name'>): string {
  const name = run.name?.trim();
  return name ? `${name} ${run.version}` : run.version;
}

/** A new draft: the release field names the run, date fields say today; everything else is empty. */
export function prefilledDraft(
  fields: readonly NotesField[],
  run: ReleaseRun,
  today: string,
): ReleaseNotesDraft {
  const draft: ReleaseNotesDraft = {};
  for (const field of fields) {
    if (field.purpose === 'release') draft[field.id] = releaseLabel(run);
    else if (field.kind === 'date') draft[field.id] = today;
  }
  return draft;
}

export const VERSION_IN_TEXT =
  /(?<![\w.+-])v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?(?![\w.+-])/u;

/** The first semantic version written in a text ("Aurora 2.4.0" → "2.4.0"), if any. */
export function versionInText(value: string): string | undefined {
  const found = VERSION_IN_TEXT.exec(value)?.[0];
  const version = found ? parseVersion(found) : undefined;
  return version ? formatVersion(version) : undefined;
}

/** The release field with its version replaced by `version` (or added after the name). */
export function withVersion(value: string, version: string): string {
  if (VERSION_IN_TEXT.test(value)) return value.replace(VERSION_IN_TEXT, version);
  return value.trim() ? `${value.trim()} ${version}` : version;
}

/** The version the notes are for: the one written in the release field, else the run's. */
export function notesVersion(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  run: Pick<ReleaseRun, 'version'>,
): string {
  const release = fields.find((field) => field.purpose === 'release');
  return (release && versionInText(draft[release.id] ?? '')) ?? run.version;
}

/** "release-notes-2.4.0.md", after the version the notes are for. */
export function releaseNotesFileName(
  fields: readonly NotesField[],
  draft: ReleaseNotesDraft,
  run: Pick<ReleaseRun, 'version'>,
): string {
  return markdownFileName('release-notes', notesVersion(fields, draft, run));
}
