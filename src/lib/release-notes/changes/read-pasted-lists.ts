// The formats a writer copies from a page rather than a terminal: GitHub's generated release notes,
// changeset files (`cat .changeset/*.md`) and a plain list of pull request titles.
import type { GroupId } from './change-groups.ts';
import {
  CHANGESET_BUMP,
  FRONT_MATTER_FENCE,
  GITHUB_ITEM_SUFFIX,
  opensChangeset,
} from './detect-format.ts';
import type { RawChange } from './read-subject.ts';

const HEADING = /^\s{0,3}#{1,6}(?:\s+(.*))?$/;
const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
/** A line of Markdown punctuation only: a rule, a table border, a bare bullet. */
const PUNCTUATION_ONLY = /^[-*_=+•#>|:.\s]*$/;
const HTML_COMMENT = /^\s*<!--.*-->\s*$/;

/**
 * The group a GitHub release-notes category names (`.github/release.yml`: "### 🐛 Bug fixes",
 * "### Exciting New Features 🎉"). It places a change whose subject has no type prefix.
 */
export type Category = GroupId | 'dependencies';
const CATEGORY_WORDS: readonly (readonly [RegExp, Category])[] = [
  [/depend/i, 'dependencies'],
  [/\btest(?:s|ing)?\b/i, 'testing'],
  [/\bbuild\b/i, 'build'],
  [/\b(?:maintenance|chores?|ci|internal|tooling|misc(?:ellaneous)?)\b/i, 'miscellaneous'],
  [/\b(?:bugs?|fix(?:es)?)\b/i, 'fixes'],
  [/\b(?:performance|perf)\b/i, 'performance'],
  [/\bdoc(?:s|umentation)?\b/i, 'documentation'],
  [/\brefactor/i, 'refactoring'],
  [/\b(?:features?|enhancements?|new)\b/i, 'features'],
];
const categoryOf = (heading: string) =>
  CATEGORY_WORDS.find(([pattern]) => pattern.test(heading))?.[1];

/**
 * GitHub's generated notes: each bullet is a change ("by @user in …/pull/12" gives the author and the
 * ref). Headings, blank lines, HTML comments, the "**Full Changelog**" line and the whole "New
 * Contributors" section are not changes. Any other line is a subject as it stands.
 */
export function readGithubNotes(lines: readonly string[]): (RawChange & { category?: Category })[] {
  const changes: (RawChange & { category?: Category })[] = [];
  let skipping = false;
  let category: Category | undefined;
  lines.forEach((line, index) => {
    const heading = HEADING.exec(line);
    if (heading) {
      skipping = /new contributors/i.test(heading[1] ?? '');
      category = categoryOf(heading[1] ?? '');
      return;
    }
    if (
      skipping ||
      PUNCTUATION_ONLY.test(line) ||
      HTML_COMMENT.test(line) ||
      /^\s*\*\*Full Changelog\*\*/i.test(line)
    )
      return;
    const item = line.replace(BULLET, '');
    const suffix = GITHUB_ITEM_SUFFIX.exec(item);
    const subject = suffix ? item.slice(0, suffix.index) : item;
    const change: RawChange & { category?: Category } = { subject, line: index + 1 };
    if (suffix?.[1]) change.author = suffix[1];
    if (suffix?.[2]) change.refs = [Number(suffix[2])];
    if (category) change.category = category;
    changes.push(change);
  });
  return changes;
}

const RANK = { patch: 1, minor: 2, major: 3 } as const;

/**
 * Changeset files, one after another: front matter between `---` lines naming a bump per package (the
 * highest counts), then the summary. The summary's first non-blank line is the change and the lines
 * after it are its body; when that first line is a bullet, every later line that starts with a bullet
 * at the margin is a change of its own. The changesets README ("# Changesets", which `cat` picks up)
 * is not a change; nor are lines before the first front matter that are blank or punctuation.
 */
export function readChangesets(lines: readonly string[]): RawChange[] {
  const changes: RawChange[] = [];
  let state: 'outside' | 'front' | 'summary' | 'readme' = 'outside';
  let bump: RawChange['bump'];
  let bulleted = false;
  let current: (RawChange & { body: string[] }) | undefined;
  lines.forEach((line, index) => {
    if (state !== 'front' && opensChangeset(lines, index)) {
      state = 'front';
      bump = undefined;
      current = undefined;
      return;
    }
    if (state === 'front') {
      const declared = CHANGESET_BUMP.exec(line)?.[2] as keyof typeof RANK | undefined;
      if (declared && (!bump || RANK[declared] > RANK[bump])) bump = declared;
      if (FRONT_MATTER_FENCE.test(line)) state = 'summary';
      return;
    }
    if (/^#\s+Changesets\s*$/.test(line)) state = 'readme';
    if (state === 'readme' || line.trim() === '') {
      if (current && state !== 'readme') current.body.push(line);
      return;
    }
    const startsChange =
      state === 'outside'
        ? !PUNCTUATION_ONLY.test(line)
        : !current || (bulleted && /^[-*+•]\s/.test(line));
    if (!startsChange) {
      current?.body.push(line);
      return;
    }
    if (state === 'summary' && !current) bulleted = BULLET.test(line);
    current = { subject: line.replace(BULLET, ''), line: index + 1, body: [] };
    if (state === 'summary' && bump) current.bump = bump;
    changes.push(current);
    if (state === 'outside') current = undefined;
  });
  return changes;
}

/**
 * A list of titles, one per line, with or without bullets or numbers. Blank lines, headings and lines
 * of punctuation only (a rule, a bare bullet) are not changes; every other line is one.
 */
export function readTitleList(lines: readonly string[]): RawChange[] {
  const changes: RawChange[] = [];
  lines.forEach((line, index) => {
    if (HEADING.test(line) || PUNCTUATION_ONLY.test(line)) return;
    changes.push({ subject: line.replace(BULLET, ''), line: index + 1 });
  });
  return changes;
}
