/**
 * The shared documents as the API for CI reads and writes them: through the server's own Hocuspocus, so that the
 * API sees what the pages see, and its changes reach every page at once. A change is made on a copy with the same
 * writers the pages use, then goes the way a page's update goes: checked, stored and witnessed as the token
 * holder's (witnessed-updates.ts), then applied live, where Hocuspocus broadcasts it, logs it and (with several
 * instances) shares it through Redis.
 *
 * A document the API opened stays open for a few seconds after its last use: letting it go stores it and unloads it,
 * which with several instances waits about a second each time for the Redis extension (its lock and its delays
 * for other instances to catch up). Kept open, one request's several reads and a pipeline's next steps cost none.
 */
import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { TeamIdentity } from '../lib/team/identity-message.ts';

export interface ApiDocuments {
  /** Opens a document (loading it if no page has it open), runs `use` on it, then lets it go. */
  use<T>(name: string, use: (document: Y.Doc) => T | Promise<T>): Promise<T>;
  /**
   * Writes `change` into the document as `holder`: `change` is given a copy to write into, and returns what the
   * caller wants back. Changes to one document are made one after the other, so that each sees the last.
   */
  write<T>(holder: TeamIdentity, name: string, change: (draft: Y.Doc) => T): Promise<T>;
  /** Lets go of every document still open (the server is stopping). */
  close(): Promise<void>;
}

/** How long a document the API used stays open after its last use. */
const KEEP_OPEN_MS = 5000;

interface OpenDocument {
  connection: ReturnType<Hocuspocus['openDirectConnection']>;
  users: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Stores and witnesses an update from `holder` before it is applied; throws `{ reason }` if it is refused. */
export type StoreUpdate = (
  holder: TeamIdentity,
  document: Y.Doc,
  name: string,
  update: Uint8Array,
) => Promise<void>;

export function apiDocuments(hocuspocus: Hocuspocus, store: StoreUpdate): ApiDocuments {
  const queues = new Map<string, Promise<unknown>>();

  const open = new Map<string, OpenDocument>();

  function release(name: string, entry: OpenDocument) {
    if (open.get(name) === entry) open.delete(name);
    clearTimeout(entry.timer);
    return entry.connection.then(
      (connection) => connection.disconnect(),
      () => undefined,
    );
  }

  async function use<T>(name: string, use: (document: Y.Doc) => T | Promise<T>): Promise<T> {
    let entry = open.get(name);
    if (!entry) {
      const opened: OpenDocument = {
        connection: hocuspocus.openDirectConnection(name, {}),
        users: 0,
      };
      // A document that could not be loaded is not kept: the next request tries again.
      opened.connection.catch(() => open.get(name) === opened && open.delete(name));
      open.set(name, (entry = opened));
    }
    const current = entry;
    current.users += 1;
    clearTimeout(current.timer);
    try {
      return await use((await current.connection).document!);
    } finally {
      current.users -= 1;
      if (current.users === 0) {
        current.timer = setTimeout(() => void release(name, current), KEEP_OPEN_MS);
        current.timer.unref();
      }
    }
  }

  function inTurn<T>(name: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(name) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    queues.set(name, settled);
    void settled.then(() => {
      if (queues.get(name) === settled) queues.delete(name);
    });
    return next;
  }

  return {
    use,
    close: async () => {
      await Promise.all([...open].map(([name, entry]) => release(name, entry)));
    },
    write: (holder, name, change) =>
      inTurn(name, () =>
        use(name, async (document) => {
          const draft = new Y.Doc();
          Y.applyUpdate(draft, Y.encodeStateAsUpdate(document));
          let changed = false;
          draft.on('update', () => (changed = true));
          const result = change(draft);
          const update = Y.encodeStateAsUpdate(draft, Y.encodeStateVector(document));
          draft.destroy();
          if (!changed) return result;
          await store(holder, document, name, update);
          // The origin stands for a connection: Hocuspocus logs the change as the holder's and compacts the store.
          Y.applyUpdate(document, update, { context: { holder }, socketId: 'pipeline-api' });
          return result;
        }),
      ),
  };
}
