// The role the checklists are narrowed to ("Show only my items"), remembered in this browser so that
// it holds from one checklist to the next and matches the roles page's filter. A plain role id, the
// same text the roles page writes; a value that names no role is read as no filter (see lib/roles).
import { persistentAtom } from '@nanostores/persistent';
import type { ReadableAtom } from 'nanostores';
import { ROLE_FILTER_NAME } from '../lib/roles/role-filter.ts';
import { storageKey } from '../lib/storage/storage-keys.ts';
// The storage engine (safe against a full or blocked storage) is set up there, before any store reads.
import './storage.ts';

const roleFilter = persistentAtom<string>(storageKey(ROLE_FILTER_NAME), '');

/** The remembered role id, '' for none. Read-only: it changes through `chooseRoleFilter`. */
export const $roleFilter: ReadableAtom<string> = roleFilter;

/** Narrow the lists to a role's items ('' shows every item). */
export function chooseRoleFilter(roleId: string): void {
  roleFilter.set(roleId);
}
