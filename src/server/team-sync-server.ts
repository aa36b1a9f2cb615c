/**
 * The team's sync server: Hocuspocus with the team's rules around it. Hocuspocus does the sync protocol,
 * merging and broadcasting; this module decides who may connect (tokens), to which documents (the team
 * namespace), who may write (read-only tokens are refused server side), stores every change durably before it is
 * acknowledged, and writes the audit log.
 *
 * How the client learns who it is: `onAuthenticate` returns the token holder as the connection's context and
 * sets `connectionConfig.readOnly`; Hocuspocus then answers the provider's authentication with the scope
 * (the provider's `onAuthenticated({ scope })`: "read-write" or "readonly"). Hocuspocus's answer carries no more
 * than that, so in the `connected` hook the server sends one stateless message (`connection.sendStateless`)
 * with the holder's name, role and access, which the provider reports through `onStateless`; its format is
 * lib/team-sync/identity-message.ts. Clients may not broadcast stateless messages themselves (that connection is
 * closed), so no client can send another one a false identity.
 */
import type { IncomingMessage as HttpRequest } from 'node:http';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { isTeamDocumentName } from '../lib/team-sync/document-names.ts';
import { encodeIdentityMessage, type TeamIdentity } from '../lib/team-sync/identity-message.ts';
import type { AuditEntry } from './audit-log.ts';
import { readIncomingMessage } from './incoming-message.ts';
import { openServerStorage, type StorageOptions } from './server-storage.ts';
import type { TokenRegistry } from './token-registry.ts';
import type { UpdateStore } from './update-store.ts';

export interface TeamSyncServerOptions extends StorageOptions {
  host: string;
  /** 0 picks a free port; `RunningTeamSyncServer.port` says which. */
  port: number;
  tokens: TokenRegistry;
  /** Told about stored updates that could not be read back (they are left out of the document). */
  warn?: (message: string) => void;
}

export interface RunningTeamSyncServer {
  /** The address the server is bound to, as the system reports it. */
  address: string;
  port: number;
  url: string;
  stop(): Promise<void>;
}

interface ConnectionContext {
  holder: TeamIdentity;
}

/** A WebSocket close code for "try again later" (RFC 6455 1013), with the reason the page is given. */
const STORE_UNAVAILABLE = { code: 1013, reason: 'store-unavailable' };

/** Thrown from a hook, `reason` is what the provider's `onAuthenticationFailed` receives. */
const refusal = (reason: string) => ({ reason });

const holderFields = ({ name, role, access }: TeamIdentity) => ({ name, role, access });
const addressOf = (request: HttpRequest | undefined) => request?.socket?.remoteAddress;

export async function startTeamSyncServer(
  options: TeamSyncServerOptions,
): Promise<RunningTeamSyncServer> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const storage = await openServerStorage(options, warn);
  const { store, audit } = storage;
  const record = (entry: AuditEntry) => audit.write(entry);

  // Each connection's socket, by its upgrade request and by Hocuspocus's socket id (all that some hooks are given).
  type Socket = { close(code: number, reason: string): void };
  const sockets = new WeakMap<HttpRequest, Socket>();
  const socketsById = new Map<string, Socket>();

  const server = new Server({
    quiet: true,
    stopOnSignals: false,
    extensions: storage.extensions,

    // For load balancers: 200 when every configured part answers, 503 when one does not.
    async onRequest({ request, response }) {
      if (request.url?.split('?')[0] !== '/healthz') return;
      const health = await storage.health();
      response.writeHead(health.ok ? 200 : 503, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(health));
      // Hocuspocus's way to say the request is answered: reject with nothing.
      throw null;
    },

    async onAuthenticate({ token, documentName, connectionConfig, request }) {
      const holder = options.tokens.find(token);
      if (!holder) {
        record({
          event: 'refused',
          reason: 'unknown-token',
          document: documentName,
          address: addressOf(request),
        });
        throw refusal('unknown-token');
      }
      if (!isTeamDocumentName(documentName)) {
        record({
          event: 'refused',
          reason: 'unknown-document',
          document: documentName,
          ...holderFields(holder),
        });
        throw refusal('unknown-document');
      }
      connectionConfig.readOnly = holder.access === 'read-only';
      return { holder } satisfies ConnectionContext;
    },

    async connected({ connection, context, documentName, request }) {
      const { holder } = context as ConnectionContext;
      record({
        event: 'connect',
        document: documentName,
        ...holderFields(holder),
        address: addressOf(request),
      });
      connection.sendStateless(encodeIdentityMessage(holder));
    },

    async onDisconnect({ context, documentName }) {
      const holder = (context as Partial<ConnectionContext>).holder;
      if (holder) record({ event: 'disconnect', document: documentName, ...holderFields(holder) });
    },

    // Runs before Hocuspocus applies and acknowledges a message: the place to store a change durably first.
    async beforeHandleMessage({ connection, context, document, documentName, update: data }) {
      const { holder } = context as ConnectionContext;
      const message = readIncomingMessage(data);
      if (message.kind === 'broadcast-stateless') {
        record({
          event: 'refused',
          reason: 'broadcast-stateless',
          document: documentName,
          ...holderFields(holder),
        });
        throw refusal('broadcast-stateless');
      }
      if (message.kind !== 'update') return;
      // A client's first sync sends what it has; most often the server has it all already.
      if (
        message.step === 'sync-step-2' &&
        Y.snapshotContainsUpdate(Y.snapshot(document), message.update)
      )
        return;
      if (connection.readOnly) {
        // Hocuspocus drops the update and tells the client it was not synced; the log says who tried.
        record({
          event: 'refused',
          reason: 'read-only',
          document: documentName,
          ...holderFields(holder),
        });
        return;
      }
      // The same change can come twice (a first sync racing a live update); storing it twice is harmless.
      try {
        await store.append(documentName, message.update);
      } catch (error) {
        // Not stored, so not acknowledged. Closing the whole socket (not only this document, which the provider
        // would not reopen) makes the page reconnect and send the change again, until the store takes it.
        warn(
          `Document "${documentName}": a change could not be stored (${(error as Error).message}).`,
        );
        connection.webSocket.close(STORE_UNAVAILABLE.code, STORE_UNAVAILABLE.reason);
        throw STORE_UNAVAILABLE;
      }
    },

    // Yjs reports a change once, when it is applied and only if it changed the document: the audit line.
    async onChange({ context, documentName, update }) {
      const holder = (context as Partial<ConnectionContext>).holder;
      if (!holder) return;
      record({
        event: 'change',
        kind: 'update',
        bytes: update.byteLength,
        document: documentName,
        ...holderFields(holder),
      });
    },

    async onConnect({ request, socketId }) {
      const socket = sockets.get(request);
      if (socket) socketsById.set(socketId, socket);
    },

    async onLoadDocument({ document, documentName, socketId }) {
      const stored = await store.read(documentName).catch((error: unknown) => {
        // Hocuspocus would answer "permission denied" and the page would stop asking: close the socket instead,
        // so that the page reconnects and the document loads once the store answers again.
        warn(`Document "${documentName}" could not be loaded (${(error as Error).message}).`);
        socketsById.get(socketId)?.close(STORE_UNAVAILABLE.code, STORE_UNAVAILABLE.reason);
        throw STORE_UNAVAILABLE;
      });
      if (stored.keys.length === 0) return;
      applyStoredUpdates(document, stored.updates, documentName, warn);
      if (stored.keys.length > 1)
        await store.replace(documentName, Y.encodeStateAsUpdate(document), stored.keys);
    },

    // Debounced by Hocuspocus; every update is already stored, so this only compacts them into one.
    async onStoreDocument({ document, documentName }) {
      await compact(store, document, documentName, warn);
    },
  });

  server.webSocketServer.on('connection', (socket, request) => {
    sockets.set(request, socket);
    socket.once('close', () => {
      for (const [id, known] of socketsById) if (known === socket) socketsById.delete(id);
    });
  });

  // Not `server.listen()`: in Hocuspocus 3.4 it hands the host to Node as `address`, a key Node's listen() ignores,
  // so the server would listen on every interface whatever SYNC_HOST says.
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ host: options.host, port: options.port }, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  const { address, port } = server.address;
  return {
    address,
    port,
    url: `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    async stop() {
      await server.destroy();
      await storage.close();
    },
  };
}

function applyStoredUpdates(
  doc: Y.Doc,
  updates: Uint8Array[],
  documentName: string,
  warn: (m: string) => void,
) {
  let unreadable = 0;
  for (const update of updates) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      unreadable += 1;
    }
  }
  if (unreadable > 0)
    warn(
      `Document "${documentName}": ${unreadable} stored update(s) could not be read and were left out.`,
    );
}

/** Merges the stored updates with the document's state into one; the old updates are kept until that is written. */
async function compact(
  store: UpdateStore,
  document: Y.Doc,
  documentName: string,
  warn: (m: string) => void,
) {
  const stored = await store.read(documentName);
  if (stored.keys.length <= 1) return;
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(document));
  applyStoredUpdates(merged, stored.updates, documentName, warn);
  await store.replace(documentName, Y.encodeStateAsUpdate(merged), stored.keys);
  merged.destroy();
}
