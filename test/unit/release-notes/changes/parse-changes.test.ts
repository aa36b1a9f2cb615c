import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KEEPABLE_REASONS,
  type ParsedChanges,
} from '../../../../src/lib/release-notes/changes/change-groups.ts';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/changes/${name}`, import.meta.url), 'utf8');

/** Groups as titles and the parts of each entry a reader sees: "scope: text" [refs] (breaking: note). */
function shown(changes: ParsedChanges): Record<string, string[]> {
  return Object.fromEntries(
    changes.groups.map((group) => [
      group.title,
      group.entries.map((entry) => {
        const refs = entry.refs.length > 0 ? ` [${entry.refs.join(', ')}]` : '';
        const breaking = entry.breaking
          ? ` (breaking${entry.breakingNote ? `: ${entry.breakingNote}` : ''})`
          : '';
        return `${entry.scope ? `${entry.scope}: ` : ''}${entry.text}${refs}${breaking}`;
      }),
    ]),
  );
}

describe('parseChanges: git log --oneline', () => {
  const changes = parseChanges(fixture('git-oneline.txt'));

  it('recognises the format and groups the commits, without hashes, type prefixes or trailing refs', () => {
    expect(changes.format).toBe('git-oneline');
    expect(shown(changes)).toEqual({
      Features: [
        'api: Remove the v1 sync endpoints [241] (breaking)',
        'Export release notes as Markdown [238, 239]',
        'Add dark theme [225]',
      ],
      'Bug fixes': ['ui: Keep focus on Undo after deleting a run [236]'],
      Refactoring: ['storage: One decoder for every envelope [229]'],
      Documentation: ['Explain the rollback playbook [230]'],
      Performance: ['Index search pages lazily [233]'],
      Styling: ['Format the islands'],
      Testing: ['Cover the backup restore path'],
      Miscellaneous: ['Run browser tests on pull requests'],
      Build: ['Target Node 20'],
      Other: ['Improve the wording of the checklist intro'],
    });
    // git-cliff's default groups, in its order.
    expect(changes.groups.map((group) => group.id)).toEqual([
      'features',
      'fixes',
      'refactoring',
      'documentation',
      'performance',
      'styling',
      'testing',
      'miscellaneous',
      'build',
      'other',
    ]);
  });

  it('merges the same subject into one entry, with both hashes and lines', () => {
    const entry = changes.groups[0]!.entries[1]!;
    expect(entry.hashes).toEqual(['4be81d0', '4be81d1']);
    expect(entry.lines).toEqual([2, 14]);
  });

  it('says what it left out, and why', () => {
    expect(changes.leftOutCounts).toEqual({ merge: 1, dependencies: 2 });
    expect(changes.leftOut.map((change) => [change.line, change.reason])).toEqual([
      [7, 'merge'],
      [8, 'dependencies'],
      [9, 'dependencies'],
    ]);
    expect(changes.leftOut[0]!.subject).toBe(
      'Merge pull request #228 from octoacme/feature/dark-theme',
    );
  });

  it('keeps what it would leave out when asked: updates under "Miscellaneous", merges under "Other"', () => {
    const kept = parseChanges(fixture('git-oneline.txt'), { keep: KEEPABLE_REASONS });
    expect(kept.leftOut).toEqual([]);
    expect(shown(kept).Miscellaneous).toEqual([
      'deps: Bump vite from 6.0.1 to 6.0.3 [227]',
      'Bump valibot from 1.0.0 to 1.1.0 [226]',
      'Run browser tests on pull requests',
    ]);
    expect(shown(kept).Other).toEqual([
      'Merge pull request #228 from octoacme/feature/dark-theme',
      'Improve the wording of the checklist intro',
    ]);
    expect(
      parseChanges(fixture('git-oneline.txt'), { keep: ['dependencies'] }).leftOutCounts,
    ).toEqual({ merge: 1 });
  });

  it('reads a "deps" scope as a dependency update only on upkeep or for a version bump', () => {
    expect(
      shown(
        parseChanges(
          [
            'a1b2c3d refactor(deps): replace dirs_next with etcetera (#1477)',
            'b2c3d4e feat(deps): support the new lock file format',
            'c3d4e5f fix(deps): update rust crate serde to v1.0.200',
            'd4e5f6a chore(deps): bump crate-ci/typos (#1469)',
            'e5f6a7b build(deps-dev): bump vitest from 3.0.0 to 3.1.0',
            'f6a7b8c chore(npm): update yarn.lock (#1358)',
          ].join('\n'),
        ),
      ),
    ).toEqual({
      Features: ['deps: Support the new lock file format'],
      Refactoring: ['deps: Replace dirs_next with etcetera [1477]'],
    });
  });
});

describe('parseChanges: full git log', () => {
  const changes = parseChanges(fixture('git-log.txt'));

  it('reads subjects, BREAKING CHANGE footers (either spelling) and the issues a body closes', () => {
    expect(changes.format).toBe('git-log');
    expect(shown(changes)).toEqual({
      Features: [
        'sync: Version 2 of the sync protocol [250] (breaking: clients older than 2.0 can no longer sync; upgrade them before the server.)',
        'api: Accept ISO week dates (breaking: the `week` parameter is now required.)',
      ],
      'Bug fixes': ["Dates in exported notes use the writer's time zone [244]"],
    });
    expect(changes.groups[0]!.entries[0]!.hashes).toEqual([
      '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807',
    ]);
  });

  it('leaves out the merge commit (by its Merge: header), the release chore and the dependency bump', () => {
    expect(changes.leftOutCounts).toEqual({ merge: 1, release: 1, dependencies: 1 });
    expect(changes.leftOut.map((change) => change.line)).toEqual([6, 45, 51]);
  });
});

describe('parseChanges: odd logs', () => {
  it('reads CRLF line ends, tabs, emoji, non-ASCII text, reverts and reverts of reverts', () => {
    const changes = parseChanges(fixture('odd-git-log-crlf.txt'));
    expect(changes.format).toBe('git-log');
    expect(shown(changes)).toEqual({
      Features: ['i18n: Übersetzungen für Prüflisten [260]', 'Confetti on sign-off'],
      'Bug fixes': [
        'The <script>alert(1)</script> title is [kept](javascript:alert(1)) as *text* | `code`',
      ],
      Revert: ['ui: Revert "🐛 dialog closes twice" [199, 262]'],
    });
    // The revert and the first "confetti" commit cancel out; the later one stays.
    expect(changes.groups[0]!.entries[1]!.lines).toEqual([59]);
    expect(changes.leftOutCounts).toEqual({ reverted: 2, 'revert-of-revert': 2, merge: 1 });
  });

  it('reads the same log with LF, CR or mixed line ends the same way', () => {
    const crlf = fixture('odd-git-log-crlf.txt');
    const expected = parseChanges(crlf);
    expect(parseChanges(crlf.replace(/\r\n/g, '\n'))).toEqual(expected);
    expect(parseChanges(crlf.replace(/\r\n/g, '\r'))).toEqual(expected);
  });
});

describe('parseChanges: GitHub release notes', () => {
  const changes = parseChanges(fixture('github-release-notes.md'));

  it('reads the items, their pull requests and their categories; skips new contributors and the changelog link', () => {
    expect(changes.format).toBe('github-release-notes');
    expect(shown(changes)).toEqual({
      Features: [
        'Add a clock to incident mode [301, 309]',
        'export: Markdown export uses GFM tables [302] (breaking)',
      ],
      'Bug fixes': ['Sidebar loses its scroll position [303]'],
      Other: ['Explain BASE_PATH in the README [306]'],
    });
    expect(changes.leftOutCounts).toEqual({ dependencies: 2 });
  });

  it('reads the notes GitHub writes without categories', () => {
    const plain = parseChanges(
      "## What's Changed\n* fix: crash on start by @ada in https://github.com/o/r/pull/5\n* Docs for the API by @bob in https://github.com/o/r/pull/6\n\n**Full Changelog**: https://github.com/o/r/compare/v1...v2\n",
    );
    expect(shown(plain)).toEqual({
      'Bug fixes': ['Crash on start [5]'],
      Documentation: ['Docs for the API [6]'],
    });
  });
});

describe('parseChanges: changesets', () => {
  it('reads concatenated changeset files, their bumps and summaries, and skips the changesets README', () => {
    const changes = parseChanges(fixture('changesets.md'));
    expect(changes.format).toBe('changesets');
    expect(shown(changes)).toEqual({
      Features: [
        'Add a dark theme that follows the system setting',
        'Drop the v1 sync API (breaking: clients must call /v2/sync.)',
      ],
      'Bug fixes': ['Fix the focus ring on buttons', 'Fix a typo in the footer'],
      Performance: ['Cache the search index'],
      Documentation: ['Document the changeset workflow [77]'],
    });
    expect(changes.leftOut).toEqual([]);
  });
});

describe('parseChanges: a list of titles', () => {
  it('reads one title per line, bullets or not, and places them by their first words', () => {
    const changes = parseChanges(fixture('pr-titles.txt'));
    expect(changes.format).toBe('title-list');
    expect(shown(changes)).toEqual({
      Features: ['Add incident timeline export [88]'],
      'Bug fixes': ['Fix broken anchor links on the roles page [87]'],
      Performance: ['Speed up the search dialog'],
      Revert: ['Revert "Add confetti on sign-off"'],
      Other: [
        'Update docs for BASE_PATH',
        'Rename "Checklist" to "Runbook" in the header',
        '#420 regressions',
      ],
    });
    expect(changes.leftOutCounts).toEqual({ dependencies: 1 });
  });

  it('reads nothing from nothing', () => {
    expect(parseChanges('')).toEqual({
      format: 'empty',
      groups: [],
      leftOut: [],
      leftOutCounts: {},
    });
    expect(parseChanges(' \n\t\r\n')).toEqual({
      format: 'empty',
      groups: [],
      leftOut: [],
      leftOutCounts: {},
    });
  });

  it('leaves out a subject with nothing left once its prefix and references are gone', () => {
    const changes = parseChanges('fix: (#12)\nfeat:\nAdd search');
    expect(shown(changes)).toEqual({ Features: ['Add search'] });
    expect(changes.leftOutCounts).toEqual({ empty: 2 });
  });

  it('never leaves out a breaking change as a release or a dependency update', () => {
    expect(
      shown(
        parseChanges(
          'a1b2c3d chore!: drop Node 18\nb2c3d4e build(deps)!: require React 19\nc3d4e5f release!: version 3',
        ),
      ),
    ).toEqual({
      Miscellaneous: ['Drop Node 18 (breaking)', 'Version 3 (breaking)'],
      Build: ['deps: Require React 19 (breaking)'],
    });
  });

  it('reads a prefix that is not a Conventional Commits type as part of the text', () => {
    expect(
      shown(
        parseChanges(
          'Note: the API is faster\nconstructor: builds twice\n__proto__: stays text\ntoString: too',
        ),
      ),
    ).toEqual({
      Other: [
        'Note: the API is faster',
        'constructor: builds twice',
        '__proto__: stays text',
        'toString: too',
      ],
    });
  });

  it('can be told the format', () => {
    const changes = parseChanges('a1b2c3d fix: one\n', { format: 'title-list' });
    expect(shown(changes)).toEqual({ Other: ['a1b2c3d fix: one'] });
  });
});

describe('parseChanges: a 5,000-commit log', () => {
  it('reads every commit into the group its type names', () => {
    const types = ['feat', 'fix', 'perf', 'docs', 'refactor', 'chore'];
    const lines = Array.from(
      { length: 5000 },
      (_, index) =>
        `${(0x1000000 + index).toString(16)} ${types[index % types.length]}: change ${index} (#${index + 1})`,
    );
    const changes = parseChanges(lines.join('\n'));
    expect(changes.format).toBe('git-oneline');
    expect(changes.groups.map((group) => [group.title, group.entries.length])).toEqual([
      ['Features', 834],
      ['Bug fixes', 834],
      ['Refactoring', 833],
      ['Documentation', 833],
      ['Performance', 833],
      ['Miscellaneous', 833],
    ]);
    expect(changes.leftOutCounts).toEqual({});
    expect(changes.groups[1]!.entries[0]).toEqual({
      group: 'fixes',
      text: 'Change 1',
      refs: [2],
      breaking: false,
      hashes: ['1000001'],
      lines: [2],
    });
  });
});
