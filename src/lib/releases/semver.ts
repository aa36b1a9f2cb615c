/** Semantic versions (https://semver.org), as release runs and release notes use them. */

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  build: string[];
}

/** "v2.4.0" → "2.4.0": people write tags with a "v"; a version has none. */
export function withoutLeadingV(text: string): string {
  return text.replace(/^v(?=\d)/, '');
}

export function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(withoutLeadingV(text.trim()));
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
    build: match[5] ? match[5].split('.') : [],
  };
}

/** A sentence saying what is wrong with a version, or undefined when it is valid. */
export function versionProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Enter a version, such as 2.4.0.';
  if (!parseVersion(text))
    return `"${text.trim()}" is not a semantic version: use MAJOR.MINOR.PATCH, such as 2.4.0 or 3.0.0-rc.1.`;
  return undefined;
}

/** The canonical text of a version, without a leading "v". */
export function formatVersion(version: Version): string {
  const prerelease = version.prerelease.length > 0 ? `-${version.prerelease.join('.')}` : '';
  const build = version.build.length > 0 ? `+${version.build.join('.')}` : '';
  return `${version.major}.${version.minor}.${version.patch}${prerelease}${build}`;
}
