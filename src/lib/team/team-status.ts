/**
 * The status line of team mode, always visible while a token is set: whom the server says you are,
 * or why nothing is being shared right now and what happens to your changes meanwhile.
 */
import { describeIdentity, type TeamIdentity } from './identity-message.ts';

export type TeamStatus =
  | { kind: 'off' }
  | { kind: 'connecting' }
  | { kind: 'connected'; identity: TeamIdentity }
  | { kind: 'reconnecting'; identity?: TeamIdentity | undefined }
  | { kind: 'offline'; identity?: TeamIdentity | undefined }
  | { kind: 'refused'; reason: string };

const READ_ONLY = ' Your token is read-only: you can watch, but not change anything.';

export function describeTeamStatus(status: TeamStatus): string {
  switch (status.kind) {
    case 'off':
      return 'Team mode is starting.';
    case 'connecting':
      return 'Connecting to your team’s server…';
    case 'connected':
      return `Connected as ${describeIdentity(status.identity)}.${status.identity.access === 'read-only' ? READ_ONLY : ''}`;
    case 'reconnecting':
      return 'Reconnecting… Your changes are kept in this browser meanwhile.';
    case 'offline':
      return `Offline${status.identity ? ` (${describeIdentity(status.identity)})` : ''}: your changes are kept in this browser and sent when the connection returns.`;
    case 'refused':
      return `Refused: ${status.reason} This page keeps working in this browser only.`;
  }
}

/**
 * The status once the connection is lost. A connection that was up is being made again: with several
 * instances behind a load balancer the next attempt usually lands on another one, so "Reconnecting…"
 * rather than "Offline". Only when an attempt fails too (the server is down) is the page offline.
 */
export function statusWhenDisconnected(
  previous: TeamStatus,
  identity: TeamIdentity | undefined,
): TeamStatus {
  return previous.kind === 'connected'
    ? { kind: 'reconnecting', identity }
    : { kind: 'offline', identity };
}
