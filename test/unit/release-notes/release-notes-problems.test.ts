import { describe, expect, it } from 'vitest';
import { fieldProblems, notesProblems } from '../../../src/lib/release-notes/release-notes-problems.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

const fields = ['Release name / number:', 'Date:', 'Summary:', 'Notable changes:', 'Migration steps (if any):', 'Known issues:', 'Documentation links:'].map(
  (label) => deriveField(label),
);
const field = (id: string) => fields.find((candidate) => candidate.id === id)!;
const minor = { type: 'minor' } as const;
const major = { type: 'major' } as const;

describe('fieldProblems', () => {
  it('asks for the required fields by name', () => {
    expect(fieldProblems(field('release-name-number'), '', minor)).toEqual({ error: 'Release name / number is required.' });
    expect(fieldProblems(field('date'), undefined, minor)).toEqual({ error: 'Date is required.' });
    expect(fieldProblems(field('summary'), ' \n ', minor)).toEqual({ error: 'Summary is required.' });
    expect(fieldProblems(field('notable-changes'), '', minor)).toEqual({});
  });

  it('checks dates', () => {
    expect(fieldProblems(field('date'), '2026-11-26', minor)).toEqual({});
    expect(fieldProblems(field('date'), '2026-02-30', minor)).toEqual({ error: 'Enter the date as YYYY-MM-DD, such as 2026-11-26.' });
    expect(fieldProblems(field('date'), 'tomorrow', minor).error).toMatch(/YYYY-MM-DD/);
  });

  it('warns when a major release has no migration steps', () => {
    expect(fieldProblems(field('migration-steps'), '', major)).toEqual({
      warning: 'This is a major release: list the migration steps, or write “None” if users need to do nothing.',
    });
    expect(fieldProblems(field('migration-steps'), 'None', major)).toEqual({});
    expect(fieldProblems(field('migration-steps'), '', minor)).toEqual({});
  });

  it('names the lines of a links field that are not http(s) links', () => {
    const value = 'Guide — https://docs.example/guide\nEvil — javascript:alert(1)\n\nwww.example.com\n' + 'x'.repeat(80);
    expect(fieldProblems(field('documentation-links'), value, minor)).toEqual({
      error:
        'Write each link as “Title — https://…” or a bare https:// address. Not a link: ' +
        'line 2 (“Evil — javascript:alert(1)”): only http:// and https:// addresses can be links; ' +
        'line 3 (“www.example.com”): start the address with https://; ' +
        `line 4 (“${'x'.repeat(39)}…”): it has no https:// address at the end.`,
    });
    expect(fieldProblems(field('documentation-links'), 'a\nb\nc\nd\ne', minor).error).toMatch(/; and 2 more\.$/);
  });
});

describe('notesProblems', () => {
  it('lists only the fields with problems', () => {
    expect(notesProblems(fields, { 'release-name-number': '2.4.0', date: '2026-11-26' }, major)).toEqual({
      summary: { error: 'Summary is required.' },
      'migration-steps': { warning: 'This is a major release: list the migration steps, or write “None” if users need to do nothing.' },
    });
  });
});
