/*
 * The team connection, loaded on demand by team-mode.ts once a token is known: one WebSocket to the
 * team's sync server shared by a provider for the team document and one per shared run and
 * incident. It registers the backend the store verbs route to, has every shared document mirrored
 * into the stores (team-mirroring.ts), keeps the status line and presence current, and keeps a copy
 * of each document here (document-copy.ts).
 */
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { describeIdentity, type TeamIdentity } from '../lib/team/identity-message.ts';
import { readChecklistOutline } from '../lib/team/landing-run.ts';
import { oversizedChange } from '../lib/team/oversized-change.ts';
import { documentRefusalMessage, refusalMessage } from '../lib/team/refusal.ts';
import { signInRefusalMessage } from '../lib/team/sign-in-refusal.ts';
import { TEAM_DOCUMENT, type TeamSignature } from '../lib/team/team-documents.ts';
import { $teamMembership, recordTeamIdentity } from '../stores/team-membership.ts';
import { $teamAccess } from '../stores/sign-in.ts';
import { setTeamRefusal, setTeamStatus } from '../stores/team-status.ts';
import { registerTeamBackend } from '../stores/team.ts';
import { silenceFor, watchConnectionStatus } from './connection-status.ts';
import { dropCopy } from './document-copy.ts';
import { connectDocument, type ConnectedDocument } from './document-connection.ts';
import { watchPresence } from './presence.ts';
import { measureSent } from './sent-sizes.ts';
import { teamBackend } from './team-backend.ts';
import { teamMirror } from './team-mirroring.ts';

/** Connect with the token the store holds now, and again whenever it changes (join, leave, another tab). */
export function startTeamConnection(url: string): void {
  let stopCurrent: (() => void) | undefined;
  let token: string | undefined;
  // With an issuer, a sign-in's ID token serves as the token when there is no team token.
  (import.meta.env.SYNC_OIDC_ISSUER ? $teamAccess : $teamMembership).subscribe((membership) => {
    if (membership.token === token) return;
    stopCurrent?.();
    stopCurrent = undefined;
    token = membership.token;
    if (token) stopCurrent = connect(url, token, startAfresh);
    else setTeamStatus({ kind: 'off' });
  });

  /**
   * The server refused a change of these documents: it is in this browser's copy, and would be sent
   * again on every reconnection (and everything built on it refused). Drop the copies and connect
   * again: the documents come back as the server has them, and the stores follow them.
   */
  function startAfresh(documentNames: ReadonlySet<string>) {
    if (!token) return;
    stopCurrent?.();
    documentNames.forEach(dropCopy);
    stopCurrent = connect(url, token, startAfresh);
  }
}

/** The sign-in code loads only when a session is to be renewed. */
function renewSignIn(): void {
  void import('./sign-in.ts').then((signIn) => signIn.renewSignIn());
}

/** Back within a few seconds of the server returning, without every page retrying at once. */
const RECONNECTING = { delay: 500, minDelay: 250, factor: 1.5, maxDelay: 3000 };

/** A change made now, signed with the server's name for the token (unsigned before it has answered). */
function signedNow(identity: TeamIdentity | undefined): TeamSignature {
  return {
    at: new Date().toISOString(),
    ...(identity
      ? { by: describeIdentity(identity), ...(identity.role ? { role: identity.role } : {}) }
      : {}),
  };
}

/** One connection with one token: returns how to close it. `startAfresh` drops documents holding a refused change. */
function connect(
  url: string,
  token: string,
  startAfresh: (documentNames: ReadonlySet<string>) => void,
): () => void {
  // Who the server says the token is: the last answer kept here, until it answers again.
  let identity: TeamIdentity | undefined = $teamMembership.get().identity;
  // A connection that hears nothing for this long is closed and counted offline (connection-status.ts).
  const messageReconnectTimeout = silenceFor(identity);
  const socket = new HocuspocusProviderWebsocket({ url, ...RECONNECTING, messageReconnectTimeout });
  const sentSizes = measureSent(socket);
  const toDrop = new Set<string>();
  const opened = new Map<string, ConnectedDocument>();
  let refused = false;
  // Documents the server has answered for at least once: the landing run is chosen only from the team's whole work.
  const synced = new Set<string>();
  let presence: ReturnType<typeof watchPresence> | undefined;
  const status = watchConnectionStatus({
    socket,
    providers: () => [...opened.values()].map((entry) => entry.provider),
    identity: () => identity,
    refused: () => refused,
  });
  // A change too big for the server closes the socket (1009): drop it, or it is sent again on each reconnection.
  socket.on('close', ({ event }: { event: { code: number } }) => {
    // The server closes a connection whose sign-in expired (4401): renew it, then connect with the new token.
    if (import.meta.env.SYNC_OIDC_ISSUER && event.code === 4401) renewSignIn();
    const oversized = oversizedChange(event.code, sentSizes);
    if (oversized) dropChange(oversized.documentName, oversized.message);
  });

  /** Say why a change was not shared, and start afresh from the server's documents once this event is handled. */
  function dropChange(documentName: string, message: string) {
    setTeamRefusal(message);
    if (toDrop.size === 0) setTimeout(() => startAfresh(new Set(toDrop)), 0);
    toDrop.add(documentName);
  }

  function heardIdentity(said: TeamIdentity) {
    identity = said;
    recordTeamIdentity(said);
    status.heard();
    presence?.publish();
  }

  function refuse(reason: string) {
    refused = true;
    setTeamStatus({
      kind: 'refused',
      // With an issuer, the refusals of an ID token say what the person can do.
      reason: (import.meta.env.SYNC_OIDC_ISSUER ? signInRefusalMessage : refusalMessage)(reason),
    });
    // The server will not take this token: stop asking. The copies here keep working locally.
    for (const entry of opened.values()) entry.provider.destroy();
    socket.destroy();
  }

  /** A shared document, connected once; `onChange` mirrors it after each change. */
  function open(name: string, onChange: (doc: Y.Doc) => void, withAwareness = false) {
    const existing = opened.get(name);
    if (existing) return existing;
    const entry = connectDocument(socket, token, name, withAwareness, {
      identity: (said) => {
        if (!refused) heardIdentity(said);
      },
      synced: () => {
        if (synced.has(name)) return;
        synced.add(name);
        mirror.mirrorTeam();
      },
      refused: (reason) => {
        // An expired sign-in is renewed, not refused: the new token makes a new connection.
        if (import.meta.env.SYNC_OIDC_ISSUER && reason === 'token-expired') return renewSignIn();
        const onlyThis = documentRefusalMessage(reason);
        if (!onlyThis) return refuse(reason);
        // Only this document is refused: the rest of the team's work stays live.
        setTeamRefusal(onlyThis);
        setTimeout(() => entry.provider.destroy(), 0);
      },
      notice: (notice) => {
        if (notice.type === 'team-sync/refused') dropChange(name, notice.message);
        else setTeamRefusal(notice.message);
      },
    });
    opened.set(name, entry);
    entry.provider.on('unsyncedChanges', status.report);
    entry.doc.on('update', () => onChange(entry.doc));
    entry.provider.attach();
    return entry;
  }

  const team = open(TEAM_DOCUMENT, () => mirror.mirrorTeam(), true);
  const mirror = teamMirror(
    {
      team: team.doc,
      open: (name, onChange) => open(name, onChange).doc,
      synced: (name) => synced.has(name),
    },
    readChecklistOutline(document.getElementById('checklist-outline')?.textContent),
  );
  registerTeamBackend(
    status.counted(
      teamBackend({
        team: team.doc,
        run: mirror.runDocument,
        incident: mirror.incidentDocument,
        signature: () => signedNow(identity),
      }),
    ),
  );
  mirror.mirrorTeam();
  if (team.provider.awareness) presence = watchPresence(team.provider.awareness, () => identity);
  const flushAll = () => opened.forEach((entry) => entry.flush());
  window.addEventListener('pagehide', flushAll);

  return () => {
    registerTeamBackend(undefined);
    presence?.stop();
    window.removeEventListener('pagehide', flushAll);
    status.stop();
    for (const entry of opened.values()) {
      entry.stop();
      entry.provider.destroy();
    }
    socket.destroy();
  };
}
