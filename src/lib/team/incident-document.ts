/*
 * One incident shared with the team. The rules of an incident (what may be skipped, what a
 * resolved incident refuses, the wording of the timeline) stay in the pure transitions of
 * lib/incident: a change is applied to the incident read from the document, and what it added
 * (timeline entries, step changes) is appended to the document. Nothing is overwritten, so two
 * people working the same incident both keep their entries.
 *
 * Merge rules: the timeline shows in time order, ties in the shared array's order (the same on
 * every replica). Customer impact and resolved or not follow the latest entry that changed them,
 * so the state agrees with the last line of the timeline that speaks of it.
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import {
  IncidentSchema,
  RollbackSchema,
  TimelineEntrySchema,
  type Incident,
  type TimelineEntry,
} from '../incident/incident.ts';
import { actionsBetween, appendAction, ownState } from './item-changes.ts';
import { readItemStates } from './item-history.ts';
import {
  compareStrings,
  compareTimes,
  KEYS,
  nextEntryId,
  PLAYBOOK_LIST,
  type TeamSignature,
} from './team-documents.ts';

/**
 * What an entry changed besides adding itself. The resolution summary travels with `resolved`;
 * `rollback` is null when the rollback decision was undone.
 */
const ChangeSchema = v.object({
  customerImpact: v.optional(v.boolean()),
  resolved: v.optional(v.boolean()),
  resolution: IncidentSchema.entries.resolution,
  rollback: v.optional(v.nullable(RollbackSchema)),
});
type Change = v.InferOutput<typeof ChangeSchema>;
const StoredEntrySchema = v.object({
  ...TimelineEntrySchema.entries,
  change: v.optional(ChangeSchema),
});
type StoredEntry = v.InferOutput<typeof StoredEntrySchema>;

/** The incident as shared (or started); the reminder settings are changed here too, without an entry. */
const META_KEYS = [
  'id',
  'title',
  'startedAt',
  'customerImpact',
  'releaseId',
  'release',
  'resolvedAt',
  'resolution',
  'rollback',
  'reminders',
] as const;
const MetaSchema = v.pick(IncidentSchema, META_KEYS);

const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(KEYS.incident);
const timelineArray = (doc: Y.Doc): Y.Array<unknown> => doc.getArray<unknown>(KEYS.timeline);

/** Readable entries in time order; an id seen twice (the same incident shared twice at once) shows once. */
function storedTimeline(doc: Y.Doc): StoredEntry[] {
  const seen = new Set<string>();
  const entries: StoredEntry[] = [];
  for (const raw of timelineArray(doc).toArray()) {
    const parsed = v.safeParse(StoredEntrySchema, raw);
    if (!parsed.success || seen.has(parsed.output.id)) continue;
    seen.add(parsed.output.id);
    entries.push(parsed.output);
  }
  return entries.sort((a, b) => compareTimes(a.at, b.at)); // stable: ties keep the shared array's order
}

/** The incident of the document as `Incident`, or undefined when the document holds none it can read. */
export function readIncident(doc: Y.Doc): Incident | undefined {
  const meta = v.safeParse(MetaSchema, metaMap(doc).toJSON());
  if (!meta.success) return undefined;
  const {
    resolvedAt: startResolvedAt,
    resolution: startResolution,
    rollback: startRollback,
    ...fields
  } = meta.output;
  let customerImpact = fields.customerImpact;
  let resolvedAt = startResolvedAt;
  let resolution = startResolution;
  let rollback = startRollback;
  const timeline: TimelineEntry[] = [];
  for (const { change, ...entry } of storedTimeline(doc)) {
    if (change?.customerImpact !== undefined) customerImpact = change.customerImpact;
    if (change?.resolved !== undefined) {
      resolvedAt = change.resolved ? entry.at : undefined;
      resolution = change.resolved ? change.resolution : undefined;
    }
    if (change?.rollback !== undefined) rollback = change.rollback ?? undefined;
    timeline.push(entry);
  }
  return {
    ...fields,
    customerImpact,
    steps: readItemStates(doc).get(PLAYBOOK_LIST) ?? {},
    timeline,
    ...(resolvedAt ? { resolvedAt } : {}),
    ...(resolvedAt && resolution ? { resolution } : {}),
    ...(rollback ? { rollback } : {}),
  };
}

export function isIncidentDocumentEmpty(doc: Y.Doc): boolean {
  return (
    metaMap(doc).size === 0 &&
    timelineArray(doc).length === 0 &&
    doc.getArray(KEYS.itemActions).length === 0
  );
}

/**
 * "Share with the team", and the start of a new shared incident: the incident as it stands, its
 * step states as `import` actions in step id order, its timeline entries with their own ids.
 */
export function importIncident(doc: Y.Doc, incident: Incident, signature: TeamSignature): void {
  if (!isIncidentDocumentEmpty(doc))
    throw new Error('This incident is already shared: its team document has work in it.');
  const meta = metaMap(doc);
  doc.transact(() => {
    for (const key of META_KEYS) if (incident[key] !== undefined) meta.set(key, incident[key]);
    for (const stepId of Object.keys(incident.steps).sort(compareStrings)) {
      const state = incident.steps[stepId];
      if (state) appendAction(doc, PLAYBOOK_LIST, stepId, { action: 'import', state }, signature);
    }
    timelineArray(doc).push(incident.timeline.map((entry) => ({ ...entry })));
  });
}

function stepSignature(incident: Incident, stepId: string, fallback: TeamSignature): TeamSignature {
  const state = ownState(incident.steps, stepId);
  return state?.at
    ? {
        at: state.at,
        ...(state.by ? { by: state.by } : {}),
        ...(fallback.role ? { role: fallback.role } : {}),
      }
    : fallback;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a transition changed that the last entry it added must carry. */
function changeBetween(before: Incident, after: Incident): Change {
  const resolvedChanged = (after.resolvedAt ?? '') !== (before.resolvedAt ?? '');
  return {
    ...(after.customerImpact !== before.customerImpact
      ? { customerImpact: after.customerImpact }
      : {}),
    ...(resolvedChanged ? { resolved: after.resolvedAt !== undefined } : {}),
    ...(resolvedChanged && after.resolvedAt && after.resolution
      ? { resolution: after.resolution }
      : {}),
    ...(!sameJson(after.rollback, before.rollback)
      ? { rollback: after.rollback ? { ...after.rollback } : null }
      : {}),
  };
}

/**
 * Apply a pure transition of lib/incident (`tickStep`, `resolveIncident`, …) to the shared
 * incident, in one transaction. Its errors (a resolved incident, an empty note) are thrown as
 * they are, before anything is written.
 */
export function updateIncidentDocument(
  doc: Y.Doc,
  transition: (incident: Incident) => Incident,
  signature: TeamSignature,
): void {
  const before = readIncident(doc);
  if (!before) throw new Error('This incident is not in the team document (yet).');
  const after = transition(before);
  const added = after.timeline.slice(before.timeline.length);
  if (before.timeline.some((entry, index) => after.timeline[index] !== entry)) {
    throw new Error('A timeline entry cannot be changed: add a correction instead.');
  }
  const change = changeBetween(before, after);
  const changes = Object.keys(change).length > 0;
  if (changes && added.length === 0)
    throw new Error('A change to the incident needs its timeline entry.');
  const stepIds = [...new Set([...Object.keys(before.steps), ...Object.keys(after.steps)])].sort(
    compareStrings,
  );
  doc.transact(() => {
    if (after.title !== before.title) metaMap(doc).set('title', after.title);
    if (!sameJson(after.reminders, before.reminders) && after.reminders)
      metaMap(doc).set('reminders', { ...after.reminders });
    for (const stepId of stepIds) {
      const stepSigned = stepSignature(after, stepId, signature);
      for (const fields of actionsBetween(
        ownState(before.steps, stepId),
        ownState(after.steps, stepId),
        stepSigned,
      )) {
        appendAction(doc, PLAYBOOK_LIST, stepId, fields, stepSigned);
      }
    }
    added.forEach((entry, index) => {
      const last = index === added.length - 1;
      timelineArray(doc).push([
        { ...entry, id: nextEntryId(doc), ...(last && changes ? { change } : {}) },
      ]);
    });
  });
}
