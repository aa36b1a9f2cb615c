import { describe, expect, it } from 'vitest';
import {
  hasContent,
  listEntries,
  paragraphsOf,
  parseLinkEntry,
} from '../../../src/lib/release-notes/field-values.ts';

describe('listEntries', () => {
  it('reads one entry per line, skipping blank lines and the bullets of a pasted list', () => {
    expect(
      listEntries('Faster sync\n\n- New export\r\n  * Dark theme  \n• Fewer   clicks\n-\n'),
    ).toEqual(['Faster sync', 'New export', 'Dark theme', 'Fewer clicks', '-']);
  });

  it('keeps Markdown-looking text as it is', () => {
    expect(
      listEntries('# not a heading\n[x](javascript:alert(1))\n1. first\n`code` | pipe'),
    ).toEqual(['# not a heading', '[x](javascript:alert(1))', '1. first', '`code` | pipe']);
  });
});

describe('paragraphsOf', () => {
  it('splits on blank lines and folds the lines of a paragraph', () => {
    expect(paragraphsOf('First line\nsecond line\n\n  \nSecond paragraph\u0007\n\n')).toEqual([
      'First line second line',
      'Second paragraph',
    ]);
    expect(paragraphsOf(' \n ')).toEqual([]);
  });
});

describe('hasContent', () => {
  it('does not count white space, control characters or bare bullets', () => {
    expect(hasContent('text', ' \t\u0001 ')).toBe(false);
    expect(hasContent('list', '- \n * \n')).toBe(false);
    expect(hasContent('list', '- a')).toBe(true);
    expect(hasContent('paragraph', undefined)).toBe(false);
    expect(hasContent('date', '2026-11-26')).toBe(true);
  });
});

describe('parseLinkEntry', () => {
  it.each([
    [
      'Upgrade guide — https://docs.octoacme.example/upgrade',
      { ok: true, title: 'Upgrade guide', url: 'https://docs.octoacme.example/upgrade' },
    ],
    [
      'API changes - http://docs.octoacme.example/api?v=2#top',
      { ok: true, title: 'API changes', url: 'http://docs.octoacme.example/api?v=2#top' },
    ],
    ['Docs: API: https://x.example', { ok: true, title: 'Docs: API', url: 'https://x.example/' }],
    ['https://docs.octoacme.example', { ok: true, url: 'https://docs.octoacme.example/' }],
    [
      'Ünïcode 🚀 — https://例え.jp/パス',
      { ok: true, title: 'Ünïcode 🚀', url: 'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9' },
    ],
  ])('reads %j as a link', (line, expected) => {
    expect(parseLinkEntry(line)).toEqual(expected);
  });

  it.each([
    ['Click me — javascript:alert(1)', 'only http:// and https:// addresses can be links'],
    [
      'data:text/html,<script>alert(1)</script>',
      'only http:// and https:// addresses can be links',
    ],
    ['Docs — ftp://files.example', 'only http:// and https:// addresses can be links'],
    ['Docs — www.octoacme.example', 'start the address with https://'],
    ['Just a title', 'it has no https:// address at the end'],
    ['https://', 'the address is not a valid URL'],
  ])('keeps %j as text: %s', (line, problem) => {
    expect(parseLinkEntry(line)).toEqual({ ok: false, text: line, problem });
  });
});
