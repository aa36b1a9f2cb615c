import { describe, expect, it } from 'vitest';
import { parseChanges } from '../../../../src/lib/release-notes/changes/parse-changes.ts';
import { applyBump } from '../../../../src/lib/release-notes/changes/apply-bump.ts';
import { suggestBump } from '../../../../src/lib/release-notes/changes/suggest-bump.ts';

describe('suggestBump', () => {
  it('asks for a major release for any breaking change, from "!", a footer or a major changeset', () => {
    expect(suggestBump(parseChanges('a1b2c3d fix!: drop the old flag\nb2c3d4e feat: add x'))).toBe(
      'major',
    );
    expect(
      suggestBump(
        parseChanges('commit a1b2c3d\nAuthor: A <a@b>\n\n    fix: y\n\n    BREAKING CHANGE: z\n'),
      ),
    ).toBe('major');
    expect(suggestBump(parseChanges('---\n"app": major\n---\n\nRename the CLI\n'))).toBe('major');
  });

  it('asks for a minor release for a feature, a patch for a fix, a performance or another change', () => {
    expect(suggestBump(parseChanges('feat: add x\nfix: y'))).toBe('minor');
    expect(suggestBump(parseChanges('fix: y\ndocs: z'))).toBe('patch');
    expect(suggestBump(parseChanges('perf: faster'))).toBe('patch');
    expect(suggestBump(parseChanges('Tweak the footer'))).toBe('patch');
    expect(suggestBump(parseChanges('revert(api): use the old cache'))).toBe('patch');
  });

  it('suggests nothing when only documentation, refactoring or upkeep changed', () => {
    expect(suggestBump(parseChanges('docs: a\nrefactor: b'))).toBeUndefined();
    expect(
      suggestBump(parseChanges('chore: a\nci: b\ntest: c\nstyle: d\nbuild: e')),
    ).toBeUndefined();
    expect(
      suggestBump(parseChanges('chore(deps): bump x from 1 to 2', { keep: ['dependencies'] })),
    ).toBeUndefined();
    expect(suggestBump(parseChanges(''))).toBeUndefined();
  });
});

describe('applyBump', () => {
  it('applies the bump through the releases page rules', () => {
    expect(applyBump('2.4.1', 'minor')).toEqual({ ok: true, version: '2.5.0', bump: 'minor' });
    expect(applyBump('v2.4.1', 'major')).toEqual({ ok: true, version: '3.0.0', bump: 'major' });
    expect(applyBump('2.4.1', 'patch', 'rc')).toEqual({
      ok: true,
      version: '2.4.2-rc.1',
      bump: 'patch',
    });
    expect(applyBump('3.0.0-rc.2', 'major')).toEqual({ ok: true, version: '3.0.0', bump: 'major' });
  });

  it('before 1.0.0, applies a breaking change as a minor bump', () => {
    expect(applyBump('0.3.2', 'major')).toEqual({ ok: true, version: '0.4.0', bump: 'minor' });
    expect(applyBump('0.3.2', 'minor')).toEqual({ ok: true, version: '0.4.0', bump: 'minor' });
    expect(applyBump('0.3.2', 'patch')).toEqual({ ok: true, version: '0.3.3', bump: 'patch' });
    expect(applyBump('1.0.0-rc.1', 'major')).toEqual({ ok: true, version: '1.0.0', bump: 'major' });
  });

  it('says what is wrong with the previous version or the tag', () => {
    expect(applyBump('two', 'minor')).toEqual({
      ok: false,
      input: 'previous',
      problem: expect.stringContaining('is not a semantic version'),
    });
    expect(applyBump('2.0.0', 'minor', 'r c')).toEqual({
      ok: false,
      input: 'tag',
      problem: expect.stringContaining('cannot be a pre-release tag'),
    });
  });
});
