/*
 * The team document: which release runs and incidents the team shares, so that anyone joining
 * sees the list and lands on the run still in progress or the ongoing incident. Each run and
 * incident summary is one plain value under its id: edited whole (the last edit wins), removed by
 * deleting its key, put back (undo) by setting it again. An edit made at the same moment as a
 * removal keeps the run, since the removal deleted only the value it had seen.
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import { IncidentSchema, type Incident } from '../incident/incident.ts';
import { ReleaseRunSchema, type ReleaseRun, type Releases } from '../releases/release-run.ts';
import { compareStrings, compareTimes, KEYS } from './team-documents.ts';

export const IncidentSummarySchema = v.pick(IncidentSchema, [
  'id',
  'title',
  'startedAt',
  'customerImpact',
  'resolvedAt',
]);
export type IncidentSummary = v.InferOutput<typeof IncidentSummarySchema>;

function runsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(KEYS.runs);
}

function incidentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(KEYS.incidents);
}

/** Values that read as `schema`, and whose id is their key; anything else stays stored, unread. */
function readValues<T extends { id: string }>(
  map: Y.Map<unknown>,
  schema: v.GenericSchema<unknown, T>,
): T[] {
  return [...map.entries()].flatMap(([key, raw]) => {
    const parsed = v.safeParse(schema, raw);
    return parsed.success && parsed.output.id === key ? [parsed.output] : [];
  });
}

/** Create or update a run (the run is validated first: a broken run would be unreadable everywhere). */
export function putRun(doc: Y.Doc, run: ReleaseRun): void {
  const checked = v.parse(ReleaseRunSchema, run);
  doc.transact(() => runsMap(doc).set(checked.id, checked));
}

export function removeSharedRun(doc: Y.Doc, runId: string): void {
  doc.transact(() => runsMap(doc).delete(runId));
}

/** The shared runs as `Releases`, oldest first as the releases store lists them; which is current stays per browser. */
export function readTeamReleases(doc: Y.Doc): Releases {
  const runs = readValues(runsMap(doc), ReleaseRunSchema);
  return {
    runs: runs.sort((a, b) => compareTimes(a.createdAt, b.createdAt) || compareStrings(a.id, b.id)),
  };
}

/** The newest run that is not complete (as `isComplete` says, from its checklists), if any. */
export function latestOpenRun(
  releases: Releases,
  isComplete: (run: ReleaseRun) => boolean,
): ReleaseRun | undefined {
  return [...releases.runs].reverse().find((run) => !isComplete(run));
}

/** What the team document keeps of an incident, to list it. */
export function incidentSummary(incident: Incident): IncidentSummary {
  const { id, title, startedAt, customerImpact, resolvedAt } = incident;
  return { id, title, startedAt, customerImpact, ...(resolvedAt ? { resolvedAt } : {}) };
}

/** Create or update an incident's summary (after it starts, and when it is resolved or reopened). */
export function putIncidentSummary(doc: Y.Doc, summary: IncidentSummary): void {
  const checked = v.parse(IncidentSummarySchema, summary);
  doc.transact(() => incidentsMap(doc).set(checked.id, checked));
}

export function removeIncidentSummary(doc: Y.Doc, incidentId: string): void {
  doc.transact(() => incidentsMap(doc).delete(incidentId));
}

/** The shared incidents, newest first. */
export function readIncidentSummaries(doc: Y.Doc): IncidentSummary[] {
  return readValues(incidentsMap(doc), IncidentSummarySchema).sort(
    (a, b) => compareTimes(b.startedAt, a.startedAt) || compareStrings(a.id, b.id),
  );
}

/** The newest incident not resolved, if any. */
export function ongoingIncident(
  summaries: readonly IncidentSummary[],
): IncidentSummary | undefined {
  return [...summaries]
    .sort((a, b) => compareTimes(b.startedAt, a.startedAt) || compareStrings(a.id, b.id))
    .find((summary) => !summary.resolvedAt);
}
