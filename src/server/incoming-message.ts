/**
 * Reads just enough of a Hocuspocus message, before Hocuspocus applies it, to know whether it changes the
 * document: the server stores such an update durably (or refuses it on a read-only connection) before the
 * client's change is applied and acknowledged. Message layout: document name, message type, then for sync
 * messages the y-protocols sync step and its payload.
 */
import * as decoding from 'lib0/decoding';

// Message types of the Hocuspocus 3 protocol (MessageType in @hocuspocus/server) and y-protocols sync steps.
const SYNC = 0;
const SYNC_REPLY = 4;
const BROADCAST_STATELESS = 6;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type IncomingMessage =
  | { kind: 'update'; step: 'sync-step-2' | 'update'; update: Uint8Array }
  | { kind: 'broadcast-stateless' }
  | { kind: 'other' };

export function readIncomingMessage(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === BROADCAST_STATELESS) return { kind: 'broadcast-stateless' };
  if (type !== SYNC && type !== SYNC_REPLY) return { kind: 'other' };
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return { kind: 'other' };
  return {
    kind: 'update',
    step: step === SYNC_STEP_2 ? 'sync-step-2' : 'update',
    update: decoding.readVarUint8Array(decoder),
  };
}
