import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checklistsCodec } from '../../../src/lib/checklist/checklist-state.ts';
import { identityCodec } from '../../../src/lib/identity/identity.ts';
import { incidentsCodec } from '../../../src/lib/incident/incident.ts';
import { releaseNotesCodec } from '../../../src/lib/release-notes/release-notes-draft.ts';
import { releasesCodec } from '../../../src/lib/releases/release-run.ts';
import { decode, defineCodec, encode, type Codec } from '../../../src/lib/storage/envelope.ts';

const fixture = (name: string) =>
  readFile(new URL(`../../fixtures/storage/${name}`, import.meta.url), 'utf8');

const CODECS = {
  releases: releasesCodec,
  checklists: checklistsCodec,
  identity: identityCodec,
  'release-notes': releaseNotesCodec,
  incidents: incidentsCodec,
} as Record<string, Codec<unknown>>;

describe('stored fixtures of each schema version', () => {
  for (const [name, codec] of Object.entries(CODECS)) {
    for (let version = 1; version <= codec.version; version += 1) {
      it(`reads ${name} v${version} and writes it back as the current version`, async () => {
        const raw = await fixture(`${name}.v${version}.json`);
        const result = decode(codec, raw);
        expect(result.ok, result.ok ? '' : result.reason).toBe(true);
        const again = decode(codec, encode(codec, result.value));
        expect(again).toEqual({ ok: true, value: result.value });
        if (version === codec.version) expect(result.value).toEqual(JSON.parse(raw).data);
      });
    }
  }
});

describe('decode', () => {
  const counter: Codec<{ count: number }> = {
    label: 'counter',
    version: 3,
    schema: v.object({ count: v.pipe(v.number(), v.integer()) }),
    migrations: {
      1: (data) => ({ total: Number((data as { n: string }).n) }),
      2: (data) => ({ count: (data as { total: number }).total }),
    },
    empty: () => ({ count: 0 }),
  };

  it('reads absent data as empty', () => {
    expect(decode(counter, null)).toEqual({ ok: true, value: { count: 0 } });
    expect(decode(counter, undefined)).toEqual({ ok: true, value: { count: 0 } });
  });

  it('migrates old versions step by step', () => {
    expect(decode(counter, '{"v":1,"data":{"n":"7"}}')).toEqual({
      ok: true,
      value: { count: 7 },
      migratedFrom: 1,
    });
    expect(decode(counter, '{"v":2,"data":{"total":8}}')).toEqual({
      ok: true,
      value: { count: 8 },
      migratedFrom: 2,
    });
  });

  it.each([
    ['not json', 'The saved counter are not valid JSON.'],
    ['[1,2]', 'The saved counter are not in the expected { v, data } envelope.'],
    ['{"count":3}', 'The saved counter are not in the expected { v, data } envelope.'],
    ['{"v":"1","data":{}}', 'The saved counter have an unknown schema version (1).'],
    [
      '{"v":9,"data":{}}',
      'The saved counter were saved by a newer version of this site (schema 9; this one reads up to 3).',
    ],
    [
      '{"v":3,"data":{"count":"x"}}',
      'The saved counter do not match the expected shape (count: Invalid type: Expected number but received "x").',
    ],
    ['{"v":1,"data":null}', 'The saved counter could not be read'],
  ])('explains why %s cannot be read, and falls back to empty', (raw, reason) => {
    const result = decode(counter, raw);
    expect(result.ok).toBe(false);
    expect(result.value).toEqual({ count: 0 });
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('never throws, whatever is stored', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((value) => JSON.stringify({ v: 1, data: value }) ?? ''),
      fc
        .anything()
        .map((value) => JSON.stringify({ v: fc.sample(fc.integer(), 1)[0], data: value }) ?? ''),
    );
    fc.assert(
      fc.property(anything, (raw) => {
        for (const codec of [...Object.values(CODECS), counter]) {
          const result = decode(codec as Codec<unknown>, raw);
          expect(v.safeParse(codec.schema, result.value).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('defineCodec', () => {
  it('makes a codec at version 1 with nothing to migrate, unless given a history', () => {
    const schema = v.object({ names: v.array(v.string()) });
    const first = defineCodec('names', schema, () => ({ names: [] }));
    expect(first).toMatchObject({ label: 'names', version: 1, migrations: {} });
    expect(first.empty()).toEqual({ names: [] });
    const second = defineCodec('names', schema, () => ({ names: [] }), {
      version: 2,
      migrations: { 1: (data) => ({ names: data }) },
    });
    expect(decode(second, JSON.stringify({ v: 1, data: ['a'] }))).toEqual({
      ok: true,
      value: { names: ['a'] },
      migratedFrom: 1,
    });
  });
});
