/*
 * The status line's view of the team connection: connecting, connected as whom, reconnecting or offline, and
 * from the first time offline on, how many of this person's changes (a tick, a note, a new run: one
 * call of the team backend each) the server has not acknowledged yet ("Offline: 2 changes waiting",
 * then "All changes shared"). The providers count Yjs updates, several for one change, and not
 * which; so the changes made are counted here, from the last moment the providers had none waiting. Offline is noticed three ways: the socket closes;
 * the browser says the network is gone (the socket is then closed at once, and opened again when the
 * network is back); or the socket hears nothing for a while, when a read-write page hears its own
 * presence every HEARTBEAT_MS (presence.ts).
 */
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import {
  connectionAfter,
  type ConnectionEvent,
  type ConnectionState,
  RECONNECTING_GRACE_MS,
} from '../lib/team/team-status.ts';
import type { TeamBackend } from '../stores/team.ts';
import { setTeamStatus } from '../stores/team-status.ts';
import { HEARTBEAT_MS } from './presence.ts';

/** The server relays no presence of a read-only token, which may hear nothing for long. */
export const silenceFor = (identity: TeamIdentity | undefined) =>
  identity?.access === 'read-only' ? 30_000 : 3 * HEARTBEAT_MS;

export interface StatusSource {
  socket: HocuspocusProviderWebsocket;
  providers(): Iterable<HocuspocusProvider>;
  identity(): TeamIdentity | undefined;
  refused(): boolean;
}

/** Keeps the status store current; `report` again when the identity or a provider changes. */
export function watchConnectionStatus({ socket, providers, identity, refused }: StatusSource) {
  let connection: ConnectionState = 'connecting';
  let counting = false;
  let made = 0;
  let grace: ReturnType<typeof setTimeout> | undefined;

  function report() {
    if (refused()) return;
    let unacknowledged = 0;
    for (const provider of providers()) unacknowledged += provider.unsyncedChanges;
    if (unacknowledged === 0) made = 0;
    const waiting = made;
    const who = identity();
    socket.configuration.messageReconnectTimeout = silenceFor(who);
    if (connection === 'offline') {
      counting = true;
      setTeamStatus({ kind: 'offline', identity: who, waiting });
    } else if (connection === 'reconnecting')
      setTeamStatus({ kind: 'reconnecting', identity: who });
    else if (connection === 'connected' && who)
      setTeamStatus({ kind: 'connected', identity: who, ...(counting ? { waiting } : {}) });
    else setTeamStatus({ kind: 'connecting' });
  }

  function happened(event: ConnectionEvent) {
    connection = connectionAfter(connection, event);
    clearTimeout(grace);
    if (connection === 'reconnecting')
      grace = setTimeout(() => happened('still-disconnected'), RECONNECTING_GRACE_MS);
    report();
  }

  socket.on('status', ({ status }: { status: string }) => {
    if (status === 'connected') happened('connected');
    else if (status === 'disconnected') happened('disconnected');
  });
  const networkGone = () => {
    socket.disconnect();
    happened('network-gone');
  };
  const networkBack = () => void socket.connect();
  window.addEventListener('offline', networkGone);
  window.addEventListener('online', networkBack);
  report();

  return {
    report,
    /** The backend, each change it is handed counted as waiting until the providers have none. */
    counted(backend: TeamBackend): TeamBackend {
      const counted = { ...backend };
      for (const verb of Object.keys(backend) as (keyof TeamBackend)[]) {
        const make = backend[verb] as (...input: unknown[]) => unknown;
        (counted[verb] as typeof make) = (...input) => {
          made += 1;
          const outcome = make(...input);
          report();
          return outcome;
        };
      }
      return counted;
    },
    /** The server has answered for the token: the connection works. */
    heard() {
      happened('connected');
    },
    stop() {
      clearTimeout(grace);
      window.removeEventListener('offline', networkGone);
      window.removeEventListener('online', networkBack);
    },
  };
}
