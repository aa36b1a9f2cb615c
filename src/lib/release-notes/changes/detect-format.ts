// A writer pastes whatever they have; nobody should have to say which tool wrote it. This module tells
// the formats apart from marks only that format leaves.
import type { ChangeFormat } from './change-groups.ts';

/** The line breaks the list fields split on, so that one pasted line is one line everywhere. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

export const inputLines = (text: string): string[] => text.split(LINE_BREAK);

/**
 * `git log --oneline` (and `--graph`, `--decorate`): an abbreviated or full hash, then the subject.
 * A hash has a digit: a title starting with "defaced" is not one. Decorations name HEAD, a tag, a
 * remote branch or several refs ("(HEAD -> main, tag: v2.4.0)"); "(api)" after a hash stays text.
 */
export const ONELINE =
  /^[*|\\/ ]*((?=[0-9a-f]*\d)[0-9a-f]{7,40})(?:\s+\((?:HEAD\b|tag: |[^()]*(?:->|\/|, ))[^()]*\))?(?:\s+(.*))?$/;

/** Lines drawn by `git log --graph` between commits ("|\\", "| |"), and bare bullets. */
export const GRAPH_ONLY = /^[*|\\/ _.-]*$/;

export const COMMIT_HEADER = /^commit ([0-9a-f]{7,40})\b/;
const LOG_HEADER = /^(?:Author|Date|Merge|AuthorDate|Commit|CommitDate):\s/;

/** A changeset's front matter line: `"@octoacme/app": minor` (quotes optional). */
export const CHANGESET_BUMP = /^\s*["']?([^"']+?)["']?\s*:\s*["']?(major|minor|patch)["']?\s*$/;
export const FRONT_MATTER_FENCE = /^---\s*$/;

/** GitHub's "Generate release notes": `* Title by @user in https://github.com/o/r/pull/12`. */
export const GITHUB_ITEM_SUFFIX =
  /\s+by\s+@([\w-]+(?:\[bot\])?)(?:\s+in\s+https?:\/\/\S+?\/(?:pull|issues)\/(\d{1,9})\S*)?\s*$/;
const GITHUB_MARKS = /^(?:\s{0,3}#{1,6}\s+What['’]s Changed\s*$|\*\*Full Changelog\*\*)/i;

/** Whether a front matter fence at `index` opens a changeset: a bump line or the closing fence follows. */
export function opensChangeset(lines: readonly string[], index: number): boolean {
  const next = lines[index + 1];
  return (
    FRONT_MATTER_FENCE.test(lines[index] ?? '') &&
    next !== undefined &&
    (CHANGESET_BUMP.test(next) || FRONT_MATTER_FENCE.test(next))
  );
}

/**
 * The format of pasted lines, tried in this order: full `git log` (a "commit <hash>" line and an
 * Author/Date header), changesets (front matter that names a bump), GitHub's release notes (an item
 * "by @user", a "What's Changed" heading or a "Full Changelog" line), `git log --oneline` (at least
 * half the lines start with a hash), else a list of titles.
 */
export function detectFormat(lines: readonly string[]): ChangeFormat {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length === 0) return 'empty';
  if (
    filled.some((line) => COMMIT_HEADER.test(line)) &&
    filled.some((line) => LOG_HEADER.test(line))
  )
    return 'git-log';
  if (lines.some((_, index) => opensChangeset(lines, index))) return 'changesets';
  if (
    filled.some(
      (line) =>
        GITHUB_MARKS.test(line) || (/^\s*[*-]\s/.test(line) && GITHUB_ITEM_SUFFIX.test(line)),
    )
  )
    return 'github-release-notes';
  const hashed = filled.filter((line) => ONELINE.test(line)).length;
  return hashed * 2 >= filled.length ? 'git-oneline' : 'title-list';
}
