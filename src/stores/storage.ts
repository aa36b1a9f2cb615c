// The one place that connects stored documents to localStorage. Every document is read through
// the decoder; what it cannot read is kept aside under a quarantine key and reported, and a
// storage that refuses writes (full, disabled) leaves the page working in memory.
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import { decode, encode, type Codec } from '../lib/storage/envelope.ts';
import { createSafeStorage, type SafeStorage } from '../lib/storage/safe-storage.ts';
import {
  isQuarantineKey,
  quarantinedDocumentKey,
  quarantineKey,
  storageKey,
} from '../lib/storage/storage-keys.ts';

export type StorageProblem =
  | {
      kind: 'quarantined';
      key: string;
      label: string;
      reason: string;
      raw: string;
      keptAt?: string;
    }
  | { kind: 'write-failed'; key: string; message: string };

/** Problems met in this tab, newest last, for the notices. */
export const $storageProblems = atom<StorageProblem[]>([]);

function report(problem: StorageProblem) {
  $storageProblems.set([...$storageProblems.get(), problem]);
}

/** What the site needs of a browser's Storage: read, write, remove, and list (for data kept aside). */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

interface Connection {
  storage: StorageArea | undefined;
  safe: SafeStorage;
  /** Team documents' copies: a copy that does not fit is the team connection's to report, for that document only. */
  copies: SafeStorage;
  /** Texts already kept aside in this tab, by key, so another tab or a restore does not copy them twice. */
  quarantined: Set<string>;
}

function connect(storage: StorageArea | undefined): Connection {
  const safe = createSafeStorage(storage, (key, error) =>
    report({
      kind: 'write-failed',
      key,
      message:
        error instanceof DOMException && error.name === 'QuotaExceededError'
          ? 'This browser’s storage is full.'
          : 'This browser does not let the site save data.',
    }),
  );
  // Copies of team documents exist in team builds (and under Node, in tests) only: a local-only build,
  // where SYNC_URL is '', needs no second handle.
  const copies =
    import.meta.env.SYNC_URL !== '' ? createSafeStorage(storage, () => undefined) : safe;
  return { storage, safe, copies, quarantined: new Set() };
}

function browserStorage(): StorageArea | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

// Outside a browser (the build's server rendering) nothing is stored: documents stay in memory.
let connection = connect(undefined);

/**
 * Keep documents in `storage`, hearing other tabs' changes through `events`, from now on. The page
 * does this once, with localStorage; tests do it with a storage of their own before each test.
 * Problems reported so far and the record of data kept aside start afresh with the new storage.
 */
export function connectStorage(storage: StorageArea | undefined, events: PersistentEvents): void {
  connection = connect(storage);
  $storageProblems.set([]);
  setPersistentEngine(connection.safe.engine, events);
}

if (typeof window !== 'undefined') connectStorage(browserStorage(), windowPersistentEvents);

function quarantine(key: string, label: string, raw: string, reason: string) {
  if (connection.quarantined.has(`${key}\n${raw}`)) return; // the same text, seen again (another tab, a restore)
  connection.quarantined.add(`${key}\n${raw}`);
  const keptAt = quarantineKey(key, new Date());
  const kept = connection.safe.write(keptAt, raw);
  // Could not keep a copy aside: then never overwrite the original either.
  if (!kept) connection.safe.hold(key);
  report({ kind: 'quarantined', key, label, reason, raw, ...(kept ? { keptAt } : {}) });
}

export interface PersistentDocument<T> {
  key: string;
  codec: Codec<T>;
  store: WritableAtom<T>;
}

const created: PersistentDocument<unknown>[] = [];

/** Every document made by `persistentDocument` so far: to check that none is missing from the list of documents. */
export function createdDocuments(): readonly PersistentDocument<unknown>[] {
  return created;
}

/** A document kept in localStorage under `octoacme-rg:v1:<name>`, synced across tabs. */
export function persistentDocument<T>(name: string, codec: Codec<T>): PersistentDocument<T> {
  const key = storageKey(name);
  const store = persistentAtom<T>(key, codec.empty(), {
    encode: (value) => encode(codec, value),
    decode: (raw) => {
      const result = decode(codec, raw);
      if (!result.ok) quarantine(key, codec.label, raw, result.reason);
      return result.value;
    },
  });
  const document = { key, codec, store };
  created.push(document as PersistentDocument<unknown>);
  return document;
}

export interface KeptAside {
  key: string;
  /** The key of the document the data was read from: `octoacme-rg:v1:releases`. */
  documentKey: string;
  raw: string;
}

/** Data that could not be read and was kept aside, in this browser, oldest document key first. */
export function keptAsideData(): KeptAside[] {
  const { storage } = connection;
  const kept: KeptAside[] = [];
  try {
    for (let index = 0; storage && index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key && isQuarantineKey(key))
        kept.push({
          key,
          documentKey: quarantinedDocumentKey(key),
          raw: storage.getItem(key) ?? '',
        });
    }
  } catch {
    // storage unavailable: nothing was kept aside in it
  }
  return kept.sort((a, b) => a.key.localeCompare(b.key));
}

/** Delete data kept aside, once it has been downloaded or is not wanted. Other keys are left alone. */
export function deleteKeptAside(key: string): void {
  if (isQuarantineKey(key)) connection.safe.write(key, undefined);
}

/**
 * A copy of a team document (Yjs state as text) under `octoacme-rg:v1:<name>`, kept beside the
 * stores so that work done offline survives a reload. Not a store: the team connection owns it.
 */
export function readCopy(name: string): string | undefined {
  return connection.copies.engine[storageKey(name)];
}

/**
 * Keep (or, with undefined, remove) a copy; false when storage refused it. Not reported as the page's
 * "storage is full": one large team document must not say that the person's own work is not saved.
 */
export function writeCopy(name: string, text: string | undefined): boolean {
  return connection.copies.write(storageKey(name), text);
}

/** A new id for a run or an incident, unique across browsers so that backups merge cleanly. */
export function newId(fallbackPrefix: string): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${fallbackPrefix}-${Date.now().toString(36)}`;
}
