/**
 * The status line of team mode, always visible while a token is set: whom the server says you are,
 * or why nothing is being shared right now and what happens to your changes meanwhile.
 */
import { describeIdentity, type TeamIdentity } from './identity-message.ts';

export type TeamStatus =
  | { kind: 'off' }
  | { kind: 'connecting' }
  | { kind: 'connected'; identity: TeamIdentity; waiting?: number | undefined }
  | { kind: 'reconnecting'; identity?: TeamIdentity | undefined }
  | { kind: 'offline'; identity?: TeamIdentity | undefined; waiting?: number | undefined }
  | { kind: 'refused'; reason: string };

const READ_ONLY = ' Your token is read-only: you can watch, but not change anything.';

const changes = (count: number) => `${count} change${count === 1 ? '' : 's'}`;

/**
 * After a time offline (`waiting` is set from then on): the changes not yet acknowledged by the
 * server, and that none are left once it has them all.
 */
function sharing(waiting: number | undefined): string {
  if (waiting === undefined) return '';
  return waiting > 0 ? ` Sharing ${changes(waiting)}…` : ' All changes shared.';
}

export function describeTeamStatus(status: TeamStatus): string {
  switch (status.kind) {
    case 'off':
      return 'Team mode is starting.';
    case 'connecting':
      return 'Connecting to your team’s server…';
    case 'connected':
      return `Connected as ${describeIdentity(status.identity)}.${status.identity.access === 'read-only' ? READ_ONLY : sharing(status.waiting)}`;
    case 'reconnecting':
      return 'Reconnecting… Your changes are kept in this browser meanwhile.';
    case 'offline':
      if (status.waiting)
        return `Offline: ${changes(status.waiting)} waiting, kept in this browser and shared when the connection returns.`;
      return `Offline${status.identity ? ` (${describeIdentity(status.identity)})` : ''}: your changes are kept in this browser and sent when the connection returns.`;
    case 'refused':
      return `Refused: ${status.reason} This page keeps working in this browser only.`;
  }
}

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';
export type ConnectionEvent = 'connected' | 'disconnected' | 'network-gone' | 'still-disconnected';

/** How long "Reconnecting…" is said before a connection not made again is called offline. */
export const RECONNECTING_GRACE_MS = 4000;

/**
 * The connection after an event. A connection that was up and is lost is being made again: with
 * several instances behind a load balancer the next attempt usually lands on another one within a
 * second or two, so "Reconnecting…" rather than "Offline". It is offline once an attempt fails too
 * (the server is down), once the grace is over without a connection (a silent network), or at once
 * when the browser says the network is gone.
 */
export function connectionAfter(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event) {
    case 'connected':
      return 'connected';
    case 'disconnected':
      return state === 'connected' ? 'reconnecting' : 'offline';
    case 'network-gone':
      return 'offline';
    case 'still-disconnected':
      return state === 'reconnecting' ? 'offline' : state;
  }
}
