// One pasted subject ("feat(api)!: Add retries (#12)", "Bump x from 1 to 2", "Fix crash") read the same
// way whatever format it came in: its group, whether the notes leave it out, its clean text and refs.
import { oneLine } from '../../markdown/markdown-text.ts';
import type { GroupId, KeepableReason } from './change-groups.ts';
import {
  isDependencyUpdate,
  isReleaseCommit,
  plainGroup,
  TYPE_GROUPS,
} from './commit-vocabulary.ts';

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
  /** Why the notes leave it out by default, for a release commit or a dependency update. */
  leftOut?: Extract<KeepableReason, 'release' | 'dependencies'>;
  text: string;
  scope?: string;
  breaking: boolean;
  refs: number[];
  /** For a revert: the subject it reverts, as written inside the quotes. */
  reverts?: string;
}

/** Type, scope, "!" and description: "feat(api)!: …". */
const CONVENTIONAL = /^([a-z]+)(?:\(([^()]*)\))?(!)?:\s*(.*)$/i;
/** The same after a gitmoji ("✨ feat: …", ":sparkles: feat: …"); tried only when a subject starts with neither a letter nor a digit. */
const GITMOJI_CONVENTIONAL =
  /^(?:\p{Extended_Pictographic}|:[a-z0-9_+-]+:)[\uFE0F\u200D\p{Extended_Pictographic}]*\s+([a-z]+)(?:\(([^()]*)\))?(!)?:\s*(.*)$/iu;
const conventionalParts = (text: string) =>
  /^[a-z]/i.test(text) ? CONVENTIONAL.exec(text) : GITMOJI_CONVENTIONAL.exec(text);

/** What GitHub, GitLab and Azure DevOps write for a merge; "Merge sort for tables" is not one. */
const MERGE =
  /^(?:Merge (?:pull request|branch|remote-tracking branch|tag|commit)\b|Merge \S+ into \S+|Merged PR \d+)/i;

const REVERT = /^Revert\s+"(.*)"(.*)$/s;
const REAPPLY = /^Reapply\s+"(.*)"(.*)$/s;

/** "(#12)", "(#12, #14)", "(GH-12)" at the end; a bare "#12" is part of the sentence ("Fix issue #12"). */
const TRAILING_REFS = /\s*\(\s*((?:GH-|#)\d{1,9}(?:\s*,\s*(?:GH-|#)\d{1,9})*)\s*\)\s*$/i;

/** The subject without its trailing references, and those references. */
export function splitRefs(subject: string): { text: string; refs: number[] } {
  let text = subject.trimEnd();
  const refs: number[] = [];
  if (!text.endsWith(')')) return { text, refs };
  for (let match = TRAILING_REFS.exec(text); match; match = TRAILING_REFS.exec(text)) {
    const numbers = (match[1] ?? '').match(/\d+/g) ?? [];
    refs.unshift(...numbers.map(Number));
    text = text.slice(0, match.index);
  }
  return { text, refs };
}

/**
 * "add export" → "Add export", as git-cliff's default template writes it; only a first word of
 * lowercase letters alone, so that "iOS", "www.example.com" and "`npm`" stay as written.
 */
const upperFirst = (text: string) =>
  /^[^a-z\u0080-\uffff]/.test(text)
    ? text
    : text.replace(/^\p{Ll}+(?=\s|$)/u, (word) => word.charAt(0).toUpperCase() + word.slice(1));
const isRevert = (subject: string) =>
  REVERT.test(subject.trim()) || /^revert(?:\([^()]*\))?!?:/i.test(subject.trim());

/** A change, its optional parts set only when present (objects built without spreads: this runs per line). */
function change(
  kind: ReadSubject['kind'],
  text: string,
  refs: number[],
  parts: Partial<Omit<ReadSubject, 'kind' | 'text' | 'refs'>> = {},
): ReadSubject {
  const read: ReadSubject = { kind, text, breaking: parts.breaking ?? false, refs };
  if (parts.group) read.group = parts.group;
  if (parts.typed) read.typed = true;
  if (parts.leftOut) read.leftOut = parts.leftOut;
  if (parts.scope) read.scope = parts.scope;
  if (parts.reverts !== undefined) read.reverts = parts.reverts;
  return read;
}

/**
 * A revert reads as 'Revert "<what it reverts>"', in the scope the revert names or else the one of
 * the change it reverts; reverting a dependency update is still one.
 */
function reverting(read: ReadSubject, refs: number[], reverts: string, scope = ''): ReadSubject {
  const text = read.text ? `Revert "${read.text}"` : '';
  return change('revert', text, refs, {
    group: 'revert',
    ...(read.leftOut === 'dependencies' ? { leftOut: read.leftOut } : {}),
    ...(scope || read.scope ? { scope: scope || read.scope } : {}),
    reverts,
  });
}

/** Whitespace other than single spaces, or a control character: what `oneLine` would change. */
const NEEDS_FOLDING = /[^\S ]| {2}|^ | $|\p{Cc}|[\u2028\u2029]/u;
/** `oneLine`, skipped for the usual subject that has nothing to fold. */
const folded = (text: string) => (NEEDS_FOLDING.test(text) ? oneLine(text) : text);

/** Reads a subject; `author` is the GitHub login when the format gives one (Dependabot, Renovate). */
export function readSubject(subject: string, author?: string): ReadSubject {
  const whole = folded(subject);
  const outer = /^Re(?:vert|apply)\s/.test(whole)
    ? (REVERT.exec(whole) ?? REAPPLY.exec(whole))
    : null;
  if (outer) {
    const inner = outer[1] ?? '';
    // A revert of a revert is left out as it stands: reading it further would only nest deeper.
    if (REAPPLY.test(whole) || isRevert(inner)) {
      const { text, refs } = splitRefs(whole);
      return change('revert-of-revert', text, refs, { reverts: inner });
    }
    const read = readSubject(inner);
    return reverting(read, [...read.refs, ...splitRefs(outer[2] ?? '').refs], inner);
  }
  const { text: withoutRefs, refs } = splitRefs(whole);
  if (MERGE.test(withoutRefs)) return change('merge', upperFirst(withoutRefs), refs);
  const conventional = conventionalParts(withoutRefs);
  const type = conventional?.[1]!.toLowerCase() ?? '';
  const typeGroup = TYPE_GROUPS.get(type);
  if (conventional && typeGroup) {
    // The subject's white space is folded already.
    const scope = (conventional[2] ?? '').trim();
    const description = conventional[4] ?? '';
    if (typeGroup === 'revert') {
      const reverted = description.replace(/^"(.*)"$/s, '$1');
      if (isRevert(reverted))
        return change('revert-of-revert', upperFirst(withoutRefs), refs, { reverts: reverted });
      const read = readSubject(reverted);
      return reverting(read, [...read.refs, ...refs], reverted, scope);
    }
    const leftOut = isDependencyUpdate(description, author, type, scope)
      ? 'dependencies'
      : isReleaseCommit(type, scope)
        ? 'release'
        : undefined;
    return change('change', upperFirst(description), refs, {
      group: typeGroup,
      typed: true,
      leftOut,
      scope,
      breaking: conventional[3] === '!',
    });
  }
  return change('change', upperFirst(withoutRefs), refs, {
    leftOut: isDependencyUpdate(withoutRefs, author) ? 'dependencies' : undefined,
    group: plainGroup(withoutRefs),
  });
}

const BREAKING_FOOTER = /^BREAKING[ -]CHANGES?\s*:\s*(.*)$/;
/** A git trailer ("Reviewed-by: …", "Refs #12") ends the footer before it. */
const TRAILER = /^[A-Za-z][\w-]*(?::\s|\s#)/;

/** Whether a message body has a `BREAKING CHANGE:` footer, and what it says (lines joined). */
export function breakingFooter(body: readonly string[]): { breaking: boolean; note?: string } {
  const start = body.findIndex(
    (line) => line.includes('BREAKING') && BREAKING_FOOTER.test(line.trim()),
  );
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
  return body.flatMap((line) =>
    line.includes('#') ? [...line.matchAll(CLOSING)].map((match) => Number(match[1])) : [],
  );
}
