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

interface OpenCommit {
  hash: string;
  merge: boolean;
  state: 'headers' | 'message' | 'after';
  message: { text: string; line: number }[];
}

function closeCommit(commit: OpenCommit | undefined, changes: RawChange[]): void {
  if (!commit) return;
  const start = commit.message.findIndex((entry) => entry.text.trim() !== '');
  if (start < 0) return;
  const subject = commit.message[start]!;
  const body = commit.message.slice(start + 1).map((entry) => entry.text);
  changes.push({ subject: subject.text, line: subject.line, body, hash: commit.hash, ...(commit.merge ? { merge: true } : {}) });
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
    const header = COMMIT_HEADER.exec(line);
    if (header) {
      closeCommit(commit, changes);
      commit = { hash: header[1]!, merge: false, state: 'headers', message: [] };
      return;
    }
    if (!commit) {
      if (line.trim() !== '') changes.push({ subject: line, line: index + 1 });
      return;
    }
    if (commit.state === 'headers') {
      if (line.trim() === '') commit.state = 'message';
      else if (/^Merge:\s/.test(line)) commit.merge = true;
      return;
    }
    if (commit.state === 'message' && (MESSAGE_LINE.test(line) || line.trim() === '')) {
      commit.message.push({ text: line.replace(MESSAGE_LINE, ''), line: index + 1 });
    } else {
      commit.state = 'after';
    }
  });
  closeCommit(commit, changes);
  return changes;
}
