import { isReadOnlyWork, READ_ONLY_LINE } from '../../../lib/team/read-only.ts';
import { useTeamMembership, useTeamStatus } from './use-hydrated-store.ts';

function useTeamReadOnlyWork(kind: 'runs' | 'incidents', id: string | undefined): boolean {
  const membership = useTeamMembership();
  const status = useTeamStatus();
  return isReadOnlyWork(membership, status, kind, id);
}

/**
 * True when the work on screen (`id`; undefined for work not made yet) is the team's and the
 * token is read-only: the islands then disable what would change it. Never in a local-only build,
 * which carries none of it: the hook is chosen once, from a build-time constant, as the team
 * state's hooks are.
 */
export const useReadOnlyWork: (kind: 'runs' | 'incidents', id: string | undefined) => boolean =
  import.meta.env.SYNC_URL ? useTeamReadOnlyWork : () => false;

/** Why the controls are disabled, shown where they are. */
export function ReadOnlyLine({ readOnly }: { readOnly: boolean }) {
  // A local-only build never shows it, and so carries neither the line nor its words.
  if (!import.meta.env.SYNC_URL || !readOnly) return null;
  return <p className="team-read-only">{READ_ONLY_LINE}</p>;
}
