import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/navigation/table-of-contents.ts';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and leaves out other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'purpose', text: 'Purpose' },
      { depth: 3, slug: 'why', text: 'Why' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'release-types', text: 'Release Types' },
    ]);
    expect(toc).toEqual([
      { slug: 'purpose', text: 'Purpose', children: [{ slug: 'why', text: 'Why', children: [] }] },
      { slug: 'release-types', text: 'Release Types', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'a', text: 'A' }])).toEqual([
      { slug: 'a', text: 'A', children: [] },
    ]);
  });
});
