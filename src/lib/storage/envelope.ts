/**
 * Every stored value is an envelope `{ "v": <schema version>, "data": <value> }`.
 * A codec knows the current version, how to bring older versions up to it, and the schema the
 * result must satisfy (valibot: small enough to ship in every island, where zod weighs 14 KB).
 * Reading goes through `decode`, which never throws: data it cannot read
 * comes back as a failure with a reason, and the caller keeps the raw text aside.
 */
import * as v from 'valibot';

/** How one stored document is read and written. */
export interface Codec<T> {
  /** What the data is, for messages: "release runs". */
  label: string;
  version: number;
  schema: v.GenericSchema<unknown, T>;
  /** `migrations[n]` turns the data of version n into version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>;
  empty: () => T;
}

/** Where a stored format stands: its version and how each older version becomes the next. */
export interface FormatHistory {
  version: number;
  migrations: Codec<unknown>['migrations'];
}

const FIRST_VERSION: FormatHistory = { version: 1, migrations: {} };

/**
 * A codec for a stored document. Without a history it is at version 1, with nothing to migrate;
 * a change to the schema (or to a schema it embeds) adds a version and a migration here.
 */
export function defineCodec<T>(
  label: string,
  schema: v.GenericSchema<unknown, T>,
  empty: () => NoInfer<T>,
  history: FormatHistory = FIRST_VERSION,
): Codec<T> {
  return { label, version: history.version, schema, migrations: history.migrations, empty };
}

export type Decoded<T> =
  { ok: true; value: T; migratedFrom?: number } | { ok: false; value: T; reason: string };

export function encode<T>(codec: Codec<T>, value: T): string {
  return JSON.stringify({ v: codec.version, data: value });
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Parse, migrate and validate a stored value. Absent (`null`/`undefined`) is the empty value. */
export function decode<T>(codec: Codec<T>, raw: string | null | undefined): Decoded<T> {
  if (raw === null || raw === undefined) return { ok: true, value: codec.empty() };
  const fail = (reason: string): Decoded<T> => ({
    ok: false,
    value: codec.empty(),
    reason: `The saved ${codec.label} ${reason}`,
  });
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return fail('are not valid JSON.');
    }
    if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
      return fail('are not in the expected { v, data } envelope.');
    }
    const version = (parsed as { v: unknown }).v;
    let data = (parsed as { data: unknown }).data;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return fail(`have an unknown schema version (${String(version)}).`);
    }
    if (version > codec.version) {
      return fail(
        `were saved by a newer version of this site (schema ${version}; this one reads up to ${codec.version}).`,
      );
    }
    for (let step = version; step < codec.version; step += 1) {
      const migrate = codec.migrations[step];
      if (!migrate) return fail(`have schema version ${step}, which has no migration.`);
      data = migrate(data);
    }
    const result = v.safeParse(codec.schema, data);
    if (!result.success)
      return fail(`do not match the expected shape (${describeIssues(result.issues)}).`);
    return version < codec.version
      ? { ok: true, value: result.output, migratedFrom: version }
      : { ok: true, value: result.output };
  } catch (error) {
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}
