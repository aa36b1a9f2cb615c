/**
 * The team's sync server: Hocuspocus with the team's rules around it. Hocuspocus does the sync protocol,
 * merging and broadcasting; this module decides who may connect (tokens), to which documents (the team
 * namespace), who may write (read-only tokens are refused server side), stores every change durably before it is
 * acknowledged, and writes the audit log.
 *
 * How the client learns who it is: `onAuthenticate` (connection-hooks.ts) returns the token holder as the connection's context and
 * sets `connectionConfig.readOnly`; Hocuspocus then answers the provider's authentication with the scope
 * (the provider's `onAuthenticated({ scope })`: "read-write" or "readonly"). Hocuspocus's answer carries no more
 * than that, so in the `connected` hook the server sends one stateless message (`connection.sendStateless`)
 * with the holder's name, role and access, which the provider reports through `onStateless`; its format is
 * lib/team/identity-message.ts. Clients may not broadcast stateless messages themselves (that connection is
 * closed), so no client can send another one a false identity.
 *
 * What a token may write is bounded and checked before Hocuspocus sees it (connection-gate.ts, the limits of
 * config.ts), and the server witnesses every shared action in a server-only map (witnessed-updates.ts).
 *
 * A token is one of the tokens file or a verified identity-provider token (holder-lookup.ts); when the files
 * change, open connections are checked again and those no longer allowed are closed (live-connections.ts).
 */
import type { IncomingMessage as HttpRequest } from 'node:http';
import { Server } from '@hocuspocus/server';
import { encodeIdentityMessage } from '../lib/team/identity-message.ts';
import { apiDocuments } from './api-documents.ts';
import type { AuditEntry } from './audit-log.ts';
import { loadChecklistCatalog } from './checklist-content.ts';
import { DEFAULT_LIMITS, type ServerLimits } from './limits.ts';
import { createConnectionGate } from './connection-gate.ts';
import { createDocumentAdmission } from './document-admission.ts';
import { createHolderLookup } from './holder-lookup.ts';
import {
  addressOf,
  createAuthenticate,
  createIncomingCheck,
  holderFields,
  STORE_UNAVAILABLE,
  type ConnectionContext,
} from './connection-hooks.ts';
import { compact, loadStored, readStoredDocument } from './document-storage.ts';
import { listenOn } from './listen.ts';
import { createLiveConnections } from './live-connections.ts';
import { createRefusalLog } from './refusal-log.ts';
import { createSocketRegistry } from './socket-registry.ts';
import { createPipelineApi } from './pipeline-api.ts';
import { openServerStorage } from './server-storage.ts';
import { startWebhooks } from './webhooks.ts';
import { witnessedUpdates } from './witnessed-updates.ts';

import type { RunningTeamSyncServer, TeamSyncServerOptions } from './server-options.ts';

export type { RunningTeamSyncServer, TeamSyncServerOptions };

export async function startTeamSyncServer(
  options: TeamSyncServerOptions,
): Promise<RunningTeamSyncServer> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const checklists = options.checklists ?? loadChecklistCatalog();
  const storage = await openServerStorage(options, warn);
  const { store, audit } = storage;
  const record = (entry: AuditEntry) => audit.write(entry);
  const refusals = createRefusalLog(audit);
  const lookup = createHolderLookup({ ...options, record, warn });
  const live = createLiveConnections(record);
  lookup.onChange(() => live.recheck());
  const loaded = (name: string) => {
    const document = server.hocuspocus.documents.get(name);
    return document && !document.isLoading ? document : undefined;
  };
  const updates = witnessedUpdates(limits, store, record, loaded);
  const teamDocument = async () => loaded('team') ?? (await readStoredDocument(store, 'team'));
  const admission = createDocumentAdmission(limits, teamDocument, await store.names());
  const webhooks = startWebhooks({
    ...options,
    webhooks: options.webhooks ?? [],
    timing: options.webhookTiming,
    catalog: checklists,
    team: teamDocument,
    record,
    warn,
  });
  const gate = createConnectionGate(limits, refusals, ({ holder }, name, data) =>
    updates.check(holder, name, data),
  );
  const authenticate = createAuthenticate({ lookup, refusals, record, gate, admission });
  const checkIncoming = createIncomingCheck({ record, updates, warn });

  const sockets = createSocketRegistry();

  const server = new Server(
    {
      quiet: true,
      stopOnSignals: false,
      extensions: [...storage.extensions, ...webhooks.extensions],

      // The API for CI (pipeline-api.ts); for load balancers, 200 when every configured part answers, else 503.
      async onRequest({ request, response }) {
        // Hocuspocus's way to say the request is answered: reject with nothing.
        if (await api.handle(request, response)) throw null;
        if (request.url?.split('?')[0] !== '/healthz') return;
        const health = await storage.health();
        response.writeHead(health.ok ? 200 : 503, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(health));
        throw null;
      },

      async onConnect({ request, socketId }) {
        sockets.named(request, socketId);
      },

      onAuthenticate: authenticate,

      async connected({ connection, context, documentName, request }) {
        const { holder, identified, key } = context as ConnectionContext;
        live.add(key, connection.webSocket, documentName, identified);
        record({
          event: 'connect',
          document: documentName,
          ...holderFields(holder),
          address: addressOf(request),
        });
        connection.sendStateless(encodeIdentityMessage(holder));
      },

      async onDisconnect({ context, documentName }) {
        const { holder, key } = context as Partial<ConnectionContext>;
        if (key) live.remove(key);
        if (holder)
          record({ event: 'disconnect', document: documentName, ...holderFields(holder) });
      },

      // Runs before Hocuspocus applies and acknowledges a message: the place to store a change durably first.
      // Runs before Hocuspocus applies and acknowledges a message: the place to store a change durably first.
      beforeHandleMessage: checkIncoming,

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

      async onLoadDocument({ document, documentName, socketId }) {
        const size = await loadStored(store, document, documentName, warn).catch(
          (error: unknown) => {
            // Hocuspocus would answer "permission denied" and the page would stop asking: close the socket instead,
            // so that the page reconnects and the document loads once the store answers again.
            warn(`Document "${documentName}" could not be loaded (${(error as Error).message}).`);
            sockets.close(socketId, STORE_UNAVAILABLE.code, STORE_UNAVAILABLE.reason);
            throw STORE_UNAVAILABLE;
          },
        );
        updates.setStoredBytes(documentName, size);
      },

      // Debounced by Hocuspocus; every update is already stored, so this only compacts them into one.
      async onStoreDocument({ document, documentName }) {
        const size = await compact(store, document, documentName, warn);
        if (size !== undefined) updates.setStoredBytes(documentName, size);
      },
    },
    // A message over this is refused by the WebSocket library itself (close 1009) before it is read into memory.
    { maxPayload: limits.maxUpdateBytes + 64 * 1024 },
  );
  const documents = apiDocuments(server.hocuspocus, (holder, document, name, update) =>
    updates.store(holder, document, name, update, update),
  );
  const api = createPipelineApi({ tokens: options.tokens, record, catalog: checklists, documents });
  server.webSocketServer.removeAllListeners('connection');
  server.webSocketServer.on('connection', (ws, request: HttpRequest) => {
    ws.setMaxListeners(Number.POSITIVE_INFINITY);
    sockets.accepted(ws, request);
    if (gate.accept(ws, request)) server.hocuspocus.handleConnection(ws, request);
  });

  await listenOn(server.httpServer, options.host, options.port).catch(async (error: unknown) => {
    await webhooks.stop();
    await storage.close();
    throw error;
  });
  const { address, port } = server.address;
  return {
    address,
    port,
    url: `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    reloadSettings: () => lookup.reload(),
    async stop() {
      lookup.close();
      live.clear();
      await documents.close();
      await server.destroy();
      await webhooks.stop();
      refusals.flush();
      await storage.close();
    },
  };
}
