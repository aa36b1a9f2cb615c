import { useTeamMembership } from '../common/use-hydrated-store.ts';

/**
 * Why "Show only my items" is off, in a team build: with a token there is no role to choose here,
 * the team's server names it, and this token has none. ChecklistProgress renders it only when
 * `import.meta.env.SYNC_URL` is set; a local-only build only ever asks to choose.
 */
export function NoRoleHint() {
  return useTeamMembership().token
    ? 'Your team token names no role of this guide, so there are no items of yours to show.'
    : 'Choose your role above to filter.';
}
