/*
 * What a Yjs update would do to a document, read before it is applied: which values it adds under
 * which root (and, in a map, which key), and which items already there it deletes. The sync server
 * reads this to refuse a change that rewrites history or writes where only the server may write,
 * and to witness every new entry. Yjs encodes an item's place by its neighbour (`origin`) rather
 * than by its parent whenever it can, so a place is found by looking the neighbour up: in the
 * document, in the same update, or among updates checked but not yet applied (`recent`).
 */
import * as Y from 'yjs';

export interface Place {
  root: string;
  /** The map key, for an entry of a root map; undefined in an array. */
  key?: string | undefined;
}

export interface InsertedValues extends Place {
  values: unknown[];
}

export interface UpdateEffects {
  inserted: InsertedValues[];
  /** Items already in the document that the update deletes (a map overwrite deletes the old value). */
  deleted: Place[];
  /** Items whose place could not be found: the update builds on a change this document lacks. */
  unplaced: number;
  /** Where each new item goes, to look up later updates that build on it before this one is applied. */
  placed: PlacedRange[];
}

export interface PlacedRange extends Place {
  client: number;
  clock: number;
  length: number;
}

type Locate = (id: Y.ID) => Place | undefined;

function placeOfItem(item: Y.Item): Place | undefined {
  let type = item.parent as Y.AbstractType<unknown> | null;
  let key = item.parentSub ?? undefined;
  if (!type) return undefined;
  // A nested type (not used by the team's documents) counts as its top-level entry.
  while (type._item) {
    key = type._item.parentSub ?? undefined;
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  return { root: Y.findRootTypeKey(type), key };
}

function locateInDocument(doc: Y.Doc, id: Y.ID): Place | undefined {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return undefined;
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  return struct instanceof Y.Item ? placeOfItem(struct) : undefined;
}

export function findInRanges(ranges: readonly PlacedRange[], id: Y.ID): Place | undefined {
  const range = ranges.find(
    (r) => r.client === id.client && id.clock >= r.clock && id.clock < r.clock + r.length,
  );
  return range ? { root: range.root, key: range.key } : undefined;
}

function placeOf(struct: Y.Item, locate: Locate): Place | undefined {
  const parent = struct.parent as unknown;
  if (typeof parent === 'string') return { root: parent, key: struct.parentSub ?? undefined };
  if (parent instanceof Y.ID) return locate(parent);
  const neighbour = struct.origin ?? struct.rightOrigin;
  return neighbour ? locate(neighbour) : undefined;
}

function contentValues(content: Y.Item['content']): unknown[] {
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.arr;
  if (content instanceof Y.ContentString) return [content.str];
  if (content instanceof Y.ContentDeleted) return [];
  return [{ unsupported: content.constructor.name }];
}

/** Throws when the update cannot be decoded. */
export function describeUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  recent: readonly PlacedRange[] = [],
): UpdateEffects {
  const { structs, ds } = Y.decodeUpdate(update);
  const placed: PlacedRange[] = [];
  const locate: Locate = (id) =>
    locateInDocument(doc, id) ?? findInRanges(placed, id) ?? findInRanges(recent, id);
  const effects: UpdateEffects = { inserted: [], deleted: [], unplaced: 0, placed };

  const waiting = structs.filter(
    (struct): struct is Y.Item =>
      struct instanceof Y.Item &&
      // the document has all of it already, or it was checked already in an update not yet applied
      Y.getState(doc.store, struct.id.client) - struct.id.clock < struct.length &&
      !findInRanges(recent, struct.id),
  );
  // Items of several clients in one update may build on each other in any order: place until nothing moves.
  for (let moved = true; moved && waiting.length > 0;) {
    moved = false;
    for (const struct of [...waiting]) {
      const place = placeOf(struct, locate);
      if (!place) continue;
      waiting.splice(waiting.indexOf(struct), 1);
      moved = true;
      placed.push({
        ...place,
        client: struct.id.client,
        clock: struct.id.clock,
        length: struct.length,
      });
      const known = Y.getState(doc.store, struct.id.client) - struct.id.clock;
      const values = contentValues(struct.content).slice(Math.max(0, known));
      if (values.length > 0) effects.inserted.push({ ...place, values });
    }
  }
  effects.unplaced = waiting.length;

  for (const [client, deletions] of ds.clients) {
    const structsOfClient = doc.store.clients.get(client);
    if (!structsOfClient) continue;
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of deletions) {
      if (clock >= state) continue;
      for (
        let index = Y.findIndexSS(structsOfClient, clock);
        index < structsOfClient.length;
        index++
      ) {
        const struct = structsOfClient[index]!;
        if (struct.id.clock >= clock + len) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const place = placeOfItem(struct);
        if (place) effects.deleted.push(place);
      }
    }
  }
  return effects;
}
