/*
 * Who else has the team open, and which run or incident they are viewing, through the team
 * document's awareness: each page publishes the name the server gave its token and what it views,
 * and reads the others' (lib/team/presence.ts) into the presence store.
 */
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { othersPresent } from '../lib/team/presence.ts';
import { $viewing, setTeamPresence } from '../stores/team-status.ts';

/** How often this page's presence is published again (a heartbeat); see SILENCE_MS in team-connection.ts. */
export const HEARTBEAT_MS = 2000;

/** What presence needs of the team document's awareness (y-protocols' `Awareness`). */
export interface PresenceAwareness {
  clientID: number;
  getStates(): Map<number, unknown>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): unknown;
  off(event: 'change', listener: () => void): unknown;
}

/**
 * Publish this page's presence and keep the others' in the store until the returned stop. Call
 * `publish` again when the server names the token (its identity arrives after connecting).
 */
export function watchPresence(
  awareness: PresenceAwareness,
  identity: () => TeamIdentity | undefined,
): { publish: () => void; stop: () => void } {
  const publish = () => {
    const who = identity();
    awareness.setLocalStateField(
      'user',
      who ? { name: who.name, role: who.role, viewing: $viewing.get() } : null,
    );
  };
  const read = () => setTeamPresence(othersPresent(awareness.getStates(), awareness.clientID));
  awareness.on('change', read);
  const stopViewing = $viewing.subscribe(publish);
  // The server relays every presence to every page, its sender's included: published again every
  // few seconds, it is the heartbeat by which the connection notices a silent network (team-connection.ts).
  const heartbeat = setInterval(publish, HEARTBEAT_MS);
  return {
    publish,
    stop: () => {
      clearInterval(heartbeat);
      awareness.off('change', read);
      stopViewing();
      setTeamPresence([]);
    },
  };
}
