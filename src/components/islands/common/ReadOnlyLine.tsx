import { isReadOnlyWork, READ_ONLY_LINE } from '../../../lib/team-sync/read-only.ts';
import { useTeamMembership, useTeamStatus } from './use-team-state.ts';

/**
 * True when the work on screen (`id`; undefined for work not made yet) is the team's and the
 * token is read-only: the islands then disable what would change it. Always false in a local-only
 * build, whose bundle drops the rule (the hooks run in every build, as hooks must).
 */
export function useReadOnlyWork(kind: 'runs' | 'incidents', id: string | undefined): boolean {
  const membership = useTeamMembership();
  const status = useTeamStatus();
  return Boolean(import.meta.env.SYNC_URL) && isReadOnlyWork(membership, status, kind, id);
}

/** Why the controls are disabled, shown where they are. */
export function ReadOnlyLine({ readOnly }: { readOnly: boolean }) {
  // A local-only build never shows it, and so carries neither the line nor its words.
  if (!import.meta.env.SYNC_URL || !readOnly) return null;
  return <p className="team-read-only">{READ_ONLY_LINE}</p>;
}
