// What the words of a commit subject say about it: the group a Conventional Commits type names, a
// dependency update (a version bump, whoever wrote it), the commit that makes a release, and the
// first words that place a subject without a type.
import type { GroupId } from './change-groups.ts';

/**
 * Conventional Commits types and their groups, as git-cliff's default configuration places them;
 * anything else before a colon ("Note: …") is part of the text.
 */
export const TYPE_GROUPS: ReadonlyMap<string, GroupId> = new Map(
  Object.entries({
    feat: 'features',
    feature: 'features',
    fix: 'fixes',
    bugfix: 'fixes',
    hotfix: 'fixes',
    security: 'fixes',
    perf: 'performance',
    docs: 'documentation',
    doc: 'documentation',
    refactor: 'refactoring',
    style: 'styling',
    test: 'testing',
    tests: 'testing',
    ci: 'miscellaneous',
    chore: 'miscellaneous',
    release: 'miscellaneous',
    deps: 'miscellaneous',
    build: 'build',
    revert: 'revert',
  } as const),
);

/** Types whose `deps` scope makes any commit a dependency update ("chore(deps): bump crate-ci/typos"). */
const UPKEEP_TYPES = new Set(['chore', 'build', 'ci', 'deps']);

/**
 * A version bump as Dependabot ("Bump x from 1 to 2", "Bump the npm group …") and Renovate ("Update
 * dependency x to v2", "Lock file maintenance") write it, and a lock file brought up to date.
 */
const VERSION_BUMP =
  /^(?:(?:bump|update|upgrade)s? \S+ from \S+ to \S+|bump the \S+ group\b|update dependency \S+|update .+ to v\d|pin dependenc|lock file maintenance|update all dependencies|(?:update|refresh|regenerate)s? (?:the )?(?:lock ?files?|[\w-]+\.lock|package-lock\.json|pnpm-lock\.yaml|go\.sum)\b)/i;

const DEPENDENCY_BOTS =
  /^(?:dependabot|renovate|renovate-bot|greenkeeper|depfu|snyk-bot)(?:\[bot\])?$/i;

/**
 * Whether a change is a dependency update: a version bump, a bot's change, or an upkeep type scoped
 * `deps`. Only a version bump is one: "refactor(deps): replace dirs_next with etcetera" is a refactor.
 */
export function isDependencyUpdate(
  description: string,
  author: string | undefined,
  type?: string,
  scope?: string,
): boolean {
  if (VERSION_BUMP.test(description)) return true;
  if (author !== undefined && DEPENDENCY_BOTS.test(author)) return true;
  return type !== undefined && UPKEEP_TYPES.has(type) && /^deps(?:-dev)?$/i.test(scope ?? '');
}

/** The commit that makes a release ("release: v2.4.0", "chore(release): prepare for v2.13.0"). */
export const isReleaseCommit = (type: string, scope: string) =>
  type === 'release' || (UPKEEP_TYPES.has(type) && scope.toLowerCase() === 'release');

/** The first words of a subject without a type prefix, in the order they are tried. */
const PLAIN_WORDS: readonly (readonly [RegExp, GroupId])[] = [
  [
    /^(?:fix(?:e[sd]|ing)?|bug ?fix(?:es)?|hot ?fix|resolve[sd]?|correct(?:s|ed)?|repair(?:s|ed)?)\b/i,
    'fixes',
  ],
  [/^(?:speed(?:s|ed)? up|faster|optimi[sz]e[sd]?|perf)\b/i, 'performance'],
  [/^(?:docs?|document(?:s|ed)?|readme)\b/i, 'documentation'],
  [/^(?:refactor(?:s|ed)?|clean(?:s|ed)? ?up|simplif(?:y|ies|ied))\b/i, 'refactoring'],
  [
    /^(?:add(?:s|ed)?|introduce[sd]?|new|support(?:s|ed)?|implement(?:s|ed)?|allow(?:s|ed)?|enable[sd]?)\b/i,
    'features',
  ],
];

export function plainGroup(text: string): GroupId | undefined {
  return PLAIN_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}
