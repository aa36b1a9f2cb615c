import { describe, expect, it } from 'vitest';
import {
  exportWarnings,
  fieldProblems,
  notesProblems,
} from '../../../src/lib/release-notes/release-notes-problems.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

const fields = [
  'Release name / number:',
  'Date:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
  'Known issues:',
  'Documentation links:',
].map((label) => deriveField(label));
const field = (id: string) => fields.find((candidate) => candidate.id === id)!;
const minor = { type: 'minor', version: '2.4.0' } as const;
const major = { type: 'major', version: '2.4.0' } as const;

describe('fieldProblems', () => {
  it('asks for the required fields by name', () => {
    expect(fieldProblems(field('release-name-number'), '', minor)).toEqual({
      error: 'Release name / number is required.',
    });
    expect(fieldProblems(field('date'), undefined, minor)).toEqual({ error: 'Date is required.' });
    expect(fieldProblems(field('summary'), ' \n ', minor)).toEqual({
      error: 'Summary is required.',
    });
    expect(fieldProblems(field('notable-changes'), '', minor)).toEqual({});
  });

  it('checks dates', () => {
    expect(fieldProblems(field('date'), '2026-11-26', minor)).toEqual({});
    expect(fieldProblems(field('date'), '2026-02-30', minor)).toEqual({
      error: 'Enter the date as YYYY-MM-DD, such as 2026-11-26.',
    });
    expect(fieldProblems(field('date'), 'tomorrow', minor).error).toMatch(/YYYY-MM-DD/);
  });

  it('warns when a major release has no migration steps', () => {
    expect(fieldProblems(field('migration-steps'), '', major)).toEqual({
      warning:
        'This is a major release: list the migration steps, or write “None” if users need to do nothing.',
    });
    expect(fieldProblems(field('migration-steps'), 'None', major)).toEqual({});
    expect(fieldProblems(field('migration-steps'), '', minor)).toEqual({});
  });

  it('names the lines of a links field that are not http(s) links', () => {
    const value =
      'Guide — https://docs.example/guide\nEvil — javascript:alert(1)\n\nwww.example.com\n' +
      'x'.repeat(80);
    expect(fieldProblems(field('documentation-links'), value, minor)).toEqual({
      error:
        'Write each link as “Title — https://…” or a bare https:// address. Not a link: ' +
        'line 2 (“Evil — javascript:alert(1)”): only http:// and https:// addresses can be links; ' +
        'line 3 (“www.example.com”): start the address with https://; ' +
        `line 4 (“${'x'.repeat(39)}…”): it has no https:// address at the end.`,
    });
    expect(fieldProblems(field('documentation-links'), 'a\nb\nc\nd\ne', minor).error).toMatch(
      /; and 2 more\.$/,
    );
  });
});

describe('notesProblems', () => {
  it('lists only the fields with problems', () => {
    expect(
      notesProblems(fields, { 'release-name-number': '2.4.0', date: '2026-11-26' }, major),
    ).toEqual({
      summary: { error: 'Summary is required.' },
      'migration-steps': {
        warning:
          'This is a major release: list the migration steps, or write “None” if users need to do nothing.',
      },
    });
  });
});

describe('a version other than the run’s', () => {
  it('is pointed out on the release field, and not when the versions agree or none is written', () => {
    expect(fieldProblems(field('release-name-number'), 'Aurora 2.4.0-rc.1', minor)).toEqual({
      warning:
        'These notes are for 2.4.0-rc.1, but the current run is 2.4.0. The download is named after 2.4.0-rc.1.',
    });
    expect(fieldProblems(field('release-name-number'), 'Aurora v2.4.0', minor)).toEqual({});
    expect(fieldProblems(field('release-name-number'), 'Aurora', minor)).toEqual({});
    // Another field may name any version it likes.
    expect(fieldProblems(field('summary'), 'Upgrade from 2.3.0 first.', minor)).toEqual({});
  });
});

describe('exportWarnings', () => {
  it('asks about link lines that are not links and a version other than the run’s, in the template’s order', () => {
    const draft = {
      'release-name-number': 'Aurora 2.4.0-rc.1',
      'documentation-links': 'Evil — javascript:alert(1)',
      date: 'soon',
    };
    const problems = notesProblems(fields, draft, major);
    expect(exportWarnings(fields, problems)).toEqual([
      { field: field('release-name-number'), message: problems['release-name-number']!.warning },
      { field: field('documentation-links'), message: problems['documentation-links']!.error },
    ]);
    expect(problems['documentation-links']!.error).toMatch(/^Write each link as/);
    // The date is flagged by the form, and exported as typed: nothing the export hides.
    expect(problems.date!.error).toMatch(/YYYY-MM-DD/);
  });

  it('has nothing to ask of notes that are only unfinished', () => {
    const draft = {
      'release-name-number': 'Aurora 2.4.0',
      'documentation-links': 'Guide — https://docs.example/guide',
    };
    const problems = notesProblems(fields, draft, major);
    expect(Object.keys(problems)).toEqual(['date', 'summary', 'migration-steps']);
    expect(exportWarnings(fields, problems)).toEqual([]);
  });
});
