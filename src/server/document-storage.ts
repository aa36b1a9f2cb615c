/**
 * Loading a document from its stored updates and compacting them into one, for the sync server's load and store
 * hooks. An update that cannot be read is left out (and reported), so one bad write cannot make a document
 * unloadable.
 */
import * as Y from 'yjs';
import type { UpdateStore } from './update-store.ts';

export function applyStoredUpdates(
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

/** Loads the stored updates into `document`, compacting them when there are several; returns the stored size. */
export async function loadStored(
  store: UpdateStore,
  document: Y.Doc,
  documentName: string,
  warn: (m: string) => void,
): Promise<number> {
  const stored = await store.read(documentName);
  if (stored.keys.length === 0) return 0;
  applyStoredUpdates(document, stored.updates, documentName, warn);
  if (stored.keys.length <= 1) return stored.updates[0]!.byteLength;
  const state = Y.encodeStateAsUpdate(document);
  await store.replace(documentName, state, stored.keys);
  return state.byteLength;
}

/** Merges the stored updates with the document's state into one; the old updates are kept until that is written. */
export async function compact(
  store: UpdateStore,
  document: Y.Doc,
  documentName: string,
  warn: (m: string) => void,
): Promise<number | undefined> {
  const stored = await store.read(documentName);
  if (stored.keys.length <= 1) return undefined;
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(document));
  applyStoredUpdates(merged, stored.updates, documentName, warn);
  const state = Y.encodeStateAsUpdate(merged);
  await store.replace(documentName, state, stored.keys);
  merged.destroy();
  return state.byteLength;
}

/** A document as stored, for reading it while Hocuspocus has not loaded it. */
export async function readStoredDocument(store: UpdateStore, documentName: string) {
  const doc = new Y.Doc();
  applyStoredUpdates(doc, (await store.read(documentName)).updates, documentName, () => {});
  return doc;
}
