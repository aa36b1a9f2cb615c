import type { ZodType } from 'zod';

/**
 * Every stored value is an envelope `{ "v": <schema version>, "data": <value> }`.
 * A codec knows the current version, how to bring older versions up to it, and the schema the
 * result must satisfy. Reading goes through `decode`, which never throws: data it cannot read
 * comes back as a failure with a reason, and the caller keeps the raw text aside.
 */
export interface Codec<T> {
  /** What the data is, for messages: "release runs". */
  label: string;
  version: number;
  schema: ZodType<T>;
  /** `migrations[n]` turns the data of version n into version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>;
  empty: () => T;
}

export type Decoded<T> =
  | { ok: true; value: T; migratedFrom?: number }
  | { ok: false; value: T; reason: string };

export function encode<T>(codec: Codec<T>, value: T): string {
  return JSON.stringify({ v: codec.version, data: value });
}

function describeIssues(error: { issues: { path: (string | number)[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Parse, migrate and validate a stored value. Absent (`null`/`undefined`) is the empty value. */
export function decode<T>(codec: Codec<T>, raw: string | null | undefined): Decoded<T> {
  if (raw === null || raw === undefined) return { ok: true, value: codec.empty() };
  const fail = (reason: string): Decoded<T> => ({ ok: false, value: codec.empty(), reason: `The saved ${codec.label} ${reason}` });
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
    const { v } = parsed as { v: unknown };
    let data = (parsed as { data: unknown }).data;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail(`have an unknown schema version (${String(v)}).`);
    if (v > codec.version) return fail(`were saved by a newer version of this site (schema ${v}; this one reads up to ${codec.version}).`);
    for (let version = v; version < codec.version; version += 1) {
      const migrate = codec.migrations[version];
      if (!migrate) return fail(`have schema version ${version}, which has no migration.`);
      data = migrate(data);
    }
    const result = codec.schema.safeParse(data);
    if (!result.success) return fail(`do not match the expected shape (${describeIssues(result.error)}).`);
    return v < codec.version ? { ok: true, value: result.data, migratedFrom: v } : { ok: true, value: result.data };
  } catch (error) {
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}
