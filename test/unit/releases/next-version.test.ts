import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  nextVersion,
  previousRunVersion,
} from '../../../src/lib/releases/next-version.ts';
import { RUN } from '../../fixtures/release-work.ts';
import { parseVersion } from '../../../src/lib/releases/semver.ts';

describe('nextVersion', () => {
  it.each([
    ['2.4.1', 'patch', '', '2.4.2'],
    ['2.4.1', 'minor', '', '2.5.0'],
    ['2.4.1', 'major', '', '3.0.0'],
    ['v2.4.1', 'minor', '', '2.5.0'],
    ['2.4.1+build.7', 'patch', '', '2.4.2'],
    ['0.9.9', 'major', '', '1.0.0'],
    // A pre-release already leads to its release.
    ['3.0.0-rc.2', 'major', '', '3.0.0'],
    ['2.5.0-beta.1', 'minor', '', '2.5.0'],
    ['2.5.0-beta.1', 'major', '', '3.0.0'],
    ['2.4.2-rc.1', 'patch', '', '2.4.2'],
    ['2.4.2-rc.1', 'minor', '', '2.5.0'],
    // Pre-releases: a new tag starts at 1, the same tag counts up.
    ['2.4.1', 'major', 'rc', '3.0.0-rc.1'],
    ['2.4.1', 'patch', 'beta', '2.4.2-beta.1'],
    ['3.0.0-rc.1', 'major', 'rc', '3.0.0-rc.2'],
    ['3.0.0-rc.9', 'major', 'rc', '3.0.0-rc.10'],
    ['3.0.0-beta.3', 'major', 'rc', '3.0.0-rc.1'],
    ['3.0.0-rc', 'major', 'rc', '3.0.0-rc.1'],
    ['3.0.0-rc.1', 'major', ' rc ', '3.0.0-rc.2'],
  ] as const)('%s, %s release, tag %j → %s', (previous, type, tag, expected) => {
    expect(nextVersion(previous, type, tag)).toEqual({ ok: true, version: expected });
  });

  it.each([
    ['', 'minor', '', 'previous', 'Enter a version, such as 2.4.0.'],
    [
      '2.4',
      'minor',
      '',
      'previous',
      '"2.4" is not a semantic version: use MAJOR.MINOR.PATCH, such as 2.4.0 or 3.0.0-rc.1.',
    ],
    ['<script>', 'minor', '', 'previous', '"<script>" is not a semantic version'],
    [
      '2.4.1',
      'minor',
      'rc 1',
      'tag',
      '"rc 1" cannot be a pre-release tag: use letters, digits and hyphens, such as rc or beta.',
    ],
    ['2.4.1', 'minor', '01', 'tag', '"01" cannot be a pre-release tag'],
    [
      '3.0.0-rc.1',
      'major',
      'beta',
      'tag',
      '3.0.0-beta.1 would not come after 3.0.0-rc.1: use a tag that sorts after "rc" (such as rc), or no tag.',
    ],
  ] as const)(
    'explains why %j (%s, tag %j) has no next version, in the %s input',
    (previous, type, tag, input, problem) => {
      const result = nextVersion(previous, type, tag);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.input).toBe(input);
      expect(!result.ok && result.problem).toContain(problem);
    },
  );
});

describe('compareVersions', () => {
  it('orders versions by semver precedence', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ];
    const versions = ordered.map((text) => parseVersion(text)!);
    for (let index = 1; index < versions.length; index += 1) {
      expect(
        compareVersions(versions[index - 1]!, versions[index]!),
        `${ordered[index - 1]} < ${ordered[index]}`,
      ).toBeLessThan(0);
      expect(compareVersions(versions[index]!, versions[index - 1]!)).toBeGreaterThan(0);
    }
    expect(compareVersions(parseVersion('1.0.0+a')!, parseVersion('1.0.0+b')!)).toBe(0);
  });
});

describe('previousRunVersion', () => {
  it('is the newest other run older than the current one', () => {
    const runs = ['2.3.0', '2.5.0', '2.3.1', 'x', '2.4.0'].map((version, index) => ({
      ...RUN,
      id: `run-${index}`,
      version,
    }));
    expect(previousRunVersion(runs, runs[4]!)).toBe('2.3.1');
    expect(previousRunVersion(runs, runs[0]!)).toBeUndefined();
    expect(previousRunVersion([], RUN)).toBeUndefined();
  });
});
