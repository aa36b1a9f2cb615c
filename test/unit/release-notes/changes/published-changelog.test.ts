// A real release against its published changelog: git-cliff 2.13.0 (github.com/orhun/git-cliff),
// `git log --oneline v2.12.0..v2.13.0` and the "2.13.0" section of its CHANGELOG.md, which git-cliff
// generated from those commits with its own configuration. git-cliff's default groups are the model
// of ours, so each commit its changelog lists must land in the same group here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KEEPABLE_REASONS,
  type GroupId,
} from '../../../../src/lib/release-notes/changes/change-groups.ts';
import { notableChangeLines } from '../../../../src/lib/release-notes/changes/notable-changes-lines.ts';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/changes/${name}`, import.meta.url), 'utf8');

const log = fixture('git-cliff-2.13.0-oneline.txt');

/** The changelog's headings ("### ⛰️  Features") as our groups. */
const PUBLISHED_GROUPS: Record<string, GroupId> = {
  Features: 'features',
  'Bug Fixes': 'fixes',
  Refactor: 'refactoring',
  Documentation: 'documentation',
  Performance: 'performance',
  Testing: 'testing',
  'Miscellaneous Tasks': 'miscellaneous',
  Revert: 'revert',
  Build: 'build',
};

/** Each group of the published changelog, in its order, with the short hashes of its commits. */
function publishedGroups(markdown: string): { group: GroupId; hashes: string[] }[] {
  const groups: { group: GroupId; hashes: string[] }[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^### [^A-Za-z]*(.+?)\s*$/.exec(line);
    if (heading) {
      const group = PUBLISHED_GROUPS[heading[1]!];
      expect(group, `a group for "${heading[1]}"`).toBeDefined();
      groups.push({ group: group!, hashes: [] });
      continue;
    }
    const commit = /\/commit\/([0-9a-f]{7})[0-9a-f]*\)\)$/.exec(line);
    if (commit) groups.at(-1)!.hashes.push(commit[1]!);
  }
  return groups;
}

const published = publishedGroups(fixture('git-cliff-2.13.0-changelog.md'));
const changes = parseChanges(log);
/** Our group of each commit, by its first seven hash digits. */
const ourGroups = new Map(
  changes.groups.flatMap((group) =>
    group.entries.flatMap((entry) => entry.hashes.map((hash) => [hash.slice(0, 7), group.id])),
  ),
);

describe('git-cliff 2.13.0: a real log against its published changelog', () => {
  it('reads all 85 commits of the release: 33 in the notes, 52 left out', () => {
    expect(changes.format).toBe('git-oneline');
    expect([ourGroups.size, changes.leftOut.length]).toEqual([33, 52]);
  });

  it('puts every commit the changelog lists in the group it is listed in, groups in its order', () => {
    expect(published.flatMap((group) => group.hashes)).toHaveLength(31);
    for (const { group, hashes } of published)
      for (const hash of hashes) expect([hash, ourGroups.get(hash)]).toEqual([hash, group]);
    const ours = changes.groups.map((group) => group.id);
    expect(ours.filter((id) => published.some((group) => group.group === id))).toEqual(
      published.map((group) => group.group),
    );
  });

  it('reads a refactor scoped "deps" as a refactor, tests as Testing and a revert as Revert', () => {
    const refactor = changes.groups.find((group) => group.id === 'refactoring')!.entries;
    expect(refactor.map((entry) => [entry.scope, entry.text, entry.refs])).toEqual([
      ['deps', 'Replace dirs_next with etcetera', [1477]],
    ]);
    expect(changes.groups.find((group) => group.id === 'testing')!.entries).toHaveLength(3);
    expect(changes.groups.find((group) => group.id === 'revert')!.entries).toHaveLength(1);
  });

  it('reads unscoped commits as well as scoped ones: the two unscoped fixes are bug fixes', () => {
    // git-cliff's own configuration skips commits without a scope; nothing here does.
    const listed = new Set(published.flatMap((group) => group.hashes));
    const extra = [...ourGroups].filter(([hash]) => !listed.has(hash));
    expect(extra).toEqual([
      ['775beb0', 'fixes'],
      ['b5b8b57', 'fixes'],
    ]);
    expect(notableChangeLines(changes)).toEqual(
      expect.arrayContaining([
        'Fix: Hydration error (#1445)',
        'Fix: Configure lychee --root-dir (#1423)',
      ]),
    );
  });

  it('leaves out, and lists, what the changelog leaves out: the release commit and dependency updates', () => {
    expect(changes.leftOutCounts).toEqual({ release: 1, dependencies: 51 });
    expect(changes.leftOut[0]).toEqual({
      reason: 'release',
      subject: 'chore(release): prepare for v2.13.0',
      line: 1,
    });
    expect(changes.leftOut.map((change) => change.subject)).toContain(
      'chore(npm): update yarn.lock (#1358)',
    );
  });

  it('brings back what it left out with one switch, in the groups git-cliff would give them', () => {
    const kept = parseChanges(log, { keep: KEEPABLE_REASONS });
    expect(kept.leftOut).toEqual([]);
    const miscellaneous = kept.groups.find((group) => group.id === 'miscellaneous')!;
    expect(miscellaneous.entries.map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['Prepare for v2.13.0', 'Bump the patch group with 2 updates']),
    );
  });

  it('writes scopes the way git-cliff does, and unscoped lines alike', () => {
    const lines = notableChangeLines(changes);
    expect(lines).toContain('Feature: *(tracing)* Migrate logging to tracing (#1488)');
    expect(lines).toContain('Refactoring: *(deps)* Replace dirs_next with etcetera (#1477)');
    expect(lines).toContain(
      '*(remote)* Revert "Use `reqwest::Response::error_for_status`" (#1374)',
    );
    expect(lines.some((line) => /: \w+: /.test(line))).toBe(false);
  });
});
