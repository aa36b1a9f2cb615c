import { describe, expect, it } from 'vitest';
import { normaliseBasePath, stripBase, withBase } from '../../../src/lib/site/base-path.ts';

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['docs', '/docs/'],
    ['/docs', '/docs/'],
    ['docs/', '/docs/'],
    ['//team/release-guide//', '/team/release-guide/'],
  ])('%j → %s', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });

  it('rejects characters that would break URLs', () => {
    expect(() => normaliseBasePath('my docs')).toThrow(/BASE_PATH "my docs" may only contain/);
    expect(() => normaliseBasePath('a?b')).toThrow(/BASE_PATH/);
  });
});

describe('withBase', () => {
  it('prefixes root-relative paths', () => {
    expect(withBase('/docs/', '/guide/')).toBe('/docs/guide/');
    expect(withBase('/docs/', '/')).toBe('/docs/');
    expect(withBase('/', '/guide/')).toBe('/guide/');
  });

  it('leaves external, protocol-relative, fragment and relative links alone', () => {
    for (const href of [
      'https://example.com/',
      '//cdn.example.com/x',
      '#top',
      '../guide/',
      'mailto:a@b.c',
    ]) {
      expect(withBase('/docs/', href)).toBe(href);
    }
  });

  it('does not prefix twice', () => {
    expect(withBase('/docs/', '/docs/guide/')).toBe('/docs/guide/');
  });
});

describe('stripBase', () => {
  it('turns a pathname into a route', () => {
    expect(stripBase('/docs/', '/docs/guide/')).toBe('/guide/');
    expect(stripBase('/docs/', '/docs/')).toBe('/');
    expect(stripBase('/', '/guide/')).toBe('/guide/');
  });
});
