/**
 * Release runs and incidents are stored alike: a list of records, each with an id, and the id of
 * the one on screen. One schema and one way to add or replace a record, so that both read alike.
 */
import * as v from 'valibot';

type OnScreenEntries<K extends string, S extends v.GenericSchema> = {
  [P in K]: v.ArraySchema<S, undefined>;
} & {
  /** The record on screen. */
  currentId: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
};

/** `{ "<key>": [records…], "currentId": "…" }` */
export function recordsOnScreenSchema<const K extends string, S extends v.GenericSchema>(
  key: K,
  record: S,
) {
  const entries = { [key]: v.array(record), currentId: v.optional(v.string()) } as OnScreenEntries<
    K,
    S
  >;
  return v.object(entries);
}

/** The records with one added at the end, or put in the place of the one with its id. */
export function replaceOrAppend<T extends { id: string }>(records: readonly T[], record: T): T[] {
  return records.some((existing) => existing.id === record.id)
    ? records.map((existing) => (existing.id === record.id ? record : existing))
    : [...records, record];
}
