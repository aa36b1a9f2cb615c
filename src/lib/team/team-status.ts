/**
 * The status line of team mode, always visible while a token is set: whom the server says you are,
 * or why nothing is being shared right now and what happens to your changes meanwhile.
 */
import { describeIdentity, type TeamIdentity } from './identity-message.ts';

export type TeamStatus =
  | { kind: 'off' }
  | { kind: 'connecting' }
  | { kind: 'connected'; identity: TeamIdentity }
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
    case 'offline':
      return `Offline${status.identity ? ` (${describeIdentity(status.identity)})` : ''}: your changes are kept in this browser and sent when the connection returns.`;
    case 'refused':
      return `Refused: ${status.reason} This page keeps working in this browser only.`;
  }
}
