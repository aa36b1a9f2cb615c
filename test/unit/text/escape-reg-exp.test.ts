import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/text/escape-reg-exp.ts';

describe('escapeRegExp', () => {
  it('makes any text match itself and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, other) => {
        const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
        expect(pattern.test(text)).toBe(true);
        if (other !== text) expect(pattern.test(other)).toBe(false);
      }),
    );
    expect(escapeRegExp('C++ (lead).')).toBe('C\\+\\+ \\(lead\\)\\.');
  });
});
