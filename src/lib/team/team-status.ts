/**
 * The status line of team mode, always visible while a token is set: whom the server says you are,
 * or why nothing is being shared right now and what happens to your changes meanwhile.
 */
import { describeIdentity, type TeamIdentity } from './identity-message.ts';

export type TeamStatus =
  | { kind: 'off' }
  | { kind: 'connecting' }
  | { kind: 'connected'; identity: TeamIdentity; waiting?: number | undefined }
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
    case 'offline':
      if (status.waiting)
        return `Offline: ${changes(status.waiting)} waiting, kept in this browser and shared when the connection returns.`;
      return `Offline${status.identity ? ` (${describeIdentity(status.identity)})` : ''}: your changes are kept in this browser and sent when the connection returns.`;
    case 'refused':
      return `Refused: ${status.reason} This page keeps working in this browser only.`;
  }
}
