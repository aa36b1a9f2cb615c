import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../../src/lib/release-notes/changes/apply-import.ts';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';
import { importTargets } from '../../../../src/lib/release-notes/import-targets.ts';
import { deriveField } from '../../../../src/lib/release-notes/release-notes-template.ts';

const LABELS = [
  'Release name / number:',
  'Summary:',
  'Notable changes:',
  'Migration steps (if any):',
  'Known issues:',
];
const fields = LABELS.map((label) => deriveField(label));
const targets = importTargets(fields)!;

const LOG = [
  'a1b2c3d feat(api)!: drop the v1 endpoints (#12)',
  'b2c3d4e fix: keep the cursor on undo (#14)',
  'c3d4e5f chore(deps): bump vite from 5.0.0 to 5.1.0',
].join('\n');

describe('importTargets', () => {
  it('finds the list of changes and the migration steps by their titles', () => {
    expect(targets.changes.title).toBe('Notable changes');
    expect(targets.migration?.title).toBe('Migration steps');
  });

  it('offers nothing without a list field of changes, and no migration target without a migration list', () => {
    expect(importTargets([deriveField('Summary:'), deriveField('Known issues:')])).toBeUndefined();
    expect(importTargets([deriveField('Changes:')])).toEqual({ changes: deriveField('Changes:') });
  });
});

describe('applyImport', () => {
  it('appends the changes after what was typed, and drafts a migration step per breaking change', () => {
    const applied = applyImport(
      { summary: 'Kept', 'notable-changes': 'Typed by hand' },
      targets,
      parseChanges(LOG),
      'append',
    );
    expect(applied.draft).toEqual({
      summary: 'Kept',
      'notable-changes':
        'Typed by hand\nFeature: *(api)* Drop the v1 endpoints (breaking) (#12)\nFix: Keep the cursor on undo (#14)',
      'migration-steps': 'To complete: *(api)* Drop the v1 endpoints (#12)',
    });
    expect(applied).toMatchObject({ added: 2, alreadyThere: 0, migrationAdded: 1, bump: 'major' });
  });

  it('replaces the list of changes on request, but never the migration steps already written', () => {
    const applied = applyImport(
      { 'notable-changes': 'Old', 'migration-steps': 'Run the script' },
      targets,
      parseChanges(LOG),
      'replace',
    );
    expect(applied.draft['notable-changes']).toBe(
      'Feature: *(api)* Drop the v1 endpoints (breaking) (#12)\nFix: Keep the cursor on undo (#14)',
    );
    expect(applied.draft['migration-steps']).toBe(
      'Run the script\nTo complete: *(api)* Drop the v1 endpoints (#12)',
    );
  });

  it('adds nothing twice when the same log is imported again, and leaves an untouched migration field out', () => {
    const once = applyImport(
      {},
      targets,
      parseChanges('b2c3d4e fix: keep the cursor on undo (#14)'),
      'append',
    );
    expect(once.draft).toEqual({ 'notable-changes': 'Fix: Keep the cursor on undo (#14)' });
    expect(once.bump).toBe('patch');
    const twice = applyImport(
      once.draft,
      targets,
      parseChanges('b2c3d4e fix: keep the cursor on undo (#14)'),
      'append',
    );
    expect(twice).toMatchObject({ added: 0, alreadyThere: 1, draft: once.draft });
  });
});
