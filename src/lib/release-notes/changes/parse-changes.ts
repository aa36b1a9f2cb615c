// The entry point of "release notes from what was merged": pasted text in, grouped notable changes out,
// with what was left out and why, so that the writer can trust what they did not see.
import { hasWords, oneLine } from '../../markdown/markdown-text.ts';
import {
  GROUP_IDS,
  GROUP_TITLES,
  KEPT_GROUPS,
  type ChangeEntry,
  type ChangeFormat,
  type GroupId,
  type KeepableReason,
  type LeftOutChange,
  type LeftOutReason,
  type ParsedChanges,
} from './change-groups.ts';
import { detectFormat, inputLines } from './detect-format.ts';
import { readFullLog, readOneline } from './read-git-log.ts';
import {
  readChangesets,
  readGithubNotes,
  readTitleList,
  type Category,
} from './read-pasted-lists.ts';
import {
  breakingFooter,
  closedIssues,
  readSubject,
  splitRefs,
  type RawChange,
  type ReadSubject,
} from './read-subject.ts';

export interface ParseChangesOptions {
  /** Read the text as this format instead of recognising it (for a "read as…" choice in the form). */
  format?: Exclude<ChangeFormat, 'empty'>;
  /** Reasons whose changes stay in the notes (in the group `KEPT_GROUPS` names) instead of being left out. */
  keep?: readonly KeepableReason[];
}

type Pasted = RawChange & { category?: Category };

interface Candidate {
  raw: Pasted;
  read: ReadSubject;
  group: GroupId;
  leftOut?: LeftOutReason;
  breaking: boolean;
  breakingNote?: string;
  refs: number[];
}

function readFormat(format: ChangeFormat, lines: readonly string[]): Pasted[] {
  switch (format) {
    case 'git-oneline':
      return readOneline(lines);
    case 'git-log':
      return readFullLog(lines);
    case 'github-release-notes':
      return readGithubNotes(lines);
    case 'changesets':
      return readChangesets(lines);
    case 'title-list':
      return readTitleList(lines);
    default:
      return [];
  }
}

/** Where a change goes: a type prefix first, then the GitHub category, the first words, the changeset bump. */
function groupOf(raw: Pasted, read: ReadSubject): GroupId {
  if (read.kind === 'revert') return 'revert';
  if (read.typed && read.group) return read.group;
  if (raw.category && raw.category !== 'dependencies') return raw.category;
  if (read.group) return read.group;
  if (raw.bump) return raw.bump === 'patch' ? 'fixes' : 'features';
  return 'other';
}

/** Where a change left out by default goes when the writer keeps it: its type's group, if it has one. */
const keptGroup = (read: ReadSubject, reason: KeepableReason): GroupId =>
  read.typed && read.group ? read.group : KEPT_GROUPS[reason];

function leftOutReason(
  raw: Pasted,
  read: ReadSubject,
  breaking: boolean,
): LeftOutReason | undefined {
  if (raw.merge) return 'merge';
  if (!hasWords(read.text)) return 'empty';
  if (read.kind === 'merge') return 'merge';
  if (read.kind === 'revert-of-revert') return 'revert-of-revert';
  if (breaking) return undefined;
  if (read.leftOut) return read.leftOut;
  if (!read.typed && raw.category === 'dependencies') return raw.category;
  return undefined;
}

const sortedRefs = (refs: number[]) =>
  refs.length < 2 ? refs : [...new Set(refs)].sort((a, b) => a - b);

function candidateOf(raw: Pasted, keep: ReadonlySet<LeftOutReason>): Candidate {
  const read = readSubject(raw.subject, raw.author);
  const body = raw.body ?? [];
  const footer = breakingFooter(body);
  const breaking = read.breaking || footer.breaking || raw.bump === 'major';
  const refs = sortedRefs([
    ...read.refs,
    ...(raw.refs ?? []),
    ...(body.length > 0 ? closedIssues(body) : []),
  ]);
  const found = leftOutReason(raw, read, breaking);
  // A kept merge still needs words to be an entry.
  const reason = found && keep.has(found) && !hasWords(read.text) ? 'empty' : found;
  const kept = reason !== undefined && keep.has(reason);
  const candidate: Candidate = {
    raw,
    read,
    group: kept ? keptGroup(read, reason as KeepableReason) : groupOf(raw, read),
    breaking,
    refs,
  };
  if (reason && !kept) candidate.leftOut = reason;
  if (footer.note) candidate.breakingNote = footer.note;
  return candidate;
}

const subjectKey = (subject: string) => oneLine(splitRefs(oneLine(subject)).text).toLowerCase();

/** A revert and the change it reverts, both pasted, cancel out: both are left out as "reverted". */
function cancelReverts(candidates: Candidate[]): void {
  if (!candidates.some((candidate) => candidate.read.kind === 'revert')) return;
  const bySubject = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (candidate.leftOut || candidate.read.kind !== 'change') continue;
    const key = subjectKey(candidate.raw.subject);
    bySubject.set(key, [...(bySubject.get(key) ?? []), candidate]);
  }
  for (const revert of candidates) {
    if (revert.leftOut || revert.read.kind !== 'revert' || revert.read.reverts === undefined)
      continue;
    const reverted = bySubject.get(subjectKey(revert.read.reverts))?.shift();
    if (!reverted) continue;
    revert.leftOut = 'reverted';
    reverted.leftOut = 'reverted';
  }
}

/** Entries are the same when scope and text are, case aside. */
const entryKey = (scope: string, text: string) =>
  `${scope.toLowerCase()}\u0000${text.toLowerCase()}`;

/**
 * Reads pasted commits, pull request titles or changesets (see `detectFormat` for how the format is
 * recognised) into grouped entries. Never throws: text that fits no format is read as a list of titles.
 */
export function parseChanges(text: string, options: ParseChangesOptions = {}): ParsedChanges {
  const lines = inputLines(text);
  const format = options.format ?? detectFormat(lines);
  const keep = new Set<LeftOutReason>(options.keep ?? []);
  const candidates = readFormat(format, lines).map((raw) => candidateOf(raw, keep));
  cancelReverts(candidates);

  const entries = new Map<string, ChangeEntry>();
  const leftOut: LeftOutChange[] = [];
  const leftOutCounts: Partial<Record<LeftOutReason, number>> = {};
  for (const { raw, read, group, leftOut: reason, breaking, breakingNote, refs } of candidates) {
    if (reason) {
      leftOut.push({ reason, subject: oneLine(raw.subject), line: raw.line });
      leftOutCounts[reason] = (leftOutCounts[reason] ?? 0) + 1;
      continue;
    }
    const entryText = read.text;
    const scope = read.scope ?? '';
    const key = entryKey(scope, entryText);
    const same = entries.get(key);
    if (same) {
      same.refs = sortedRefs([...same.refs, ...refs]);
      if (raw.hash) same.hashes.push(raw.hash);
      same.lines.push(raw.line);
      same.breaking ||= breaking;
      if (!same.breakingNote && breakingNote) same.breakingNote = breakingNote;
      continue;
    }
    const entry: ChangeEntry = {
      group,
      text: entryText,
      refs,
      breaking,
      hashes: raw.hash ? [raw.hash] : [],
      lines: [raw.line],
    };
    if (scope) entry.scope = scope;
    if (breakingNote) entry.breakingNote = breakingNote;
    entries.set(key, entry);
  }
  const all = [...entries.values()];
  const groups = GROUP_IDS.map((id) => ({
    id,
    title: GROUP_TITLES[id],
    entries: all.filter((entry) => entry.group === id),
  })).filter((group) => group.entries.length > 0);
  return { format, groups, leftOut, leftOutCounts };
}
