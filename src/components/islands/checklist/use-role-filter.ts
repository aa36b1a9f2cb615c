// "Show only my items": the remembered role filter (stores/role-filter.ts) applied to a checklist when
// it is the reader's own role, with unassigned items always shown (lib/roles/role-filter.ts).
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import type { Identity } from '../../../lib/identity/identity.ts';
import { filterByRole, readRoleFilter } from '../../../lib/roles/role-filter.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $roleFilter, chooseRoleFilter } from '../../../stores/role-filter.ts';
import { useHydratedStore } from '../common/use-hydrated-store.ts';

export function useRoleFilter(
  items: readonly ChecklistItem[],
  roles: readonly Role[],
  identity: Pick<Identity, 'roleId'>,
) {
  // The reader's own role, from "You are".
  const myRole = roles.find((role) => role.id === identity.roleId);
  const stored = useHydratedStore($roleFilter, '');
  const onlyMine =
    myRole !== undefined &&
    readRoleFilter(
      stored,
      roles.map((role) => role.id),
    ) === myRole.id;
  return {
    myRole,
    onlyMine,
    filtered: filterByRole(items, onlyMine ? myRole.id : undefined),
    setOnlyMine: (checked: boolean) => chooseRoleFilter(checked && myRole ? myRole.id : ''),
  };
}
