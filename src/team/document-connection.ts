/*
 * One shared document over the team's shared socket, starting from this browser's copy of it: the
 * provider, and what the server says about this document (who the token is, that its state has
 * arrived, that it refused the document or one of its changes, that it slows this token down),
 * handed to the connection as events.
 */
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { decodeIdentityMessage, type TeamIdentity } from '../lib/team/identity-message.ts';
import { decodeServerNotice, type ServerNotice } from '../lib/team/server-notice.ts';
import { keptDocument } from './document-copy.ts';

export interface ConnectedDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  flush: () => void;
  stop: () => void;
}

/** What the server says about one document's connection. */
export interface DocumentEvents {
  identity(said: TeamIdentity): void;
  /** The server's state has arrived (again). */
  synced(): void;
  /** The server refused to open the document (`onAuthenticationFailed`). */
  refused(reason: string): void;
  /** A change refused, or this token slowed down (lib/team/server-notice.ts). */
  notice(notice: ServerNotice): void;
}

/** Connects a document; the caller attaches its provider once it has kept the entry. */
export function connectDocument(
  socket: HocuspocusProviderWebsocket,
  token: string,
  name: string,
  withAwareness: boolean,
  events: DocumentEvents,
): ConnectedDocument {
  const kept = keptDocument(name);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: kept.doc,
    ...(withAwareness ? {} : { awareness: null }),
    onStateless: ({ payload }) => {
      const said = decodeIdentityMessage(payload);
      if (said) return events.identity(said);
      const notice = decodeServerNotice(payload);
      if (notice) events.notice(notice);
    },
    onSynced: ({ state }) => {
      if (state) events.synced();
    },
    onAuthenticationFailed: ({ reason }) => events.refused(reason),
  });
  return { doc: kept.doc, provider, flush: kept.flush, stop: kept.stop };
}
