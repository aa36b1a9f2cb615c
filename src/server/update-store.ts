/**
 * Durable storage of each document's Yjs updates in LevelDB (classic-level: prebuilt binaries inside the npm
 * package, nothing to compile). Every update a client sends is written with `sync: true` (fsync) before the
 * server acknowledges it, so an acknowledged change survives a crash or `kill -9`. Loading and storing a document
 * compact its updates into one: the new state is written and the updates it covers are deleted in one atomic batch.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { ClassicLevel } from 'classic-level';

export interface StoredUpdates {
  keys: string[];
  updates: Uint8Array[];
}

export interface UpdateStore {
  append(documentName: string, update: Uint8Array): Promise<void>;
  read(documentName: string): Promise<StoredUpdates>;
  /** Every document that has stored updates (for admission, and copying a store into another). */
  names(): Promise<string[]>;
  /** Puts `state` in place of the updates under `keys`, atomically: a crash leaves either all or none of it. */
  replace(documentName: string, state: Uint8Array, keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

interface PendingAppend {
  key: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class StoreInUseError extends Error {}

// Document names never hold NUL (see lib/team/team-documents.ts), so a document's keys are one range.
const SEPARATOR = '\u0000';
const rangeOf = (documentName: string) => ({
  gt: documentName + SEPARATOR,
  lt: documentName + '\u0001',
});

export async function openUpdateStore(directory: string): Promise<UpdateStore> {
  mkdirSync(directory, { recursive: true });
  const db = new ClassicLevel<string, Uint8Array>(directory, {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  });
  try {
    await db.open();
  } catch (error) {
    const cause =
      (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    if (/lock/i.test(cause))
      throw new StoreInUseError(`The data folder ${directory} is in use by another sync server.`);
    throw new Error(`Cannot open the data folder ${directory}: ${cause}`);
  }

  // Keys only need to be unique (Yjs merges updates in any order); a random run id keeps them unique across restarts.
  const run = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  let counter = 0;
  const nextKey = (documentName: string) =>
    `${documentName}${SEPARATOR}${run}-${(counter++).toString(36).padStart(8, '0')}`;

  // Group commit: an fsync costs milliseconds, so updates that arrive while one batch is being written wait
  // and go together in the next batch; each append still resolves only once its own update is on disk.
  let waiting: PendingAppend[] = [];
  let writing = false;
  async function writeWaiting(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      const batch = db.batch();
      for (const { key, update } of group) batch.put(key, update);
      try {
        await batch.write({ sync: true });
        for (const pending of group) pending.resolve();
      } catch (error) {
        for (const pending of group) pending.reject(error as Error);
      }
    }
    writing = false;
  }

  return {
    append(documentName, update) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ key: nextKey(documentName), update, resolve, reject });
        if (!writing) void writeWaiting();
      });
    },
    async read(documentName) {
      const keys: string[] = [];
      const updates: Uint8Array[] = [];
      for await (const [key, value] of db.iterator(rangeOf(documentName))) {
        keys.push(key);
        updates.push(value);
      }
      return { keys, updates };
    },
    async names() {
      const names = new Set<string>();
      for await (const key of db.keys()) names.add(key.slice(0, key.indexOf(SEPARATOR)));
      return [...names];
    },
    async replace(documentName, state, keys) {
      const batch = db.batch();
      for (const key of keys) batch.del(key);
      batch.put(nextKey(documentName), state);
      await batch.write({ sync: true });
    },
    async close() {
      await db.close();
    },
  };
}
