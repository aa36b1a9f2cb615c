import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWords } from '../../../../src/lib/markdown/markdown-text.ts';
import {
  allEntries,
  KEEPABLE_REASONS,
  type ChangeFormat,
  type ParsedChanges,
} from '../../../../src/lib/release-notes/changes/change-groups.ts';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';

/**
 * The accounting every format keeps: each subject line of the input is in exactly one entry of exactly
 * one group, or left out exactly once; no other line is in either. What a subject line is, per format:
 * - git-oneline: every line that starts with a hash;
 * - git-log: the first non-blank message line after each commit's headers;
 * - github-release-notes: every bullet under "What's Changed" (not under "New Contributors");
 * - changesets: the first non-blank line after each front matter;
 * - title-list: every line that is not blank, a heading or punctuation only.
 */
function accounting(changes: ParsedChanges): Map<number, number> {
  const seen = new Map<number, number>();
  const count = (line: number) => seen.set(line, (seen.get(line) ?? 0) + 1);
  for (const entry of allEntries(changes)) entry.lines.forEach(count);
  for (const change of changes.leftOut) count(change.line);
  return seen;
}

function expectAccounted(
  changes: ParsedChanges,
  format: ChangeFormat,
  subjectLines: readonly number[],
): void {
  expect(changes.format).toBe(format);
  const seen = accounting(changes);
  expect([...seen.keys()].sort((a, b) => a - b)).toEqual([...subjectLines].sort((a, b) => a - b));
  expect([...seen.values()].every((times) => times === 1)).toBe(true);
}

/** One line of any text: what a subject may hold once the format has put it on its line. */
const oneLineText = fc
  .string({ unit: 'binary', maxLength: 60 })
  .map((value) => value.replace(/[\n\r\u2028\u2029]/g, ' '));
const subjectText = oneLineText.filter((value) => value.trim() !== '');
const hash = fc.stringMatching(/^[0-9a-f]{6}[0-9]$/);

describe('parseChanges never loses a subject line', () => {
  it('git log --oneline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hash, oneLineText), { minLength: 1, maxLength: 30 }),
        (commits) => {
          const text = commits.map(([id, subject]) => `${id} ${subject}`).join('\n');
          expectAccounted(
            parseChanges(text),
            'git-oneline',
            commits.map((_, index) => index + 1),
          );
        },
      ),
    );
  });

  it('full git log', () => {
    const commit = fc.record({
      merge: fc.boolean(),
      subject: subjectText,
      body: fc.array(oneLineText, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(commit, { minLength: 1, maxLength: 15 }), (commits) => {
        const lines: string[] = [];
        const subjects: number[] = [];
        commits.forEach((entry, index) => {
          lines.push(
            `commit ${(0xabc1230 + index).toString(16)}`,
            ...(entry.merge ? ['Merge: 1a2b3c4 5d6e7f8'] : []),
            'Author: A <a@example.com>',
            'Date:   Mon Mar 2 10:00:00 2026',
            '',
          );
          subjects.push(lines.push(`    ${entry.subject}`));
          lines.push('', ...entry.body.map((line) => `    ${line}`), '');
        });
        const changes = parseChanges(lines.join('\n'));
        expectAccounted(changes, 'git-log', subjects);
        expect(changes.leftOutCounts.merge ?? 0).toBeGreaterThanOrEqual(
          commits.filter((entry) => entry.merge).length,
        );
      }),
    );
  });

  it("GitHub's release notes", () => {
    const item = fc.record({
      title: oneLineText,
      user: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
      pull: fc.integer({ min: 1, max: 99999 }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (items) => {
        const lines = ['## What’s Changed'];
        const subjects = items.map(({ title, user, pull }) =>
          lines.push(`* ${title} by @${user} in https://github.com/o/r/pull/${pull}`),
        );
        lines.push(
          '',
          '## New Contributors',
          `* @${items[0]!.user} made their first contribution in https://github.com/o/r/pull/1`,
          '',
          '**Full Changelog**: https://github.com/o/r/compare/v1...v2',
        );
        const changes = parseChanges(lines.join('\n'));
        expectAccounted(changes, 'github-release-notes', subjects);
        const refs = allEntries(changes).flatMap((entry) => entry.refs);
        for (const ref of refs) expect(items.some((entry) => entry.pull === ref)).toBe(true);
      }),
    );
  });

  it('changesets', () => {
    const file = fc.record({
      bump: fc.constantFrom('major', 'minor', 'patch'),
      summary: subjectText.filter(
        (value) =>
          !/^---\s*$/.test(value) &&
          !/^#\s+Changesets\s*$/.test(value) &&
          !/^\s*[-*+•]\s/.test(value),
      ),
      body: fc.array(
        oneLineText.map((value) => `Body: ${value}`),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 10 }), (files) => {
        const lines: string[] = [];
        const subjects = files.map(({ bump, summary, body }) => {
          lines.push('---', `"@octoacme/app": ${bump}`, '---', '');
          const line = lines.push(summary);
          lines.push(...body);
          return line;
        });
        const changes = parseChanges(lines.join('\n'));
        expectAccounted(changes, 'changesets', subjects);
        const majorLines = new Set(subjects.filter((_, index) => files[index]!.bump === 'major'));
        for (const entry of allEntries(changes)) {
          if (entry.lines.some((line) => majorLines.has(line))) expect(entry.breaking).toBe(true);
        }
      }),
    );
  });

  it('a list of titles, whatever the lines hold', () => {
    const isSubjectLine = (line: string) =>
      !/^\s{0,3}#{1,6}(?:\s|$)/.test(line) && !/^[-*_=+•#>|:.\s]*$/.test(line);
    fc.assert(
      fc.property(fc.array(oneLineText, { minLength: 1, maxLength: 30 }), (lines) => {
        const changes = parseChanges(lines.join('\n'), { format: 'title-list' });
        const subjects = lines.flatMap((line, index) => (isSubjectLine(line) ? [index + 1] : []));
        expectAccounted(changes, 'title-list', subjects);
      }),
    );
  });
});

describe('parseChanges on any text', () => {
  /** Text made of the pieces the formats look for, so that every reader gets exercised. */
  const fragment = fc.constantFrom(
    'commit a1b2c3d4e5',
    'Author: A <a@b>',
    'Merge: 1 2',
    '    ',
    '    feat(x)!: y',
    '---',
    '"p": major',
    '# Changesets',
    "## What's Changed",
    '* x by @u in https://github.com/o/r/pull/1',
    '**Full Changelog**',
    'Revert "',
    'Reapply "',
    'BREAKING CHANGE: ',
    '(#',
    ')',
    '\t',
    '\r\n',
    '\n',
    '\u2028',
    '\uD800',
    '🎉',
    'é',
    ' ',
    ':',
    '!',
    '(',
    'a1b2c3d ',
    '- ',
    '#',
  );
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 60 })
      .map((parts) => parts.join('')),
  );

  it('never throws, and accounts for each line at most once, with entries of one line of words', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, keepAll) => {
        const changes = parseChanges(text, keepAll ? { keep: KEEPABLE_REASONS } : {});
        const lineCount = text.split(/\r\n|[\n\r\u2028\u2029]/).length;
        for (const [line, times] of accounting(changes)) {
          expect(times).toBe(1);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount);
        }
        for (const entry of allEntries(changes)) {
          expect(hasWords(entry.text)).toBe(true);
          expect(entry.text).not.toMatch(/[\n\r\u2028\u2029]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
