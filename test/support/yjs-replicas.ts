// Replicas of one shared document for tests, with fixed client ids so that runs are reproducible,
// and the two ways updates travel: one replica's news to another, or everything to everyone.
import * as Y from 'yjs';

export function replicas(count: number): Y.Doc[] {
  return Array.from({ length: count }, (_, index) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + index;
    return doc;
  });
}

/** Send `to` what `from` has and `to` lacks, as a provider would. */
export function send(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Every replica's full state applied to every other, in the order given. */
export function syncAll(
  docs: readonly Y.Doc[],
  order: readonly number[] = docs.map((_, index) => index),
): void {
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const target of docs) for (const index of order) Y.applyUpdate(target, updates[index]!);
}
