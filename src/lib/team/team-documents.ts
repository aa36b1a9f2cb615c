/*
 * Team mode shares release work live: every replica of a Yjs document ends with the same content
 * whatever order the updates arrive in. This module names the shared documents and their keys, so
 * that the writers and readers beside it, the stores and islands, and the sync server that stores
 * the documents all agree on them.
 *
 * Three kinds of document, one Y.Doc each:
 *
 * "team"            the team's lists
 *   runs            Y.Map  run id → ReleaseRun, a plain object ({ id, version, name?, type,
 *                   customerFacing, createdAt }); a whole run is replaced on update, deleted on removal
 *   incidents       Y.Map  incident id → IncidentSummary ({ id, title, startedAt, customerImpact,
 *                   resolvedAt? }), enough to list incidents and find the ongoing one
 *
 * "run:<id>"        one release run's work
 *   itemActions     Y.Array of ItemAction, appended only: { id, list (checklist id), item (item id),
 *                   seq, action: done | reopen | na | note | reset | restore | import, at, by?,
 *                   role?, reason?, note?, state? }; an item's state is folded from its actions
 *   notes           Y.Map  release-notes field id → the text typed in it (a plain string)
 *
 * "incident:<id>"   one incident
 *   incident        Y.Map  id, title, startedAt, customerImpact, releaseId?, release?, resolvedAt?:
 *                   the incident as it was started (or shared); later changes live in the timeline
 *   itemActions     Y.Array of ItemAction as above, with list "playbook" and the step id as item
 *   timeline        Y.Array of TimelineEntry ({ id, at, by?, kind, text, corrects? }), appended
 *                   only; an entry that changes the incident carries `change: { customerImpact?,
 *                   resolved? }`
 *
 * Nested shared types are avoided on purpose: two replicas creating the same nested Y.Map at once
 * would each make their own and one would be lost. Only root types and plain values are used.
 * Everything typed by people is stored as the plain string they typed and never interpreted.
 */
import * as Y from 'yjs';
import type { Signature } from '../item-state/item-state.ts';

export const TEAM_DOCUMENT = 'team';

/** The document of one shared release run. */
export function runDocumentName(runId: string): string {
  return `run:${runId}`;
}

/** The document of one shared incident. */
export function incidentDocumentName(incidentId: string): string {
  return `incident:${incidentId}`;
}

export type TeamDocumentKind = 'team' | 'run' | 'incident';

/** Ids made by the site are UUIDs or `<prefix>-<base36 time>`: letters, digits, `-` and `_`. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The kind and id a document name stands for, or undefined for a name outside the team's
 * namespace. The sync server refuses any other name, so that a client cannot fill its storage with
 * documents nobody reads.
 */
export function parseTeamDocumentName(
  name: string,
): { kind: TeamDocumentKind; id?: string } | undefined {
  if (name === TEAM_DOCUMENT) return { kind: 'team' };
  const separator = name.indexOf(':');
  if (separator < 0) return undefined;
  const kind = name.slice(0, separator);
  const id = name.slice(separator + 1);
  if ((kind !== 'run' && kind !== 'incident') || !ID_PATTERN.test(id)) return undefined;
  return { kind, id };
}

export function isTeamDocumentName(name: string): boolean {
  return parseTeamDocumentName(name) !== undefined;
}

/** Root keys of the documents, as laid out above. */
export const KEYS = {
  runs: 'runs',
  incidents: 'incidents',
  itemActions: 'itemActions',
  notes: 'notes',
  incident: 'incident',
  timeline: 'timeline',
} as const;

/** The item list of an incident's steps in its `itemActions`. */
export const PLAYBOOK_LIST = 'playbook';

/** Who did something and when; `role` is the signer's role as the server names the token's holder. */
export interface TeamSignature extends Signature {
  role?: string | undefined;
}

/**
 * An id unique across replicas without randomness: this replica's client id and its clock, which
 * grows with everything it writes (also inside one transaction).
 */
export function nextEntryId(doc: Y.Doc): string {
  return `${doc.clientID.toString(36)}.${Y.getState(doc.store, doc.clientID)}`;
}

/** Orders ISO timestamps by the moment they name (offsets differ in imported data); unreadable ones first. */
export function compareTimes(a: string, b: string): number {
  const [msA, msB] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(msA) || Number.isNaN(msB))
    return Number.isNaN(msA) ? (Number.isNaN(msB) ? 0 : -1) : 1;
  return msA - msB;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
