import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  createBackup,
  describeRunChanges,
  readBackup,
} from '../../../src/lib/backup/backup.ts';
import { checklistsCodec } from '../../../src/lib/checklist/checklist-state.ts';
import { releasesCodec } from '../../../src/lib/releases/release-run.ts';

const documents = [
  { key: 'octoacme-rg:v1:releases', codec: releasesCodec },
  { key: 'octoacme-rg:v1:checklists', codec: checklistsCodec },
];
const fixture = async (name: string) =>
  JSON.parse(await readFile(new URL(`../../fixtures/storage/${name}`, import.meta.url), 'utf8'))
    .data;

describe('backup', () => {
  it('round-trips every document through a backup file', async () => {
    const releases = await fixture('releases.v1.json');
    const checklists = await fixture('checklists.v1.json');
    const text = createBackup(
      [
        { ...documents[0]!, value: releases },
        { ...documents[1]!, value: checklists },
      ],
      new Date('2026-11-26T16:05:00.000Z'),
    );
    expect(JSON.parse(text)).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-11-26T16:05:00.000Z',
    });
    const reading = readBackup(text, documents);
    expect(reading).toEqual({
      ok: true,
      exportedAt: '2026-11-26T16:05:00.000Z',
      values: new Map<string, unknown>([
        ['octoacme-rg:v1:releases', releases],
        ['octoacme-rg:v1:checklists', checklists],
      ]),
      ignored: [],
    });
  });

  it.each([
    ['not json at all', 'This file is not a backup of the release guide: it is not JSON.'],
    [
      '{"name":"some-package","version":"1.0.0"}',
      'This file is not a backup of the release guide (it was not made by “Download backup”).',
    ],
    [
      `{"format":"${BACKUP_FORMAT}","version":2,"documents":{}}`,
      'This backup was made by a newer version of the site (backup format 2). Update the site, then restore.',
    ],
    [`{"format":"${BACKUP_FORMAT}","version":1}`, 'This backup has no documents in it.'],
    [
      `{"format":"${BACKUP_FORMAT}","version":1,"documents":{"other":{}}}`,
      'This backup holds nothing this site can restore.',
    ],
    [
      `{"format":"${BACKUP_FORMAT}","version":1,"documents":{"octoacme-rg:v1:releases":{"v":1,"data":{"runs":[{"id":"x","version":"two"}]}}}}`,
      'This backup cannot be restored: its release runs do not match the expected shape',
    ],
  ])('refuses %s with a clear message', (text, message) => {
    const reading = readBackup(text, documents);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toContain(message);
  });

  it('lists parts it does not know instead of failing on them', () => {
    const text = `{"format":"${BACKUP_FORMAT}","version":1,"documents":{"octoacme-rg:v1:releases":{"v":1,"data":{"runs":[]}},"octoacme-rg:v9:future":{}}}`;
    const reading = readBackup(text, documents);
    expect(reading.ok && reading.ignored).toEqual(['octoacme-rg:v9:future']);
  });

  it('says which runs a restore adds, replaces and removes', () => {
    const current = [
      { id: 'a', version: '1.0.0' },
      { id: 'b', version: '1.1.0' },
    ];
    const restored = [
      { id: 'b', version: '1.1.0' },
      { id: 'c', version: '2.0.0' },
    ];
    expect(describeRunChanges(current, restored)).toEqual({
      added: ['2.0.0'],
      replaced: ['1.1.0'],
      removed: ['1.0.0'],
    });
  });
});
