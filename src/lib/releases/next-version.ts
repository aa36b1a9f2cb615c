/** The version the next release should have, from the previous one and the kind of release, as the version helper suggests it. */
import type { ReleaseRun, ReleaseType } from './release-run.ts';
import { formatVersion, parseVersion, versionProblem, type Version } from './semver.ts';

/** Semantic version precedence (https://semver.org/#spec-item-11): negative when a < b. Build metadata is ignored. */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  if (a.prerelease.length === 0 || b.prerelease.length === 0)
    return b.prerelease.length - a.prerelease.length;
  for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index += 1) {
    const left = a.prerelease[index];
    const right = b.prerelease[index];
    if (left === undefined || right === undefined) return left === undefined ? -1 : 1;
    if (left === right) continue;
    const leftNumeric = /^\d+$/.test(left);
    const rightNumeric = /^\d+$/.test(right);
    if (leftNumeric && rightNumeric) return Number(left) - Number(right);
    if (leftNumeric !== rightNumeric) return leftNumeric ? -1 : 1;
    return left < right ? -1 : 1;
  }
  return 0;
}

/**
 * The release a bump leads to. A pre-release already leads somewhere: 2.0.0-rc.2 bumped as a
 * major release is 2.0.0, as 2.1.0-beta.1 bumped as a minor release is 2.1.0 (as `npm version` does).
 */
function bumped(previous: Version, type: ReleaseType): Version {
  const pre = previous.prerelease.length > 0;
  const { major, minor, patch } = previous;
  const next = { prerelease: [], build: [] };
  if (type === 'major')
    return pre && minor === 0 && patch === 0
      ? { major, minor, patch, ...next }
      : { major: major + 1, minor: 0, patch: 0, ...next };
  if (type === 'minor')
    return pre && patch === 0
      ? { major, minor, patch, ...next }
      : { major, minor: minor + 1, patch: 0, ...next };
  return pre ? { major, minor, patch, ...next } : { major, minor, patch: patch + 1, ...next };
}

/** A suggestion, or what is wrong and in which input: the previous version or the tag. */
export type NextVersion =
  { ok: true; version: string } | { ok: false; problem: string; input: 'previous' | 'tag' };

const TAG = /^(?:[a-zA-Z-][0-9a-zA-Z-]*|0|[1-9]\d*)$/;

/**
 * The next version after `previous` for a release of `type`, as a pre-release when `tag` is given:
 * 2.4.1 + minor → 2.5.0; 2.4.1 + major + "rc" → 3.0.0-rc.1; 3.0.0-rc.1 + major + "rc" → 3.0.0-rc.2;
 * 3.0.0-rc.2 + major → 3.0.0. Invalid input comes back as a sentence saying what is wrong.
 */
export function nextVersion(previous: string, type: ReleaseType, tag = ''): NextVersion {
  const problem = versionProblem(previous);
  const parsed = parseVersion(previous);
  if (problem || !parsed)
    return { ok: false, problem: problem ?? 'Enter a version, such as 2.4.0.', input: 'previous' };
  const preTag = tag.trim();
  if (preTag && !TAG.test(preTag)) {
    return {
      ok: false,
      problem: `"${preTag}" cannot be a pre-release tag: use letters, digits and hyphens, such as rc or beta.`,
      input: 'tag',
    };
  }
  const target = bumped(parsed, type);
  if (!preTag) return { ok: true, version: formatVersion(target) };

  const sameTarget =
    parsed.prerelease.length > 0 && compareVersions({ ...parsed, prerelease: [] }, target) === 0;
  const [previousTag, previousNumber] = parsed.prerelease;
  const continues =
    sameTarget &&
    previousTag === preTag &&
    parsed.prerelease.length === 2 &&
    /^\d+$/.test(previousNumber ?? '');
  const candidate: Version = {
    ...target,
    prerelease: [preTag, continues ? String(Number(previousNumber) + 1) : '1'],
  };
  if (compareVersions(candidate, parsed) <= 0) {
    return {
      ok: false,
      problem: `${formatVersion(candidate)} would not come after ${formatVersion(parsed)}: use a tag that sorts after "${previousTag}" (such as rc), or no tag.`,
      input: 'tag',
    };
  }
  return { ok: true, version: formatVersion(candidate) };
}

/** The version before the current run's: the newest other run older than it, else none. */
export function previousRunVersion(
  runs: readonly ReleaseRun[],
  current: ReleaseRun,
): string | undefined {
  const currentVersion = parseVersion(current.version);
  if (!currentVersion) return undefined;
  const older = runs
    .filter((run) => run.id !== current.id)
    .map((run) => parseVersion(run.version))
    .filter(
      (version): version is Version =>
        version !== undefined && compareVersions(version, currentVersion) < 0,
    )
    .sort(compareVersions);
  const newest = older.at(-1);
  return newest ? formatVersion(newest) : undefined;
}
