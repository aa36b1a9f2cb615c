// The one place that connects stored documents to localStorage. Every document is read through
// the decoder; what it cannot read is kept aside under a quarantine key and reported, and a
// storage that refuses writes (full, disabled) leaves the page working in memory.
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import { decode, encode, type Codec } from '../lib/storage/envelope.ts';
import { createSafeStorage } from '../lib/storage/safe-storage.ts';
import { quarantineKey, storageKey } from '../lib/storage/storage-keys.ts';

export type StorageProblem =
  | { kind: 'quarantined'; key: string; label: string; reason: string; raw: string; keptAt?: string }
  | { kind: 'write-failed'; key: string; message: string };

/** Problems met in this tab, newest last, for the notices. */
export const $storageProblems = atom<StorageProblem[]>([]);

function report(problem: StorageProblem) {
  $storageProblems.set([...$storageProblems.get(), problem]);
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

const isBrowser = typeof window !== 'undefined';

export const safeStorage = createSafeStorage(isBrowser ? browserStorage() : undefined, (key, error) =>
  report({
    kind: 'write-failed',
    key,
    message:
      error instanceof DOMException && error.name === 'QuotaExceededError'
        ? 'This browser’s storage is full.'
        : 'This browser does not let the site save data.',
  }),
);
if (isBrowser) setPersistentEngine(safeStorage.engine, windowPersistentEvents);

const quarantined = new Set<string>();

function quarantine(key: string, label: string, raw: string, reason: string) {
  if (quarantined.has(`${key}\n${raw}`)) return; // the same text, seen again (another tab, a restore)
  quarantined.add(`${key}\n${raw}`);
  const keptAt = quarantineKey(key, new Date());
  const kept = safeStorage.write(keptAt, raw);
  // Could not keep a copy aside: then never overwrite the original either.
  if (!kept) safeStorage.hold(key);
  report({ kind: 'quarantined', key, label, reason, raw, ...(kept ? { keptAt } : {}) });
}

export interface PersistentDocument<T> {
  key: string;
  codec: Codec<T>;
  store: WritableAtom<T>;
}

/** Every persistent document, for backups. */
export const persistentDocuments: PersistentDocument<unknown>[] = [];

/** A store kept in localStorage under `octoacme-rg:v1:<name>`, synced across tabs. */
export function persistentDocument<T>(name: string, codec: Codec<T>): WritableAtom<T> {
  const key = storageKey(name);
  const store = persistentAtom<T>(key, codec.empty(), {
    encode: (value) => encode(codec, value),
    decode: (raw) => {
      const result = decode(codec, raw);
      if (!result.ok) quarantine(key, codec.label, raw, result.reason);
      return result.value;
    },
  });
  persistentDocuments.push({ key, codec, store } as PersistentDocument<unknown>);
  return store;
}

/** A new id for a run or an incident, unique across browsers so that backups merge cleanly. */
export function newId(fallbackPrefix: string): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${fallbackPrefix}-${Date.now().toString(36)}`;
}
