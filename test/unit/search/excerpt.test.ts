import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../../src/lib/search/excerpt.ts';

describe('excerptSegments', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(
      excerptSegments('Deploy to staging and run <mark>smoke</mark> <mark>tests</mark> (QA Lead)'),
    ).toEqual([
      { text: 'Deploy to staging and run ', mark: false },
      { text: 'smoke', mark: true },
      { text: ' ', mark: false },
      { text: 'tests', mark: true },
      { text: ' (QA Lead)', mark: false },
    ]);
  });

  it('decodes the entities Pagefind encodes, so the text reads as written', () => {
    expect(
      excerptSegments(
        '<mark>Rollback</mark> &amp; Incident &lt;b&gt; &quot;x&quot; &#39;y&#39; &#x2014; &bogus;',
      ),
    ).toEqual([
      { text: 'Rollback', mark: true },
      { text: ' & Incident <b> "x" \'y\' — &bogus;', mark: false },
    ]);
  });

  it('drops any other tag (the runs are rendered as text, never as HTML)', () => {
    expect(excerptSegments('a <img src=x onerror=alert(1)> b')).toEqual([
      { text: 'a  b', mark: false },
    ]);
    expect(excerptSegments('<mark></mark>')).toEqual([]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('yields non-empty runs that alternate between plain and highlighted, for any input', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('<mark>', '</mark>', 'a', ' ', '&amp;', '<b>', '&#0;'))
          .map((parts) => parts.join('')),
        (text) => {
          const segments = excerptSegments(text);
          expect(segments.every((segment) => segment.text !== '')).toBe(true);
          expect(
            segments.every(
              (segment, index) => index === 0 || segments[index - 1]!.mark !== segment.mark,
            ),
          ).toBe(true);
        },
      ),
    );
  });
});
