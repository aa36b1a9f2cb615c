// The vocabulary shared by every part of "release notes from what was merged": the groups a change
// lands in, why a change is left out, and the shapes the parser hands to the form.

/**
 * The groups, in the order the notes list them: git-cliff's default groups (its `cliff.toml`), so
 * that notes drafted here read like the changelogs most projects generate.
 * - Each Conventional Commits type keeps its group: `test` is Testing, `style` Styling, `chore` and
 *   `ci` Miscellaneous, `build` Build, `revert` Revert. What no type or first word places is Other.
 * - A revert whose reverted change is in the same paste cancels it out (both are left out as
 *   "reverted"); a revert of something released earlier is a change readers notice: "Revert".
 */
export const GROUP_IDS = [
  'features',
  'fixes',
  'refactoring',
  'documentation',
  'performance',
  'styling',
  'testing',
  'miscellaneous',
  'revert',
  'build',
  'other',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const GROUP_TITLES: Readonly<Record<GroupId, string>> = {
  features: 'Features',
  fixes: 'Bug fixes',
  refactoring: 'Refactoring',
  documentation: 'Documentation',
  performance: 'Performance',
  styling: 'Styling',
  testing: 'Testing',
  miscellaneous: 'Miscellaneous',
  revert: 'Revert',
  build: 'Build',
  other: 'Other',
};

/**
 * Why a change is not in the notes by default: what git-cliff's default configuration skips (the
 * release commit itself, dependency updates) and what says nothing of its own (merge commits,
 * reverts of reverts). These can be kept (`keep` option): each then lands in the group
 * `KEPT_GROUPS` names. Never kept: "reverted" (a change and its revert, both in the paste: together
 * they change nothing) and "empty" (a subject that says nothing once its prefix and references are
 * gone, such as "fix: (#12)"). A breaking change is never left out as a release or a dependency update.
 */
export const KEEPABLE_REASONS = ['merge', 'revert-of-revert', 'release', 'dependencies'] as const;
export type KeepableReason = (typeof KEEPABLE_REASONS)[number];
export const LEFT_OUT_REASONS = [...KEEPABLE_REASONS, 'reverted', 'empty'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** Where a change left out by default goes when the writer keeps it. */
export const KEPT_GROUPS: Readonly<Record<KeepableReason, GroupId>> = {
  merge: 'other',
  'revert-of-revert': 'revert',
  release: 'miscellaneous',
  dependencies: 'miscellaneous',
};

/** What the parser recognised the pasted text as. */
export const CHANGE_FORMATS = [
  'git-oneline',
  'git-log',
  'github-release-notes',
  'changesets',
  'title-list',
  'empty',
] as const;
export type ChangeFormat = (typeof CHANGE_FORMATS)[number];

/** One line of the notes: a change, or several lines that said the same thing. */
export interface ChangeEntry {
  group: GroupId;
  /** The subject without hash, type prefix, scope or trailing "(#123)", first letter upper-cased. */
  text: string;
  /** The Conventional Commits scope ("api" in "feat(api): …"), kept apart; lines show it as "*(api)* …". */
  scope?: string;
  /** Pull request or issue numbers, ascending, without repeats. */
  refs: number[];
  breaking: boolean;
  /** What the `BREAKING CHANGE:` footer says, when a commit has one. */
  breakingNote?: string;
  /** Commit hashes as pasted (short or full), when the format has them. */
  hashes: string[];
  /** The input lines (from 1) whose subject this entry is: one per pasted change it merges. */
  lines: number[];
}

export interface ChangeGroup {
  id: GroupId;
  title: string;
  entries: ChangeEntry[];
}

/** A change the notes leave out, with the line it came from (from 1) and its subject as pasted. */
export interface LeftOutChange {
  reason: LeftOutReason;
  subject: string;
  line: number;
}

export interface ParsedChanges {
  format: ChangeFormat;
  /** Only groups that have entries, in `GROUP_IDS` order; entries in the order they were pasted. */
  groups: ChangeGroup[];
  leftOut: LeftOutChange[];
  /** How many changes were left out for each reason (reasons with none are absent). */
  leftOutCounts: Partial<Record<LeftOutReason, number>>;
}

/** Every entry, group after group. */
export const allEntries = (changes: Pick<ParsedChanges, 'groups'>): ChangeEntry[] =>
  changes.groups.flatMap((group) => group.entries);

/** The breaking changes, in the order of the notes. */
export const breakingEntries = (changes: Pick<ParsedChanges, 'groups'>): ChangeEntry[] =>
  allEntries(changes).filter((entry) => entry.breaking);
