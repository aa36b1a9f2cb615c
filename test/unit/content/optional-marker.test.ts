import { describe, expect, it } from 'vitest';
import { deriveItem } from '../../../src/lib/checklist/checklist-item.ts';
import { hasOptionalMarker, OPTIONAL_MARKERS, withoutOptionalMarker } from '../../../src/lib/content/optional-marker.ts';
import { deriveField } from '../../../src/lib/release-notes/release-notes-template.ts';

describe('optional markers', () => {
  it('are the same words for checklist items and release-notes fields', () => {
    for (const marker of OPTIONAL_MARKERS) {
      expect(deriveItem(`Backup or snapshot (${marker})`, []).condition).toBe('optional');
      expect(deriveField(`Known issues (${marker.toUpperCase()}):`).optional).toBe(true);
    }
    expect(OPTIONAL_MARKERS).toEqual(['if any', 'if applicable', 'if needed', 'optional']);
  });

  it('count only in parentheses', () => {
    expect(hasOptionalMarker('Optional extras reviewed')).toBe(false);
    expect(hasOptionalMarker('Roll back if needed')).toBe(false);
    expect(deriveItem('Optional extras reviewed', []).condition).toBeUndefined();
  });

  it('come off a title with the space before them', () => {
    expect(withoutOptionalMarker('Migration steps (if any):')).toBe('Migration steps:');
    expect(withoutOptionalMarker('Known issues')).toBe('Known issues');
  });
});
