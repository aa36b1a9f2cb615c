import { describe, expect, it } from 'vitest';
import {
  describeRoleFilter,
  filterByRole,
  readRoleFilter,
  ROLE_FILTER_KEY,
  ROLE_FILTER_NAME,
} from '../../../src/lib/roles/role-filter.ts';
import { storageKey } from '../../../src/lib/storage/storage-keys.ts';

const items = [
  { id: 'criteria', owners: [] },
  { id: 'ci', owners: [] },
  { id: 'notes', owners: ['technical-writer', 'pm'] },
  { id: 'rollback', owners: ['release-manager'] },
  { id: 'smoke', owners: ['qa-lead'] },
];

describe('filterByRole', () => {
  it('shows the role’s items and the unassigned ones, in their order', () => {
    const result = filterByRole(items, 'qa-lead');
    expect(result.shown.map((item) => item.id)).toEqual(['criteria', 'ci', 'smoke']);
    expect(result).toMatchObject({ owned: 1, hidden: 2, total: 5 });
    expect(describeRoleFilter(result, 'QA Lead')).toBe('3 of 5 shown · 2 hidden');
  });

  it('shows everything, and says nothing, without a role', () => {
    const result = filterByRole(items, undefined);
    expect(result.shown).toEqual(items);
    expect(result.hidden).toBe(0);
    expect(describeRoleFilter(result, undefined)).toBe('');
  });

  it('says so when nothing is the role’s', () => {
    expect(describeRoleFilter(filterByRole(items, 'tech-lead'), 'Tech Lead')).toBe(
      'No items for Tech Lead here · 2 unassigned shown · 3 hidden',
    );
    const owned = items.filter((item) => item.owners.length > 0);
    expect(describeRoleFilter(filterByRole(owned, 'tech-lead'), 'Tech Lead')).toBe(
      'No items for Tech Lead here · all 3 hidden',
    );
  });
});

describe('readRoleFilter', () => {
  it('reads a remembered role that still exists, and ignores anything else', () => {
    const ids = ['qa-lead', 'pm'];
    expect(readRoleFilter('qa-lead', ids)).toBe('qa-lead');
    for (const junk of [
      '',
      'QA Lead',
      'removed-role',
      '{"v":1}',
      null,
      undefined,
      42,
      ['qa-lead'],
      '__proto__',
    ]) {
      expect(readRoleFilter(junk, ids), String(junk)).toBeUndefined();
    }
  });
});

describe('where the role filter is remembered', () => {
  it('is the site’s key for it, written out for the roles page', () => {
    expect(ROLE_FILTER_KEY).toBe(storageKey(ROLE_FILTER_NAME));
  });
});
