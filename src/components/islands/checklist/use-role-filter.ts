// "Show only my items": the remembered role filter (stores/role-filter.ts) applied to a checklist when
// it is the reader's own role, with unassigned items always shown (lib/roles/role-filter.ts). In a
// team build with a token, the reader's role is the one the server named for the token.
import type { ChecklistItem } from '../../../lib/checklist/checklist-item.ts';
import type { Identity } from '../../../lib/identity/identity.ts';
import { filterByRole, readRoleFilter } from '../../../lib/roles/role-filter.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { teamRole } from '../../../lib/team/team-role.ts';
import { $roleFilter, chooseRoleFilter } from '../../../stores/role-filter.ts';
import { useHydratedStore, useTeamMembership } from '../common/use-hydrated-store.ts';

type RoleFilter = (
  items: readonly ChecklistItem[],
  roles: readonly Role[],
  identity: Pick<Identity, 'roleId'>,
) => ReturnType<typeof useOwnRoleFilter>;

function useOwnRoleFilter(
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

/** While a token is held, the role the server named stands for "You are"'s (none when it named none). */
const useTeamRoleFilter: RoleFilter = (items, roles, identity) => {
  const membership = useTeamMembership();
  const role = membership.token ? { roleId: teamRole(roles, membership.identity)?.id } : identity;
  return useOwnRoleFilter(items, roles, role);
};

// Chosen once from a build-time constant, so that a local-only build carries none of team mode.
export const useRoleFilter: RoleFilter = import.meta.env.SYNC_URL
  ? useTeamRoleFilter
  : useOwnRoleFilter;
