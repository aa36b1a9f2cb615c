// The API of "release notes from what was merged", in one place for the generator's form:
//   parseChanges(text, { keep?, format? })   pasted log → { format, groups, leftOut, leftOutCounts }
//   detectFormat(lines) / inputLines(text)    which format a paste is in, and its lines
//   notableChangeLines / migrationStepLines   groups → lines of the "Notable changes" / "Migration steps" fields
//   updateListField(current, lines, mode)     append to or replace a list field's text
//   suggestBump(changes) / applyBump(prev, b) the release the changes call for, and its version
//   repositoryUrl, textWithRefLinks, newReleaseUrl, newIssueUrl   links to the repository (REPO_URL)
export * from './change-groups.ts';
export { parseChanges, type ParseChangesOptions } from './parse-changes.ts';
export { detectFormat, inputLines } from './detect-format.ts';
export * from './notable-changes-lines.ts';
export * from './suggest-bump.ts';
// applyBump lives apart so that the version helper loads it without the change vocabulary.
export { applyBump, type AppliedBump } from './apply-bump.ts';
export * from './repository-links.ts';
