import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWords, oneLine } from '../../../src/lib/markdown/markdown-text.ts';

describe('oneLine and hasWords', () => {
  it('folds white space and control characters into single spaces', () => {
    expect(oneLine('  a\n\tb\u0000c\u2028d  ')).toBe('a b c d');
  });

  it('agree on whether a text has anything left to show', () => {
    const unit = fc.constantFrom(
      ' ',
      '\n',
      '\t',
      '\r',
      '\u0000',
      '\u0007',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\u2029',
      '\u3000',
      '\ufeff',
      'a',
      '🚀',
      'ש',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(hasWords(text)).toBe(oneLine(text) !== '');
      }),
      { numRuns: 500 },
    );
  });
});
