import { describe, expect, it } from 'vitest';
import { undoOfClear, undoOfImport } from '../../../src/lib/release-notes/notes-undo.ts';

const DRAFT = { summary: 'Faster exports', 'notable-changes': '- Export as PDF' };

describe('undoing a release-notes change', () => {
  it('gives back the cleared draft, and offers nothing when none was saved', () => {
    expect(undoOfClear('run-1', DRAFT)).toEqual({
      runId: 'run-1',
      draft: DRAFT,
      message: 'The draft was cleared.',
    });
    expect(undoOfClear('run-1', undefined)).toBeUndefined();
  });

  it('gives back the draft before an import, counting the changes in the right number', () => {
    expect(undoOfImport('run-1', DRAFT, { added: 1, migrationAdded: 0 }, 'Migration')).toEqual({
      runId: 'run-1',
      draft: DRAFT,
      message: 'Imported 1 change.',
    });
    expect(undoOfImport('run-1', undefined, { added: 3, migrationAdded: 0 }, undefined)).toEqual({
      runId: 'run-1',
      draft: undefined,
      message: 'Imported 3 changes.',
    });
  });

  it('says where the breaking changes went to be completed', () => {
    expect(
      undoOfImport('run-1', DRAFT, { added: 4, migrationAdded: 2 }, 'Migration steps').message,
    ).toBe('Imported 4 changes and 2 to complete in Migration steps.');
  });
});
