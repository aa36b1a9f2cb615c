import { describe, expect, it } from 'vitest';
import {
  createRun,
  currentRun,
  describeRun,
  reinsertRun,
  removeRun,
  runInputProblems,
  upsertRun,
} from '../../../src/lib/releases/release-run.ts';
import { LEGACY_DEFAULT_RUN, withLegacyDefaultRun } from '../../../src/lib/releases/legacy-run.ts';
import { formatVersion, parseVersion, versionProblem } from '../../../src/lib/releases/semver.ts';
import { RUN } from '../../fixtures/release-work.ts';

describe('semver', () => {
  it.each(['2.4.0', '0.0.1', '3.0.0-rc.1', '1.2.3-alpha.1+build.5', 'v2.4.0'])(
    'accepts %s',
    (version) => {
      expect(versionProblem(version)).toBeUndefined();
      expect(formatVersion(parseVersion(version)!)).toBe(version.replace(/^v/, ''));
    },
  );

  it.each([
    ['', 'Enter a version, such as 2.4.0.'],
    ['2.4', '"2.4" is not a semantic version: use MAJOR.MINOR.PATCH, such as 2.4.0 or 3.0.0-rc.1.'],
    ['01.2.3', '"01.2.3" is not a semantic version'],
    ['1.2.3-', '"1.2.3-" is not a semantic version'],
    ['<b>1</b>', '"<b>1</b>" is not a semantic version'],
  ])('rejects %j', (version, message) => expect(versionProblem(version)).toContain(message));
});

describe('release runs', () => {
  it('describes a run as the exports show it', () => {
    expect(describeRun(RUN)).toBe('Release 2.4.0 (minor, customer-facing)');
    expect(describeRun({ ...RUN, name: ' Aurora ', customerFacing: false })).toBe(
      'Release 2.4.0 “Aurora” (minor, internal)',
    );
  });

  it('has no current run before one is started, and falls back to the newest', () => {
    expect(currentRun({ runs: [] })).toBeUndefined();
    expect(currentRun({ runs: [], currentId: 'default' })).toBeUndefined();
    const other = { ...RUN, id: 'other' };
    expect(currentRun({ runs: [RUN, other] })).toBe(other);
    expect(currentRun({ runs: [RUN, other], currentId: RUN.id })).toBe(RUN);
    expect(currentRun({ runs: [RUN], currentId: 'deleted' })).toBe(RUN);
  });

  it('shows the run an earlier version made up while work is stored under it, and never otherwise', () => {
    const none = { runs: [] };
    expect(withLegacyDefaultRun(none, [])).toBe(none);
    expect(withLegacyDefaultRun(none, ['run-1', 'unstarted'])).toBe(none);
    const shown = withLegacyDefaultRun({ runs: [RUN], currentId: RUN.id }, [RUN.id, 'default']);
    expect(shown).toEqual({ runs: [LEGACY_DEFAULT_RUN, RUN], currentId: RUN.id });
    // The oldest, so that it does not become current over a run that was chosen or newer.
    expect(currentRun(shown)).toBe(RUN);
    expect(currentRun(withLegacyDefaultRun(none, ['default']))).toEqual(LEGACY_DEFAULT_RUN);
    const saved = { runs: [{ ...LEGACY_DEFAULT_RUN, version: '2.0.0' }] };
    expect(withLegacyDefaultRun(saved, ['default'])).toBe(saved);
  });

  it('creates, replaces and removes runs', () => {
    const run = createRun(
      { version: ' v3.0.0 ', name: '  ', type: 'major', customerFacing: false },
      'id-1',
      new Date('2026-11-26T10:00:00Z'),
    );
    expect(run).toEqual({
      id: 'id-1',
      version: '3.0.0',
      type: 'major',
      customerFacing: false,
      createdAt: '2026-11-26T10:00:00.000Z',
    });
    const added = upsertRun({ runs: [RUN], currentId: RUN.id }, run);
    expect(added).toEqual({ runs: [RUN, run], currentId: 'id-1' });
    expect(upsertRun(added, { ...run, version: '3.0.1' }).runs.map((r) => r.version)).toEqual([
      '2.4.0',
      '3.0.1',
    ]);
    expect(removeRun(added, 'id-1')).toEqual({ runs: [RUN] });
    expect(removeRun(added, RUN.id)).toEqual({ runs: [run], currentId: 'id-1' });
  });

  it('puts a deleted run back where it was, keeping what changed since', () => {
    const [first, second, third] = ['a', 'b', 'c'].map((id) => ({
      ...RUN,
      id,
      version: `1.0.${id.charCodeAt(0) - 97}`,
    }));
    const before = { runs: [first!, second!, third!], currentId: 'b' };
    const after = upsertRun(removeRun(before, 'b'), { ...RUN, id: 'd' });
    const undone = reinsertRun(after, second!, 1, true);
    expect(undone.runs.map((run) => run.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(undone.currentId).toBe('b');
    // Not current before: the current run stays; an index past the end appends.
    expect(reinsertRun({ runs: [first!], currentId: 'a' }, third!, 5, false)).toEqual({
      runs: [first, third],
      currentId: 'a',
    });
    // Never twice, even if the run came back by other means.
    expect(reinsertRun(before, second!, 0, false).runs.map((run) => run.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('checks a run form field by field', () => {
    expect(
      runInputProblems({ version: '2.5.0', type: 'minor', customerFacing: true }, [RUN]),
    ).toEqual({});
    expect(
      runInputProblems({ version: 'next', type: 'minor', customerFacing: true }, [RUN]).version,
    ).toContain('not a semantic version');
    expect(
      runInputProblems({ version: '2.4.0', type: 'minor', customerFacing: true }, [RUN]).version,
    ).toBe(
      'A run for 2.4.0 already exists in this browser: switch to it, or give this one a name.',
    );
    expect(
      runInputProblems({ version: '2.4.0', name: 'hotfix', type: 'patch', customerFacing: true }, [
        RUN,
      ]),
    ).toEqual({});
  });
});
