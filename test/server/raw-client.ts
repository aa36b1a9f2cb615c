/**
 * A hand-made client of the sync server, as an attacker would write one: a bare WebSocket speaking the Hocuspocus
 * 3 protocol, with no provider and none of the page's guards. It records everything the server answers, so a
 * test can say what the server did with each message.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { waitFor } from '../support/sync-server.mjs';

// Message types of the Hocuspocus 3 protocol, and the sub-types of its sync and auth messages.
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const STATELESS = 5;
const SYNC_STATUS = 8;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTH_OK = 2;

export interface RawClient {
  socket: WebSocket;
  /** Resolves with the scope ("read-write", "readonly"), or `refused: <reason>`. */
  authenticate(documentName: string, token: string): Promise<string>;
  sendUpdate(documentName: string, update: Uint8Array): void;
  sendAwareness(documentName: string, update: Uint8Array): void;
  /** Sync statuses (true: applied) in the order the server sent them, per document. */
  statuses: Map<string, boolean[]>;
  /** Every stateless payload the server sent, with its document. */
  stateless: { documentName: string; payload: string }[];
  closed: Promise<{ code: number; reason: string }>;
  isClosed(): boolean;
  close(): void;
}

export function frame(documentName: string, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function openRawClient(url: string): Promise<RawClient> {
  const socket = new WebSocket(url);
  const statuses = new Map<string, boolean[]>();
  const stateless: RawClient['stateless'] = [];
  const answers = new Map<string, (scope: string) => void>();
  let closedFlag = false;
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => {
      closedFlag = true;
      resolve({ code, reason: reason.toString() });
    }),
  );
  socket.on('error', () => {});
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === AUTH) {
      const kind = decoding.readVarUint(decoder);
      const text = decoding.readVarString(decoder);
      answers.get(documentName)?.(kind === AUTH_OK ? text : `refused: ${text}`);
      if (kind === AUTH_DENIED || kind === AUTH_OK) answers.delete(documentName);
    } else if (type === SYNC_STATUS) {
      const list = statuses.get(documentName) ?? [];
      list.push(decoding.readVarInt(decoder) === 1);
      statuses.set(documentName, list);
    } else if (type === STATELESS) {
      stateless.push({ documentName, payload: decoding.readVarString(decoder) });
    }
  });
  const client: RawClient = {
    socket,
    statuses,
    stateless,
    closed,
    isClosed: () => closedFlag,
    authenticate(documentName, token) {
      const answer = new Promise<string>((resolve) => answers.set(documentName, resolve));
      socket.send(
        frame(documentName, (e) => {
          encoding.writeVarUint(e, AUTH);
          encoding.writeVarUint(e, AUTH_TOKEN);
          encoding.writeVarString(e, token);
        }),
      );
      return answer;
    },
    sendUpdate(documentName, update) {
      socket.send(
        frame(documentName, (e) => {
          encoding.writeVarUint(e, SYNC);
          encoding.writeVarUint(e, SYNC_UPDATE);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    },
    sendAwareness(documentName, update) {
      socket.send(
        frame(documentName, (e) => {
          encoding.writeVarUint(e, AWARENESS);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    },
    close: () => socket.terminate(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('error', reject);
  });
}

/** Waits for the server's answer to the `count`th update sent on `documentName` (true: applied). */
export async function statusOf(client: RawClient, documentName: string, count = 1) {
  await waitFor(
    () => (client.statuses.get(documentName)?.length ?? 0) >= count || client.isClosed(),
    `sync status ${count} of ${documentName}`,
  );
  return client.statuses.get(documentName)?.[count - 1];
}

/** The refusal messages the server sent this client, parsed. */
export function refusalsOf(client: RawClient): Record<string, unknown>[] {
  return client.stateless.flatMap(({ payload }) => {
    try {
      const parsed = JSON.parse(payload) as Record<string, unknown>;
      return parsed.type === 'team-sync/refused' ? [parsed] : [];
    } catch {
      return [];
    }
  });
}
