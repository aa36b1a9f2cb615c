// Runs the stores under Node on the test storage of @nanostores/persistent, behind the same safe
// storage as the page, so that tests can seed stored text, read what was written, play out another
// tab's change, and make the storage refuse writes as a full quota does.
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  type PersistentEvents,
  type PersistentListener,
} from '@nanostores/persistent';
import { cleanStores, type ReadableAtom } from 'nanostores';
import { connectStorage, createdDocuments, type StorageArea } from '../../src/stores/storage.ts';

let refusing = false;
let listeners: PersistentListener[] = [];

/** localStorage as the page sees it, over the test storage record. */
const testStorage: StorageArea = {
  getItem: (key) => getTestStorage()[key] ?? null,
  setItem: (key, value) => {
    if (refusing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setTestStorageKey(key, value);
  },
  removeItem: (key) => setTestStorageKey(key, undefined),
  key: (index) => Object.keys(getTestStorage())[index] ?? null,
  get length() {
    return Object.keys(getTestStorage()).length;
  },
};

const events: PersistentEvents = {
  addEventListener: (_key, listener) => {
    listeners.push(listener);
  },
  removeEventListener: (_key, listener) => {
    listeners = listeners.filter((candidate) => candidate !== listener);
  },
};

/**
 * Stop every store (and `derived` ones, first), then start on an empty storage holding only `seed`
 * (stored text by key). Call before each test.
 */
export function freshStorage(
  seed: Record<string, string> = {},
  derived: ReadableAtom<unknown>[] = [],
): void {
  cleanStores(...derived, ...createdDocuments().map((document) => document.store));
  cleanTestStorage();
  refusing = false;
  listeners = [];
  for (const [key, value] of Object.entries(seed)) setTestStorageKey(key, value);
  connectStorage(testStorage, events);
}

/** From now on every write fails as it does when the browser's quota is full. */
export function refuseWrites(): void {
  refusing = true;
}

/** Another tab stores `value` under `key` (removes it when undefined): this tab hears a storage event. */
export function anotherTabWrites(key: string, value: string | undefined): void {
  setTestStorageKey(key, value);
  // A removal carries null, as the browser's storage event does.
  for (const listener of [...listeners])
    listener({ key, newValue: value ?? (null as unknown as string) });
}

/** The text stored under `key`, or undefined. */
export function storedText(key: string): string | undefined {
  return getTestStorage()[key];
}

/** The data in the envelope stored under `key`. */
export function storedData(key: string): unknown {
  const text = storedText(key);
  return text === undefined ? undefined : (JSON.parse(text) as { data: unknown }).data;
}

/** Every key stored now. */
export function storedKeys(): string[] {
  return Object.keys(getTestStorage()).sort();
}

/** A value as a stored envelope. */
export function envelope(data: unknown, version = 1): string {
  return JSON.stringify({ v: version, data });
}
