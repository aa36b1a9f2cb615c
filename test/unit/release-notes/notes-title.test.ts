import { describe, expect, it } from 'vitest';
import { notesTitle, splitRelease } from '../../../src/lib/release-notes/release-notes-sections.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

const fields = ['Release name / number:', 'Date:', 'Summary:', 'Code freeze date:'].map((label) =>
  deriveField(label),
);

describe('notesTitle', () => {
  it('reads as release notes: the version, the name and the date', () => {
    expect(
      notesTitle(fields, {
        'release-name-number': 'Aurora 2.4.0',
        date: '2026-12-01',
        'code-freeze-date': '2026-11-20',
      }),
    ).toBe('Release 2.4.0 — Aurora · 2026-12-01');
  });

  it('says as much as is written', () => {
    expect(notesTitle(fields, { 'release-name-number': '2.4.0-rc.1' })).toBe('Release 2.4.0-rc.1');
    expect(notesTitle(fields, { 'release-name-number': 'Aurora' })).toBe('Release notes — Aurora');
    expect(notesTitle(fields, { date: ' 2026-12-01 ' })).toBe('Release notes · 2026-12-01');
    expect(notesTitle(fields, {})).toBe('Release notes');
    expect(notesTitle([deriveField('Summary:')], { summary: 'x' })).toBe('Release notes');
  });

  it('keeps the line one line, whatever was typed', () => {
    expect(
      notesTitle(fields, {
        'release-name-number': 'Aurora\n\n2.4.0\u2028beta',
        date: '2026-12-01\n# x',
      }),
    ).toBe('Release 2.4.0 — Aurora beta · 2026-12-01 # x');
  });
});

describe('splitRelease', () => {
  it.each([
    ['Aurora 2.4.0', { name: 'Aurora', version: '2.4.0' }],
    ['Aurora v2.4.0', { name: 'Aurora', version: '2.4.0' }],
    ['Aurora (2.4.0)', { name: 'Aurora', version: '2.4.0' }],
    ['Aurora — 2.4.0', { name: 'Aurora', version: '2.4.0' }],
    ['Release 2.4.0', { name: '', version: '2.4.0' }],
    ['2.4.0 Aurora', { name: 'Aurora', version: '2.4.0' }],
    ['Aurora', { name: 'Aurora' }],
    ['Aurora 2.4', { name: 'Aurora 2.4' }],
  ])('reads "%s"', (value, expected) => {
    expect(splitRelease(value)).toEqual(expected);
  });
});
