// The vocabulary shared by every part of "release notes from what was merged": the groups a change
// lands in, why a change is left out, and the shapes the parser hands to the form.

/**
 * The groups, in the order the notes list them (git-cliff's default groups as the model).
 * - `style` commits (formatting, white space) change nothing a reader sees: they are maintenance.
 * - A revert whose reverted change is in the same paste cancels it out (both are left out as
 *   "reverted"); a revert of something released earlier is a change readers notice: "Other".
 * - `maintenance` only appears when the writer asks to keep what is left out by default.
 */
export const GROUP_IDS = [
  'features',
  'fixes',
  'performance',
  'documentation',
  'refactoring',
  'other',
  'maintenance',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const GROUP_TITLES: Readonly<Record<GroupId, string>> = {
  features: 'Features',
  fixes: 'Bug fixes',
  performance: 'Performance',
  documentation: 'Documentation',
  refactoring: 'Refactoring',
  other: 'Other',
  maintenance: 'Maintenance',
};

/**
 * Why a change is not in the notes by default. The first four can be kept (`keep` option): they then
 * land in "Maintenance". Never kept: "reverted" (a change and its revert, both in the paste: together
 * they change nothing) and "empty" (a subject that says nothing once its prefix and references are
 * gone, such as "fix: (#12)"). A breaking change is never left out as maintenance or dependencies.
 */
export const KEEPABLE_REASONS = [
  'merge',
  'revert-of-revert',
  'maintenance',
  'dependencies',
] as const;
export type KeepableReason = (typeof KEEPABLE_REASONS)[number];
export const LEFT_OUT_REASONS = [...KEEPABLE_REASONS, 'reverted', 'empty'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

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
  /** The Conventional Commits scope ("api" in "feat(api): …"), kept apart; lines show it as "api: …". */
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
