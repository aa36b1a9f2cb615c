/*
 * The server is the witness of every shared action. A client signs its actions (`by`, `at`) but
 * any token holder could write any name and any time there; so the sync server records, for every
 * new entry, who sent it (the identity of the token) and when it received it, in the document's
 * `witness` map, which only the server writes: an update from a client that touches it is refused.
 *
 *   witness    Y.Map  key → Witness ({ name, role?, receivedAt })
 *     "itemActions/<action id>"   a checklist item's or an incident step's action, written once
 *     "timeline/<entry id>"       an incident timeline entry, written once
 *     "runs/<run id>", "incidents/<id>", "notes/<field id>", "incident/<field>"
 *                                 the last write of a run, an incident summary, a notes field or
 *                                 a field of the incident, rewritten on each write
 *     "runs/<run id>@created", "incidents/<id>@created"
 *                                 who first listed the run or incident, written once
 *
 * The same check keeps history append-only: an update that deletes an action or a timeline entry
 * (or any witness) is refused, as is one that reuses an entry id with other content, that signs
 * an entry more than the allowed time ahead of the server's clock, or holds an over-long text. A page shows the witnessed name;
 * an entry with no witness yet (made offline, not yet received) is "not yet confirmed by the server".
 */
import * as v from 'valibot';
import type * as Y from 'yjs';
import type { RefusalReason } from './server-notice.ts';
import type { UpdateEffects } from './update-effects.ts';

export const WITNESS_ROOT = 'witness';
const APPEND_ONLY_ROOTS = new Set(['itemActions', 'timeline']);
const LAST_WRITER_ROOTS = new Set(['runs', 'incidents', 'notes', 'incident']);
const LIST_ROOTS = new Set(['runs', 'incidents']);
const SIGNED_TIME_FIELDS = ['at', 'createdAt', 'startedAt'] as const;

const WitnessSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  role: v.optional(v.pipe(v.string(), v.maxLength(100))),
  receivedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type Witness = v.InferOutput<typeof WitnessSchema>;

export const witnessKey = (root: string, id: string) => `${root}/${id}`;
export const createdWitnessKey = (root: string, id: string) => `${root}/${id}@created`;

/** The server's witness under `key` (see above), or undefined when it has not (yet) received it. */
export function readWitness(doc: Y.Doc, key: string): Witness | undefined {
  const parsed = v.safeParse(WitnessSchema, doc.getMap(WITNESS_ROOT).get(key));
  return parsed.success ? parsed.output : undefined;
}

export interface WitnessCheck {
  refusal?: { reason: RefusalReason; detail: string; actual?: number };
  /** What the server writes into the witness map once the update is applied. */
  witnesses: [string, Witness][];
  /** Runs and incidents this update lists for the first time, as `runs/<id>` or `incidents/<id>`. */
  newlyListed: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function entryIds(doc: Y.Doc, root: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const value of doc.getArray<unknown>(root).toArray())
    if (isRecord(value) && typeof value.id === 'string') ids.set(value.id, JSON.stringify(value));
  return ids;
}

/** The longest string in a value (its fields, and theirs), to bound one text field. */
function longestText(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (depth > 4 || typeof value !== 'object' || value === null) return 0;
  return Math.max(0, ...Object.values(value).map((inner) => longestText(inner, depth + 1)));
}

function aheadBy(value: unknown, now: Date): number {
  if (!isRecord(value)) return 0;
  return Math.max(
    0,
    ...SIGNED_TIME_FIELDS.map((field) => {
      const at = typeof value[field] === 'string' ? Date.parse(value[field]) : NaN;
      return Number.isNaN(at) ? 0 : at - now.getTime();
    }),
  );
}

const refuse = (reason: RefusalReason, detail: string, actual?: number): WitnessCheck => ({
  refusal: { reason, detail, ...(actual !== undefined ? { actual } : {}) },
  witnesses: [],
  newlyListed: [],
});

export function checkAndWitness(
  doc: Y.Doc,
  effects: UpdateEffects,
  sender: { name: string; role?: string | undefined },
  now: Date,
  bounds: { maxClockAheadMs: number; maxTextLength: number },
): WitnessCheck {
  if (effects.unplaced > 0)
    return refuse('missing-dependency', 'it builds on a change the server does not have');
  const touched = [...effects.deleted, ...effects.inserted];
  if (touched.some(({ root }) => root === WITNESS_ROOT))
    return refuse('witness-is-server-only', 'only the server writes who did what');
  const rewritten = effects.deleted.find(({ root }) => APPEND_ONLY_ROOTS.has(root));
  if (rewritten)
    return refuse(
      'history-is-append-only',
      `it deletes or rewrites a past ${rewritten.root} entry`,
    );

  const witness: Witness = {
    name: sender.name,
    ...(sender.role ? { role: sender.role } : {}),
    receivedAt: now.toISOString(),
  };
  const witnesses = new Map<string, Witness>();
  const newlyListed: string[] = [];
  const existing = new Map<string, Map<string, string>>();
  for (const { root, key, values } of effects.inserted) {
    for (const value of values) {
      const length = longestText(value);
      if (length > bounds.maxTextLength)
        return refuse('text-too-long', `a text in it is ${length} characters long`, length);
      const ahead = aheadBy(value, now);
      if (ahead > bounds.maxClockAheadMs)
        return refuse('time-ahead-of-server', 'it is signed ahead of the server’s clock', ahead);
      if (APPEND_ONLY_ROOTS.has(root) && isRecord(value) && typeof value.id === 'string') {
        const ids = existing.get(root) ?? entryIds(doc, root);
        existing.set(root, ids);
        const json = JSON.stringify(value);
        const before = ids.get(value.id);
        if (before !== undefined && before !== json)
          return refuse('duplicate-entry-id', `it reuses the id of another ${root} entry`);
        ids.set(value.id, json);
        if (before === undefined) witnesses.set(witnessKey(root, value.id), witness);
      } else if (LAST_WRITER_ROOTS.has(root) && key !== undefined) {
        witnesses.set(witnessKey(root, key), witness);
        const created = createdWitnessKey(root, key);
        const isNew =
          LIST_ROOTS.has(root) &&
          !doc.getMap(root).has(key) &&
          !doc.getMap(WITNESS_ROOT).has(created) &&
          !witnesses.has(created);
        if (isNew) {
          witnesses.set(created, witness);
          newlyListed.push(witnessKey(root, key));
        }
      }
    }
  }
  return { witnesses: [...witnesses], newlyListed };
}
