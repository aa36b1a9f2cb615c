/**
 * The few Hocuspocus 3 protocol frames the sync server reads or writes itself, outside Hocuspocus: a message is
 * the document name, the message type, then what that type carries (for sync messages the y-protocols step).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  syncReply: 4,
  stateless: 5,
  syncStatus: 8,
} as const;
const AUTH_DENIED = 1;

function frame(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The document name and message type; throws when the message is not readable. */
export function readHeader(data: Uint8Array) {
  const decoder = decoding.createDecoder(data);
  const name = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  return { name, type, decoder };
}

/** What the provider reports through `onAuthenticationFailed({ reason })`. */
export const permissionDenied = (documentName: string, reason: string) =>
  frame(documentName, (e) => {
    encoding.writeVarUint(e, MESSAGE.auth);
    encoding.writeVarUint(e, AUTH_DENIED);
    encoding.writeVarString(e, reason);
  });

/** What the provider reports through `onStateless({ payload })`. */
export const stateless = (documentName: string, payload: string) =>
  frame(documentName, (e) => {
    encoding.writeVarUint(e, MESSAGE.stateless);
    encoding.writeVarString(e, payload);
  });

/** Whether the server applied the client's last update (as Hocuspocus answers a read-only client's). */
export const syncStatus = (documentName: string, applied: boolean) =>
  frame(documentName, (e) => {
    encoding.writeVarUint(e, MESSAGE.syncStatus);
    encoding.writeVarInt(e, applied ? 1 : 0);
  });

export const awareness = (documentName: string, update: Uint8Array) =>
  frame(documentName, (e) => {
    encoding.writeVarUint(e, MESSAGE.awareness);
    encoding.writeVarUint8Array(e, update);
  });
