import { describe, expect, it } from 'vitest';
import { pagefindBundleFile } from '../../../src/lib/search/bundle-path.ts';

describe('pagefindBundleFile', () => {
  it.each([
    ['/', '/pagefind/pagefind.js', 'pagefind.js'],
    ['/', '/pagefind/fragment/en_1a2b.pf_fragment?x=1', 'fragment/en_1a2b.pf_fragment'],
    ['/release-guide/', '/release-guide/pagefind/pagefind-entry.json', 'pagefind-entry.json'],
    ['/release-guide/', '/pagefind/pagefind.js', null],
    ['/', '/guide/', null],
    ['/', '/pagefind/', null],
    ['/', '/pagefind/../../etc/passwd', null],
    ['/', '/pagefind/%2e%2e/secret', null],
    ['/', '/pagefind/a%5C..%5Csecret', null],
    ['/', '/pagefind/%E0%A4%A', null],
    ['/', undefined, null],
  ])('under %s, %s → %s', (base, url, file) => expect(pagefindBundleFile(base, url)).toBe(file));
});
