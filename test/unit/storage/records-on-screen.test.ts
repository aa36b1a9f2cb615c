import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  recordsOnScreenSchema,
  replaceOrAppend,
} from '../../../src/lib/storage/records-on-screen.ts';

const Record = v.object({ id: v.string(), n: v.number() });

describe('recordsOnScreenSchema', () => {
  it('reads the records under their key and the id on screen, which may be absent', () => {
    const schema = recordsOnScreenSchema('runs', Record);
    expect(v.parse(schema, { runs: [{ id: 'a', n: 1 }], currentId: 'a' })).toEqual({
      runs: [{ id: 'a', n: 1 }],
      currentId: 'a',
    });
    expect(v.parse(schema, { runs: [] })).toEqual({ runs: [] });
    expect(v.safeParse(schema, { incidents: [] }).success).toBe(false);
    expect(v.safeParse(schema, { runs: [{ id: 'a' }] }).success).toBe(false);
  });
});

describe('replaceOrAppend', () => {
  it('appends a new record and replaces one with the same id in its place', () => {
    const records = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    expect(replaceOrAppend(records, { id: 'c', n: 3 })).toEqual([...records, { id: 'c', n: 3 }]);
    expect(replaceOrAppend(records, { id: 'a', n: 9 })).toEqual([
      { id: 'a', n: 9 },
      { id: 'b', n: 2 },
    ]);
    expect(records[0]).toEqual({ id: 'a', n: 1 });
  });
});
