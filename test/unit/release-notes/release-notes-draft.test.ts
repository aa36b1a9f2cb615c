import { withRunVersion } from '../../../src/lib/release-notes/notes-run-version.ts';
import { describe, expect, it } from 'vitest';
import {
  notesVersion,
  prefilledDraft,
  releaseLabel,
  releaseNotesFileName,
  versionInText,
  withVersion,
} from '../../../src/lib/release-notes/release-notes-draft.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';
import { RUN } from '../../fixtures/release-work.ts';

const fields = ['Release name / number:', 'Date:', 'Summary:', 'Known issues:'].map((label) =>
  deriveField(label),
);

describe('prefilledDraft', () => {
  it('names the run in the release field and puts today in date fields', () => {
    expect(prefilledDraft(fields, { ...RUN, name: 'Aurora' }, '2026-11-26')).toEqual({
      'release-name-number': 'Aurora 2.4.0',
      date: '2026-11-26',
    });
    expect(prefilledDraft(fields, RUN, '2026-11-26')).toEqual({
      'release-name-number': '2.4.0',
      date: '2026-11-26',
    });
  });

  it('names a run by its version when its name is blank', () => {
    expect(releaseLabel({ version: '1.0.0', name: '  ' })).toBe('1.0.0');
  });
});

describe('versions in the release field', () => {
  it('finds the version written in the text', () => {
    expect(versionInText('Aurora 2.4.0')).toBe('2.4.0');
    expect(versionInText('v3.0.0-rc.1 (Borealis)')).toBe('3.0.0-rc.1');
    expect(versionInText('Aurora')).toBeUndefined();
    expect(versionInText('build 1.2.3.4')).toBeUndefined();
  });

  it('replaces the version, or adds it after the name', () => {
    expect(withVersion('Aurora 2.4.0', '2.5.0')).toBe('Aurora 2.5.0');
    expect(withVersion('Aurora', '2.5.0')).toBe('Aurora 2.5.0');
    expect(withVersion(' ', '2.5.0')).toBe('2.5.0');
  });

  it('names the notes after the version in the release field, else the run version', () => {
    expect(notesVersion(fields, { 'release-name-number': 'Aurora 2.5.0' }, RUN)).toBe('2.5.0');
    expect(notesVersion(fields, { 'release-name-number': 'Aurora' }, RUN)).toBe('2.4.0');
    expect(notesVersion([], {}, RUN)).toBe('2.4.0');
  });
});

describe('withRunVersion', () => {
  it('gives the title line the run’s version when the release field names none', () => {
    const typed = { 'release-name-number': 'Spring release', summary: 'Faster' };
    expect(withRunVersion(fields, typed, RUN)).toEqual({
      'release-name-number': 'Spring release 2.4.0',
      summary: 'Faster',
    });
    expect(withRunVersion(fields, {}, RUN)).toEqual({ 'release-name-number': '2.4.0' });
    const versioned = { 'release-name-number': 'Aurora 2.5.0' };
    expect(withRunVersion(fields, versioned, RUN)).toBe(versioned);
    expect(withRunVersion([], typed, RUN)).toBe(typed);
    expect(withRunVersion(fields, typed, { version: '' })).toBe(typed);
  });
});

describe('releaseNotesFileName', () => {
  it('names the file after the version of the notes', () => {
    expect(releaseNotesFileName(fields, { 'release-name-number': 'Aurora 2.4.0' }, RUN)).toBe(
      'release-notes-2.4.0.md',
    );
    expect(
      releaseNotesFileName(fields, { 'release-name-number': 'Borealis 3.0.0-rc.1' }, RUN),
    ).toBe('release-notes-3.0.0-rc.1.md');
    expect(releaseNotesFileName(fields, { 'release-name-number': '../../etc' }, RUN)).toBe(
      'release-notes-2.4.0.md',
    );
  });
});
