// One pasted subject ("feat(api)!: Add retries (#12)", "Bump x from 1 to 2", "Fix crash") read the same
// way whatever format it came in: its group, whether the notes leave it out, its clean text and refs.
import { oneLine } from '../../markdown/markdown-text.ts';
import type { GroupId, KeepableReason } from './change-groups.ts';

/** A subject as a format reader found it, with what the format itself says about it. */
export interface RawChange {
  /** The subject with the format's furniture removed (hash, bullet, "by @user in …"). */
  subject: string;
  /** The input line of the subject, from 1. */
  line: number;
  /** The message lines after the subject (a commit body, the rest of a changeset). */
  body?: readonly string[];
  refs?: readonly number[];
  hash?: string;
  /** A GitHub login, for the formats that name one. */
  author?: string;
  /** The format says it is a merge (a "Merge:" header in `git log`). */
  merge?: boolean;
  /** A changeset's bump: major is breaking; minor and patch place a change that says nothing else. */
  bump?: 'major' | 'minor' | 'patch';
}

export interface ReadSubject {
  kind: 'change' | 'merge' | 'revert' | 'revert-of-revert';
  /** Undefined when neither a type prefix nor the first word says what the change is. */
  group?: GroupId;
  /** The group comes from a Conventional Commits type, which outranks any other hint. */
  typed?: boolean;
  /** Why the notes leave it out by default, for changes that are maintenance or dependency updates. */
  leftOut?: Extract<KeepableReason, 'maintenance' | 'dependencies'>;
  text: string;
  scope?: string;
  breaking: boolean;
  refs: number[];
  /** For a revert: the subject it reverts, as written inside the quotes. */
  reverts?: string;
}

/** Conventional Commits types; anything else before a colon ("Note: …") is part of the text. */
const TYPE_GROUPS: Readonly<Record<string, GroupId | 'maintenance' | 'dependencies' | 'revert'>> = {
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
  style: 'maintenance',
  test: 'maintenance',
  tests: 'maintenance',
  ci: 'maintenance',
  build: 'maintenance',
  chore: 'maintenance',
  release: 'maintenance',
  deps: 'dependencies',
  revert: 'revert',
};

/** An optional gitmoji ("✨ feat: …", ":sparkles: feat: …"), then type, scope, "!" and description. */
const CONVENTIONAL = /^(?:(?:\p{Extended_Pictographic}|:[a-z0-9_+-]+:)[\uFE0F\u200D\p{Extended_Pictographic}]*\s+)?([a-z]+)(?:\(([^()]*)\))?(!)?:\s*(.*)$/iu;

/** What GitHub, GitLab and Azure DevOps write for a merge; "Merge sort for tables" is not one. */
const MERGE = /^(?:Merge (?:pull request|branch|remote-tracking branch|tag|commit)\b|Merge \S+ into \S+|Merged PR \d+)/i;

const REVERT = /^Revert\s+"(.*)"(.*)$/s;
const REAPPLY = /^Reapply\s+"(.*)"(.*)$/s;

/** Dependabot ("Bump x from 1 to 2", "Bump the npm group …"), Renovate ("Update dependency x to v2"), "(deps)" scopes. */
const DEPENDENCY_UPDATE =
  /^(?:(?:bump|update|upgrade)s? \S+ from \S+ to \S+|bump the \S+ group\b|update dependency \S+|update .+ to v\d|pin dependenc|lock file maintenance|update all dependencies|[a-z]+\(deps(?:-dev)?\)!?:)/i;

const DEPENDENCY_BOTS = /^(?:dependabot|renovate|renovate-bot|greenkeeper|depfu|snyk-bot)(?:\[bot\])?$/i;

/** The first words of a subject without a type prefix, in the order they are tried. */
const PLAIN_WORDS: readonly (readonly [RegExp, GroupId])[] = [
  [/^(?:fix(?:e[sd]|ing)?|bug ?fix(?:es)?|hot ?fix|resolve[sd]?|correct(?:s|ed)?|repair(?:s|ed)?)\b/i, 'fixes'],
  [/^(?:speed(?:s|ed)? up|faster|optimi[sz]e[sd]?|perf)\b/i, 'performance'],
  [/^(?:docs?|document(?:s|ed)?|readme)\b/i, 'documentation'],
  [/^(?:refactor(?:s|ed)?|clean(?:s|ed)? ?up|simplif(?:y|ies|ied))\b/i, 'refactoring'],
  [/^(?:add(?:s|ed)?|introduce[sd]?|new|support(?:s|ed)?|implement(?:s|ed)?|allow(?:s|ed)?|enable[sd]?)\b/i, 'features'],
];

/** "(#12)", "(#12, #14)", "(GH-12)" at the end; a bare "#12" is part of the sentence ("Fix issue #12"). */
const TRAILING_REFS = /\s*\(\s*((?:GH-|#)\d{1,9}(?:\s*,\s*(?:GH-|#)\d{1,9})*)\s*\)\s*$/i;

/** The subject without its trailing references, and those references. */
export function splitRefs(subject: string): { text: string; refs: number[] } {
  let text = subject.trimEnd();
  const refs: number[] = [];
  for (let match = TRAILING_REFS.exec(text); match; match = TRAILING_REFS.exec(text)) {
    const numbers = (match[1] ?? '').match(/\d+/g) ?? [];
    refs.unshift(...numbers.map(Number));
    text = text.slice(0, match.index);
  }
  return { text, refs };
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isRevert = (subject: string) => REVERT.test(subject.trim()) || /^revert(?:\([^()]*\))?!?:/i.test(subject.trim());

function plainGroup(text: string): GroupId | undefined {
  return PLAIN_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** A revert reads as 'Revert "<what it reverts>"'; reverting a dependency update is still one. */
function reverting(kind: 'revert', read: ReadSubject, refs: number[], reverts: string): ReadSubject {
  return {
    kind,
    ...(read.leftOut ? { leftOut: read.leftOut } : {}),
    text: read.text ? `Revert "${read.text}"` : '',
    ...(read.scope ? { scope: read.scope } : {}),
    breaking: false,
    refs,
    reverts,
  };
}

/** Reads a subject; `author` is the GitHub login when the format gives one (Dependabot, Renovate). */
export function readSubject(subject: string, author?: string): ReadSubject {
  const whole = oneLine(subject);
  const outer = REVERT.exec(whole) ?? REAPPLY.exec(whole);
  if (outer) {
    const inner = outer[1] ?? '';
    // A revert of a revert is left out as it stands: reading it further would only nest deeper.
    if (REAPPLY.test(whole) || isRevert(inner)) return { kind: 'revert-of-revert', ...splitRefs(whole), breaking: false, reverts: inner };
    const read = readSubject(inner);
    return reverting('revert', read, [...read.refs, ...splitRefs(outer[2] ?? '').refs], inner);
  }
  const { text: withoutRefs, refs } = splitRefs(whole);
  const dependency = DEPENDENCY_UPDATE.test(withoutRefs) || (author !== undefined && DEPENDENCY_BOTS.test(author));
  const conventional = CONVENTIONAL.exec(withoutRefs);
  const typeGroup = conventional ? TYPE_GROUPS[conventional[1]!.toLowerCase()] : undefined;
  if (MERGE.test(withoutRefs)) return { kind: 'merge', text: upperFirst(withoutRefs), breaking: false, refs };
  if (conventional && typeGroup) {
    const scope = oneLine(conventional[2] ?? '');
    const description = oneLine(conventional[4] ?? '');
    if (typeGroup === 'revert') {
      const reverted = description.replace(/^"(.*)"$/s, '$1');
      if (isRevert(reverted)) return { kind: 'revert-of-revert', text: upperFirst(withoutRefs), breaking: false, refs, reverts: reverted };
      const read = readSubject(reverted);
      return reverting('revert', read, [...read.refs, ...refs], reverted);
    }
    const leftOut = dependency || /^deps/i.test(scope) ? 'dependencies' : typeGroup === 'maintenance' || typeGroup === 'dependencies' ? typeGroup : undefined;
    return {
      kind: 'change',
      ...(leftOut ? { leftOut } : { group: typeGroup as GroupId, typed: true }),
      text: upperFirst(description),
      ...(scope ? { scope } : {}),
      breaking: conventional[3] === '!',
      refs,
    };
  }
  return {
    kind: 'change',
    ...(dependency ? { leftOut: 'dependencies' as const } : {}),
    ...(plainGroup(withoutRefs) ? { group: plainGroup(withoutRefs)! } : {}),
    text: upperFirst(withoutRefs),
    breaking: false,
    refs,
  };
}

const BREAKING_FOOTER = /^BREAKING[ -]CHANGES?\s*:\s*(.*)$/;
/** A git trailer ("Reviewed-by: …", "Refs #12") ends the footer before it. */
const TRAILER = /^[A-Za-z][\w-]*(?::\s|\s#)/;

/** Whether a message body has a `BREAKING CHANGE:` footer, and what it says (lines joined). */
export function breakingFooter(body: readonly string[]): { breaking: boolean; note?: string } {
  const start = body.findIndex((line) => BREAKING_FOOTER.test(line.trim()));
  if (start < 0) return { breaking: false };
  const words = [BREAKING_FOOTER.exec(body[start]!.trim())![1]!];
  for (const line of body.slice(start + 1)) {
    if (oneLine(line) === '' || TRAILER.test(line.trim())) break;
    words.push(line);
  }
  const note = oneLine(words.join(' '));
  return note ? { breaking: true, note } : { breaking: true };
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+#(\d+)/gi;

/** The issues a body closes ("Fixes #12", "Closes #14"). */
export function closedIssues(body: readonly string[]): number[] {
  return body.flatMap((line) => [...line.matchAll(CLOSING)].map((match) => Number(match[1])));
}
