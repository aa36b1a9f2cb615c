/**
 * Every WebSocket message passes this gate before Hocuspocus sees it, because some must never reach Hocuspocus:
 * a refused update must be dropped (a hook can only close the document's connection, and the page would send it
 * again on reconnecting), and Hocuspocus keeps every message of a document still authenticating.
 *
 * Before authentication: a socket that has not authenticated a document within SYNC_AUTH_TIMEOUT_MS is closed
 * (4408); an address holds at most SYNC_MAX_UNAUTHENTICATED_PER_ADDRESS such sockets (4429); a document name over
 * SYNC_MAX_DOCUMENT_NAME_LENGTH is refused here (`document-name-too-long`), and so is anything more for a document
 * already refused; what waits for authentication is capped (4413). A message over the WebSocket limit closes the
 * socket (1009, by the `ws` library). Each is logged per address and minute (refusal-log.ts). After
 * authentication, messages go through authenticated-messages.ts.
 */
import type { IncomingMessage as HttpRequest } from 'node:http';
import type WebSocket from 'ws';
import {
  createBuckets,
  socketMessages,
  type Authenticated,
  type CheckUpdate,
  type SocketMessages,
} from './authenticated-messages.ts';
import type { ServerLimits } from './limits.ts';
import { MESSAGE, permissionDenied, readHeader } from './protocol-frames.ts';
import type { RefusalLog } from './refusal-log.ts';

interface SocketState {
  address: string;
  messages: SocketMessages;
  refused: Set<string>;
  waitingBytes: number;
}

export function createConnectionGate(
  limits: ServerLimits,
  refusals: RefusalLog,
  checkUpdate: CheckUpdate,
) {
  const sockets = new WeakMap<HttpRequest, SocketState>();
  const unauthenticated = new Map<string, number>();
  const bucketOf = createBuckets(limits);
  const maxWaitingBytes = 2 * (limits.maxUpdateBytes + 64 * 1024);
  const countUnauthenticated = (address: string, by: number) => {
    const count = (unauthenticated.get(address) ?? 0) + by;
    if (count > 0) unauthenticated.set(address, count);
    else unauthenticated.delete(address);
  };

  /** Sets the gate on a new socket; false when the socket is refused (it is being closed). */
  function accept(ws: WebSocket, request: HttpRequest): boolean {
    const address = request.socket.remoteAddress ?? '-';
    const shut = (code: number, reason: string) => {
      ws.close(code, reason);
      setTimeout(() => ws.terminate(), 1000).unref();
    };
    const emit = ws.emit.bind(ws) as (event: string, ...args: unknown[]) => boolean;
    const pass = (data: Uint8Array) => void emit('message', data, true);
    const state: SocketState = {
      address,
      messages: socketMessages(ws, pass, checkUpdate, bucketOf, limits),
      refused: new Set(),
      waitingBytes: 0,
    };
    const { documents } = state.messages;
    ws.on('error', (error: Error & { code?: string }) => {
      const holder = [...documents.values()][0]?.holder;
      const tooLarge = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
      refusals.refuse({
        event: 'refused',
        reason: tooLarge ? 'message-too-large' : 'bad-frame',
        address,
        ...(holder ? { name: holder.name } : {}),
      });
    });
    if ((unauthenticated.get(address) ?? 0) >= limits.maxUnauthenticatedPerAddress) {
      refusals.refuse({ event: 'refused', reason: 'too-many-unauthenticated', address });
      shut(4429, 'too-many-unauthenticated');
      return false;
    }
    sockets.set(request, state);
    countUnauthenticated(address, 1);
    const timer = setTimeout(() => {
      refusals.refuse({ event: 'refused', reason: 'authentication-timeout', address });
      shut(4408, 'authentication-timeout');
    }, limits.authTimeoutMs);
    ws.once('close', () => {
      clearTimeout(timer);
      if (documents.size === 0) countUnauthenticated(address, -1);
    });

    ws.emit = ((event: string, ...args: unknown[]) => {
      if (event !== 'message') return emit(event, ...args);
      const data = args[0] as Uint8Array;
      let header: { name: string; type: number };
      try {
        header = readHeader(data);
      } catch {
        return emit(event, ...args); // Hocuspocus closes the socket on a message it cannot read
      }
      const { name, type } = header;
      if (state.refused.has(name)) return true;
      if (name.length > limits.maxDocumentNameLength) {
        if (type !== MESSAGE.auth) return true;
        state.refused.add(name);
        refusals.refuse({
          event: 'refused',
          reason: 'document-name-too-long',
          document: name,
          address,
        });
        ws.send(permissionDenied(name, 'document-name-too-long'));
        return true;
      }
      if (documents.has(name)) {
        state.messages.take(data);
        return true;
      }
      // Not authenticated yet: Hocuspocus keeps the message and hands it back here once it is.
      if (type !== MESSAGE.auth) state.waitingBytes += data.byteLength;
      if (state.waitingBytes > maxWaitingBytes) {
        shut(4413, 'too-much-before-authentication');
        return true;
      }
      return emit(event, ...args);
    }) as typeof ws.emit;
    return true;
  }

  return {
    accept,
    authenticated(request: HttpRequest, documentName: string, who: Authenticated) {
      const state = sockets.get(request);
      if (!state) return;
      if (state.messages.documents.size === 0) countUnauthenticated(state.address, -1);
      state.messages.documents.set(documentName, who);
    },
    refused(request: HttpRequest, documentName: string) {
      sockets.get(request)?.refused.add(documentName);
    },
  };
}
