import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';
import type { TeamMembership } from '../../../lib/team/team-membership.ts';
import type { TeamStatus } from '../../../lib/team/team-status.ts';
import { $teamAccess, $teamMembership, $teamStatus } from '../../../stores/team.ts';

// Every island reads stores through this module: in a team build it starts team mode, once per page.
if (import.meta.env.SYNC_URL && typeof window !== 'undefined')
  void import('../../../team/team-mode.ts');

/**
 * The store's value, but `serverValue` while hydrating: the HTML was rendered from the empty
 * state, and the saved state (localStorage) is applied right after, without a hydration
 * mismatch. Works for computed stores too, which `useStore`'s `ssr` option does not cover.
 */
export function useHydratedStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getServerValue = useCallback(() => serverValue, [serverValue]);
  return useSyncExternalStore(subscribe, store.get, getServerValue);
}

/** False in the server's HTML and while hydrating, then true: controls that need the page's script wait for it. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  // Set by an effect on purpose: true once the hydrated island is committed and its effects run,
  // which is when the islands' controls have always turned on. A store-like switch
  // (useSyncExternalStore) flips earlier, in the render that follows hydration, and the controls of
  // the release-notes form then worked before its lazily loaded preview was shown.
  useEffect(() => setMounted(true), []);
  return mounted;
}

/**
 * The time now, once the page runs; undefined in the server's HTML and while hydrating. Every island
 * gets `now` this way: the server cannot know the reader's now (the build's would be wrong, and
 * rendering it would not match the HTML being hydrated), so times relative to now wait for the page.
 */
export function useNow(): Date | undefined {
  return useMounted() ? new Date() : undefined;
}

// Team mode's state, with what the server's HTML shows (no team, not connected). Which hook a build
// uses is chosen once, when the module loads, from a build-time constant: every render of every
// component calls the same hooks, and a local-only build carries none of team mode.
const NOT_IN_A_TEAM: TeamMembership = { runs: [], incidents: [] };
const STARTING: TeamStatus = { kind: 'off' };

function useStoredMembership(): TeamMembership {
  return useHydratedStore($teamMembership, NOT_IN_A_TEAM);
}

/** With an issuer: a sign-in's ID token stands for the team token. */
function useSignedInMembership(): TeamMembership {
  return useHydratedStore($teamAccess, NOT_IN_A_TEAM);
}

function useConnectionStatus(): TeamStatus {
  return useHydratedStore($teamStatus, STARTING);
}

/** The team token and the runs and incidents that are the team's (never any in a local-only build). */
export const useTeamMembership: () => TeamMembership = import.meta.env.SYNC_URL
  ? import.meta.env.SYNC_OIDC_ISSUER
    ? useSignedInMembership
    : useStoredMembership
  : () => NOT_IN_A_TEAM;

/** The connection to the team's server, as it last was (off in a local-only build). */
export const useTeamStatus: () => TeamStatus = import.meta.env.SYNC_URL
  ? useConnectionStatus
  : () => STARTING;
