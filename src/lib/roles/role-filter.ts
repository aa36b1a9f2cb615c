/**
 * Narrowing a list of items to one role's, without hiding what belongs to nobody: an item with no
 * owner is everyone's to check, so it always shows. The same rule for the checklists and the roles
 * matrix, and the one line that says what the filter left out.
 */

/** The owners of an item or a row: role ids, none for an unassigned one. */
export interface Owned {
  owners: readonly string[];
}

export interface RoleFilterResult<T extends Owned> {
  /** The items shown, in their order. */
  shown: T[];
  /** Of the shown items, those the role owns. */
  owned: number;
  hidden: number;
  total: number;
}

/** The items a role sees: its own and the unassigned ones; every item without a role. */
export function filterByRole<T extends Owned>(
  items: readonly T[],
  roleId: string | undefined,
): RoleFilterResult<T> {
  const shown = items.filter(
    (item) => !roleId || item.owners.length === 0 || item.owners.includes(roleId),
  );
  const owned = roleId ? shown.filter((item) => item.owners.includes(roleId)).length : shown.length;
  return { shown, owned, hidden: items.length - shown.length, total: items.length };
}

/**
 * "3 of 8 shown · 5 hidden"; when nothing is the role's, it says so first: "No items for Tech Lead
 * here · 2 unassigned shown · 5 hidden". Empty when nothing is filtered.
 */
export function describeRoleFilter(
  result: RoleFilterResult<Owned>,
  roleName: string | undefined,
): string {
  if (roleName === undefined) return '';
  if (result.owned > 0)
    return `${result.shown.length} of ${result.total} shown · ${result.hidden} hidden`;
  const unassigned = result.shown.length;
  return `No items for ${roleName} here · ${unassigned > 0 ? `${unassigned} unassigned shown · ${result.hidden} hidden` : `all ${result.total} hidden`}`;
}

/**
 * The remembered role filter, if it still names a role: anything else (a role since removed, text
 * written by something else) is no filter at all.
 */
export function readRoleFilter(stored: unknown, roleIds: readonly string[]): string | undefined {
  return typeof stored === 'string' && roleIds.includes(stored) ? stored : undefined;
}

/** Where the chosen role is remembered: the document name, under the site's namespace (see storage-keys.ts). */
export const ROLE_FILTER_NAME = 'role-filter';

/**
 * The whole key, `storageKey(ROLE_FILTER_NAME)` written out (a unit test holds them equal): the roles
 * page reads it without importing the storage modules, which the islands share. A module shared by
 * the roles page and the islands becomes a chunk of its own, and a chunk of its own costs every
 * interactive page about half a kilobyte of its first load.
 */
export const ROLE_FILTER_KEY = 'octoacme-rg:v1:role-filter';
