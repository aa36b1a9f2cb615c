import { describe, expect, it } from 'vitest';
import { toGfmMarkdown } from '../../../../src/lib/markdown/gfm-markdown.ts';
import {
  GITHUB_URL_LIMIT,
  newIssueUrl,
  newReleaseUrl,
  repositoryUrl,
  textWithRefLinks,
} from '../../../../src/lib/release-notes/changes/repository-links.ts';

const REPO = 'https://github.com/octoacme/app';

describe('repositoryUrl', () => {
  it('accepts an http(s) address with an owner and a name, tidied', () => {
    expect(repositoryUrl(REPO)).toEqual({ ok: true, url: REPO });
    expect(repositoryUrl(' https://github.com/octoacme/app.git/ ')).toEqual({
      ok: true,
      url: REPO,
    });
    expect(repositoryUrl('https://github.com/octoacme/app?tab=readme#top')).toEqual({
      ok: true,
      url: REPO,
    });
    expect(repositoryUrl('http://git.octoacme.example/team/app')).toEqual({
      ok: true,
      url: 'http://git.octoacme.example/team/app',
    });
  });

  it('refuses anything else, saying why', () => {
    expect(repositoryUrl(undefined)).toEqual({
      ok: false,
      problem: 'No repository address is set.',
    });
    expect(repositoryUrl('javascript:alert(1)//github.com/a/b')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('https://'),
    });
    expect(repositoryUrl('git@github.com:octoacme/app.git')).toMatchObject({ ok: false });
    expect(repositoryUrl('https://github.com/octoacme')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('owner and a name'),
    });
    expect(repositoryUrl('https://user:secret@github.com/octoacme/app')).toMatchObject({
      ok: false,
    });
  });
});

describe('textWithRefLinks', () => {
  it('links each "#123" to its pull request', () => {
    expect(textWithRefLinks('Fix crash (#12, #14)', REPO)).toEqual([
      { type: 'text', value: 'Fix crash (' },
      { type: 'link', url: `${REPO}/pull/12`, children: [{ type: 'text', value: '#12' }] },
      { type: 'text', value: ', ' },
      { type: 'link', url: `${REPO}/pull/14`, children: [{ type: 'text', value: '#14' }] },
      { type: 'text', value: ')' },
    ]);
  });

  it('leaves "#" that is not a reference alone: anchors, entities, words', () => {
    expect(textWithRefLinks('See page#12, &#123; and C#7 or #12a', REPO)).toEqual([
      { type: 'text', value: 'See page#12, &#123; and C#7 or #12a' },
    ]);
  });

  it('keeps plain text without a valid http(s) repository address', () => {
    for (const repository of [undefined, '', 'javascript:alert(1)', 'ftp://github.com/a/b']) {
      expect(textWithRefLinks('Fix (#12)', repository)).toEqual([
        { type: 'text', value: 'Fix (#12)' },
      ]);
    }
  });

  it('serialises to Markdown links with the text escaped', () => {
    const markdown = toGfmMarkdown({
      type: 'root',
      children: [
        { type: 'paragraph', children: textWithRefLinks('Use *stars* [x](y) (#7)', REPO) },
      ],
    });
    expect(markdown).toBe(`Use \\*stars\\* \\[x]\\(y) ([#7](${REPO}/pull/7))\n`);
  });
});

describe('newReleaseUrl and newIssueUrl', () => {
  it('fill GitHub’s forms, every value percent-encoded', () => {
    const url = `${REPO}/releases/new?tag=v2.5.0&title=Aurora%202.5.0%20%26%20more&body=%23%23%20Notes%0A-%20a%2Bb%3Dc%20%231%20%3Fx`;
    expect(
      newReleaseUrl(REPO, {
        tag: 'v2.5.0',
        title: 'Aurora 2.5.0 & more',
        body: '## Notes\n- a+b=c #1 ?x',
      }),
    ).toEqual({ ok: true, url, length: 139, tooLong: false });
    expect(url).toHaveLength(139);
    const issue = newIssueUrl(`${REPO}/`, { title: 'Notes: ünïcödé 🎉', body: 'x' });
    expect(issue).toMatchObject({
      ok: true,
      url: `${REPO}/issues/new?title=Notes%3A%20%C3%BCn%C3%AFc%C3%B6d%C3%A9%20%F0%9F%8E%89&body=x`,
    });
    expect(newReleaseUrl(REPO, { tag: 'v3.0.0-rc.1', prerelease: true })).toMatchObject({
      url: `${REPO}/releases/new?tag=v3.0.0-rc.1&prerelease=1`,
    });
  });

  it('reads back exactly what was put in, even a lone surrogate (as U+FFFD)', () => {
    const body = 'Line one\r\nLine two & "three" <four> \uD83D';
    const link = newIssueUrl(REPO, { title: 't', body });
    expect(link.ok && new URL(link.url).searchParams.get('body')).toBe(
      'Line one\r\nLine two & "three" <four> \uFFFD',
    );
  });

  it('says when the address would be too long for GitHub', () => {
    const fits = newIssueUrl(REPO, {
      title: 't',
      body: 'x'.repeat(GITHUB_URL_LIMIT - `${REPO}/issues/new?title=t&body=`.length),
    });
    expect(fits).toMatchObject({ ok: true, length: GITHUB_URL_LIMIT, tooLong: false });
    expect(newIssueUrl(REPO, { title: 't', body: 'é'.repeat(1400) })).toMatchObject({
      ok: true,
      tooLong: true,
    });
  });

  it('refuses to build a link for an address that is not http(s)', () => {
    expect(newReleaseUrl('javascript:alert(1)', { tag: 'v1' })).toMatchObject({ ok: false });
    expect(newIssueUrl(undefined, { title: 'x' })).toEqual({
      ok: false,
      problem: 'No repository address is set.',
    });
  });
});
