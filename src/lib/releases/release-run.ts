/** Release runs: the releases a team works through in this browser, and the one on screen. */
import * as v from 'valibot';
import { defineCodec } from '../storage/envelope.ts';
import { recordsOnScreenSchema, replaceOrAppend } from '../storage/records-on-screen.ts';
import { parseVersion, versionProblem, withoutLeadingV } from './semver.ts';

export const RELEASE_TYPES = ['patch', 'minor', 'major'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** A release that a team works through: the checklists and the notes apply to one run. */
export const ReleaseRunSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  version: v.pipe(
    v.string(),
    v.check((version) => parseVersion(version) !== undefined, 'version must be a semantic version'),
  ),
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  type: v.picklist(RELEASE_TYPES),
  customerFacing: v.boolean(),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
});

export type ReleaseRun = v.InferOutput<typeof ReleaseRunSchema>;

/** Every run kept in this browser, and the one on screen. */
export const ReleasesSchema = recordsOnScreenSchema('runs', ReleaseRunSchema);

export type Releases = v.InferOutput<typeof ReleasesSchema>;

export const releasesCodec = defineCodec('release runs', ReleasesSchema, () => ({ runs: [] }));

/** No runs yet: what an island shows before the stored runs are read. */
export const NO_RUNS: Releases = Object.freeze({ runs: [] });

/**
 * Where release notes typed before any run exists are kept; the first run started takes them.
 * Never a stored run: its empty version says that no release was chosen.
 */
export const UNSTARTED_RUN: Readonly<ReleaseRun> = {
  id: 'unstarted',
  version: '',
  type: 'minor',
  customerFacing: true,
  createdAt: '1970-01-01T00:00:00.000Z',
};

/** The current run: the chosen one, else the newest; undefined before anyone started a run. */
export function currentRun(releases: Releases): ReleaseRun | undefined {
  return releases.runs.find((run) => run.id === releases.currentId) ?? releases.runs.at(-1);
}

/** "Release 2.4.0 (minor, customer-facing)", with the name when there is one. */
export function describeRun(run: ReleaseRun): string {
  const name = run.name?.trim() ? ` “${run.name.trim()}”` : '';
  return `Release ${run.version}${name} (${run.type}, ${run.customerFacing ? 'customer-facing' : 'internal'})`;
}

export interface RunInput {
  version: string;
  name?: string;
  type: ReleaseType;
  customerFacing: boolean;
}

/** Field-by-field problems with a run's form input; empty when it is valid. */
export function runInputProblems(
  input: RunInput,
  others: readonly ReleaseRun[],
): Partial<Record<keyof RunInput, string>> {
  const problems: Partial<Record<keyof RunInput, string>> = {};
  const version = versionProblem(input.version);
  if (version) problems.version = version;
  else if (
    others.some(
      (run) =>
        run.version === input.version.trim() && (run.name ?? '') === (input.name?.trim() ?? ''),
    )
  ) {
    problems.version = `A run for ${input.version.trim()} already exists in this browser: switch to it, or give this one a name.`;
  }
  if ((input.name ?? '').length > 200) problems.name = 'Keep the name under 200 characters.';
  return problems;
}

export function createRun(input: RunInput, id: string, now: Date): ReleaseRun {
  const name = input.name?.trim();
  return {
    id,
    version: withoutLeadingV(input.version.trim()),
    ...(name ? { name } : {}),
    type: input.type,
    customerFacing: input.customerFacing,
    createdAt: now.toISOString(),
  };
}

/** The releases with a run added (or replaced, by id) and made current. */
export function upsertRun(releases: Releases, run: ReleaseRun): Releases {
  return { runs: replaceOrAppend(releases.runs, run), currentId: run.id };
}

export function removeRun(releases: Releases, id: string): Releases {
  const runs = releases.runs.filter((run) => run.id !== id);
  return releases.currentId === id ? { runs } : { ...releases, runs };
}

/** Undo `removeRun`: the run back at `index`, and current again if it was. */
export function reinsertRun(
  releases: Releases,
  run: ReleaseRun,
  index: number,
  wasCurrent: boolean,
): Releases {
  const runs = releases.runs.filter((existing) => existing.id !== run.id);
  runs.splice(Math.min(Math.max(index, 0), runs.length), 0, run);
  return wasCurrent ? { runs, currentId: run.id } : { ...releases, runs };
}
