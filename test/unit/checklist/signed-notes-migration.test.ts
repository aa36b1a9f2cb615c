// Checklist progress version 2 signs notes; version 1 data is read with its notes kept, unsigned.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checklistsCodec,
  signedNotesFromVersion1,
} from '../../../src/lib/checklist/checklist-state.ts';
import { decode, encode } from '../../../src/lib/storage/envelope.ts';

const version1 = readFileSync('test/fixtures/storage/checklists.v1.json', 'utf8');

describe('checklist progress from version 1 to 2', () => {
  it('keeps every state and note of a version 1 document, and signs no note', () => {
    const result = decode(checklistsCodec, version1);
    expect(result).toEqual({ ok: true, value: JSON.parse(version1).data, migratedFrom: 1 });
    const note = result.value['0b8f']?.['pre-release']?.['passing-ci-and-security-scans'];
    expect(note).toEqual({
      status: 'open',
      at: '2026-11-26T10:00:00.000Z',
      note: 'flaky scan, rerun',
    });
  });

  it('drops a signature found in version 1 data: that version never wrote one', () => {
    const forged = {
      run: {
        deployment: {
          smoke: {
            status: 'open',
            note: 'n',
            noteAt: '2026-11-26T10:00:00.000Z',
            noteBy: 'Mallory',
          },
        },
      },
    };
    expect(signedNotesFromVersion1(forged)).toEqual({
      run: { deployment: { smoke: { status: 'open', note: 'n' } } },
    });
    expect(decode(checklistsCodec, JSON.stringify({ v: 1, data: forged })).value).toEqual({
      run: { deployment: { smoke: { status: 'open', note: 'n' } } },
    });
  });

  it('leaves data of the wrong shape for the schema to refuse, with the reason', () => {
    expect(signedNotesFromVersion1(['x'])).toEqual(['x']);
    const result = decode(
      checklistsCodec,
      JSON.stringify({ v: 1, data: { run: { deployment: { smoke: 'done' } } } }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain('do not match the expected shape');
  });

  it('writes version 2, with the signature of a note', () => {
    const signed = {
      run: {
        deployment: {
          smoke: {
            status: 'open' as const,
            note: 'n',
            noteAt: '2026-11-26T10:00:00.000Z',
            noteBy: 'Lee',
          },
        },
      },
    };
    const raw = encode(checklistsCodec, signed);
    expect(JSON.parse(raw).v).toBe(2);
    expect(decode(checklistsCodec, raw)).toEqual({ ok: true, value: signed });
  });

  it('is refused by a reader of version 1, instead of losing the signatures', () => {
    const versionOneReader = { ...checklistsCodec, version: 1, migrations: {} };
    const result = decode(versionOneReader, encode(checklistsCodec, {}));
    expect(result.ok).toBe(false);
  });
});
