import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowTarget } from '../../../src/lib/search/arrow-navigation.ts';

describe('arrowTarget', () => {
  it('moves from the field through the results and wraps around', () => {
    expect(arrowTarget(0, 'ArrowDown', 3)).toBe(1);
    expect(arrowTarget(1, 'ArrowDown', 3)).toBe(2);
    expect(arrowTarget(3, 'ArrowDown', 3)).toBe(0);
    expect(arrowTarget(1, 'ArrowUp', 3)).toBe(0);
    expect(arrowTarget(0, 'ArrowUp', 3)).toBe(3);
  });

  it('does nothing without results, outside the field and results, or for other keys', () => {
    expect(arrowTarget(0, 'ArrowDown', 0)).toBeUndefined();
    expect(arrowTarget(-1, 'ArrowDown', 3)).toBeUndefined();
    expect(arrowTarget(4, 'ArrowDown', 3)).toBeUndefined();
    expect(arrowTarget(1, 'Enter', 3)).toBeUndefined();
    expect(arrowTarget(1, 'ArrowLeft', 3)).toBeUndefined();
  });

  it('always lands on a position that exists', () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.nat(20),
        fc.constantFrom('ArrowDown', 'ArrowUp'),
        (count, current, key) => {
          const target = arrowTarget(current, key, count);
          if (count === 0 || current > count) {
            expect(target).toBeUndefined();
          } else {
            expect(target).toBeGreaterThanOrEqual(0);
            expect(target).toBeLessThanOrEqual(count);
            expect(target).not.toBe(current);
          }
        },
      ),
    );
  });
});
