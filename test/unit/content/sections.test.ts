import { describe, expect, it } from 'vitest';
import { sectionLabel } from '../../../src/lib/content/sections.ts';

describe('sectionLabel', () => {
  it('names a section, and nothing for a page outside the sections', () => {
    expect(sectionLabel('playbook')).toBe('Playbook');
    expect(sectionLabel(undefined)).toBeUndefined();
    expect(sectionLabel('blog')).toBeUndefined();
  });
});
