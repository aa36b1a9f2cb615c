import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toString as mdastToString } from 'mdast-util-to-string';
import { listEntries } from '../../../../src/lib/release-notes/field-values.ts';
import { inlineMarkdown } from '../../../../src/lib/release-notes/inline-markdown.ts';
import {
  migrationStepLines,
  notableChangeLines,
  updateListField,
} from '../../../../src/lib/release-notes/changes/notable-changes-lines.ts';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';

const LOG = [
  'a1b2c3d feat(api)!: remove the v1 endpoints (#12)',
  'b2c3d4e fix: crash on start (#14)',
  'c3d4e5f Update the footer',
  'd4e5f6a docs(guide): explain rollbacks',
  'e5f6a7b feat: add export (#20)',
].join('\n');

describe('notableChangeLines', () => {
  it('writes one line per entry, group by group, with label, scope, breaking mark and refs', () => {
    expect(notableChangeLines(parseChanges(LOG))).toEqual([
      'Feature: *(api)* Remove the v1 endpoints (breaking) (#12)',
      'Feature: Add export (#20)',
      'Fix: Crash on start (#14)',
      'Docs: *(guide)* Explain rollbacks',
      'Update the footer',
    ]);
  });

  it('leaves out labels and scopes when asked', () => {
    expect(notableChangeLines(parseChanges(LOG), { groupLabels: false, scopes: 'drop' })).toEqual([
      'Remove the v1 endpoints (breaking) (#12)',
      'Add export (#20)',
      'Crash on start (#14)',
      'Explain rollbacks',
      'Update the footer',
    ]);
  });

  it('writes a scope as git-cliff does, emphasised in parentheses, its Markdown characters kept as typed', () => {
    const lines = notableChangeLines(
      parseChanges(
        'a1b2c3d feat(tracing): migrate logging to tracing (#1488)\nb2c3d4e fix(a*b_[c]): x',
      ),
    );
    expect(lines).toEqual([
      'Feature: *(tracing)* Migrate logging to tracing (#1488)',
      'Fix: *(a\\*b\\_\\[c\\])* X',
    ]);
    const read = inlineMarkdown(lines[1]!);
    expect(read[1]).toMatchObject({ type: 'emphasis' });
    expect(mdastToString({ type: 'paragraph', children: read })).toBe('Fix: (a*b_[c]) X');
  });

  it('gives lines that the list field reads back as exactly one entry each', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const lines = notableChangeLines(parseChanges(text));
        expect(listEntries(lines.join('\n'))).toHaveLength(lines.length);
      }),
    );
  });
});

describe('migrationStepLines', () => {
  it('drafts a step per breaking change, from its footer when it has one', () => {
    const changes = parseChanges(
      'commit a1b2c3d\nAuthor: A <a@b>\n\n    feat(sync)!: version 2 (#30)\n\n    BREAKING CHANGE: old clients cannot sync.\n\ncommit b2c3d4e\nAuthor: A <a@b>\n\n    fix!: drop the --legacy flag\n',
    );
    expect(migrationStepLines(changes)).toEqual([
      'To complete: *(sync)* old clients cannot sync. (#30)',
      'To complete: Drop the --legacy flag',
    ]);
    expect(migrationStepLines(parseChanges('feat: nothing breaks'))).toEqual([]);
  });
});

describe('updateListField', () => {
  const lines = ['Feature: Add export (#20)', 'Fix: Crash on start (#14)'];

  it('replaces the field with the lines', () => {
    expect(updateListField('- Old entry\n', lines, 'replace')).toEqual({
      value: lines.join('\n'),
      added: 2,
      alreadyThere: 0,
    });
  });

  it('appends after the writer’s text, kept as typed, only the lines not there yet', () => {
    expect(
      updateListField('- Dark theme  \n* fix: crash ON start (#14)\n\n', lines, 'append'),
    ).toEqual({
      value: '- Dark theme  \n* fix: crash ON start (#14)\nFeature: Add export (#20)',
      added: 1,
      alreadyThere: 1,
    });
    expect(updateListField('- Feature:  add export (#20)', lines, 'append')).toEqual({
      value: '- Feature:  add export (#20)\nFix: Crash on start (#14)',
      added: 1,
      alreadyThere: 1,
    });
    expect(updateListField('', lines, 'append').value).toBe(lines.join('\n'));
  });

  it('adds nothing the second time the same lines are appended', () => {
    const once = updateListField('Typed by hand', lines, 'append');
    expect(updateListField(once.value, lines, 'append')).toEqual({
      value: once.value,
      added: 0,
      alreadyThere: 2,
    });
  });
});
