// The two shapes `git log` prints: one line per commit (`--oneline`) and the full log with headers and
// an indented message. Both become subjects; the full log also gives bodies (for BREAKING CHANGE
// footers and "Fixes #12") and says which commits are merges.
import { COMMIT_HEADER, GRAPH_ONLY, ONELINE } from './detect-format.ts';
import type { RawChange } from './read-subject.ts';

/**
 * `git log --oneline`: every line with a hash is a commit (hash and decorations dropped); lines drawn
 * by `--graph` and blank lines are not changes; any other line is a subject as it stands, so that a
 * line typed into the paste is not lost.
 */
export function readOneline(lines: readonly string[]): RawChange[] {
  const changes: RawChange[] = [];
  lines.forEach((line, index) => {
    if (GRAPH_ONLY.test(line)) return;
    const match = ONELINE.exec(line);
    if (match) changes.push({ subject: match[2] ?? '', line: index + 1, hash: match[1]! });
    else changes.push({ subject: line, line: index + 1 });
  });
  return changes;
}

/** A message line of the full log: indented by four spaces (or a tab, once pasted through an editor). */
const MESSAGE_LINE = /^(?: {4}|\t)/;

const BLANK = /^\s*$/;

/** A commit being read: its message is the input lines from `from` up to (not including) `to`. */
interface OpenCommit {
  hash: string;
  merge: boolean;
  state: 'headers' | 'message' | 'after';
  from: number;
  to: number;
}

function closeCommit(
  lines: readonly string[],
  commit: OpenCommit | undefined,
  changes: RawChange[],
): void {
  if (!commit) return;
  let start = commit.from;
  while (start < commit.to && BLANK.test(lines[start]!)) start += 1;
  if (start >= commit.to) return;
  const body: string[] = [];
  for (let index = start + 1; index < commit.to; index += 1)
    body.push(lines[index]!.replace(MESSAGE_LINE, ''));
  const change: RawChange = {
    subject: lines[start]!.replace(MESSAGE_LINE, ''),
    line: start + 1,
    body,
    hash: commit.hash,
  };
  if (commit.merge) change.merge = true;
  changes.push(change);
}

/**
 * Full `git log` (any `--format` whose headers are "Key: value" lines, such as medium or fuller): a
 * "commit <hash>" line, headers up to a blank line, then the message indented by four spaces. The
 * subject is the first non-blank message line; the other message lines are its body. Lines after the
 * message that are not indented (`--stat`, patches) are not changes. Lines pasted before the first
 * commit are subjects as they stand.
 */
export function readFullLog(lines: readonly string[]): RawChange[] {
  const changes: RawChange[] = [];
  let commit: OpenCommit | undefined;
  lines.forEach((line, index) => {
    const header = line.startsWith('commit ') ? COMMIT_HEADER.exec(line) : null;
    if (header) {
      closeCommit(lines, commit, changes);
      commit = { hash: header[1]!, merge: false, state: 'headers', from: index, to: index };
      return;
    }
    const blank = BLANK.test(line);
    if (!commit) {
      if (!blank) changes.push({ subject: line, line: index + 1 });
      return;
    }
    if (commit.state === 'headers') {
      if (blank) {
        commit.state = 'message';
        commit.from = commit.to = index + 1;
      } else if (line.startsWith('Merge:')) {
        commit.merge = true;
      }
      return;
    }
    if (commit.state === 'message' && (blank || MESSAGE_LINE.test(line))) commit.to = index + 1;
    else commit.state = 'after';
  });
  closeCommit(lines, commit, changes);
  return changes;
}
