// Incidents worked in this browser, and the only way one starts, changes or is shown.
import type { Signature } from '../lib/item-state/item-state.ts';
import {
  type Incident,
  type Incidents,
  incidentsCodec,
  upsertIncident,
} from '../lib/incident/incident.ts';
import { type IncidentInput, startIncident } from '../lib/incident/incident-transitions.ts';
import { mergeTeamIncidents } from '../lib/team/team-mirror.ts';
import { atom, type ReadableAtom } from 'nanostores';
import { newId, persistentDocument } from './storage.ts';
import { adoptIntoTeam } from './team-membership.ts';
import { canWriteToTeam, inTeamMode, routeToTeam } from './team.ts';

export const incidentsDocument = persistentDocument('incidents', incidentsCodec);

/** Every incident worked in this browser, and the one on screen. Read-only: incidents change through the verbs below. */
export const $incidents: ReadableAtom<Incidents> = incidentsDocument.store;

// Team mode only: a local-only build drops it.
const replaced = /*#__PURE__*/ atom<string | undefined>(undefined);

/** The resolved incident this tab was showing when a new one took the screen: the way back to it. */
export const $replacedIncident: ReadableAtom<string | undefined> = replaced;

export function beginIncident(input: IncidentInput, signature: Signature): Incident {
  const incident = startIncident(input, newId('incident'), signature);
  incidentsDocument.store.set(upsertIncident($incidents.get(), incident));
  // Started in team mode, it is the team's from its first moment.
  if (import.meta.env.SYNC_URL && inTeamMode()) shareIncident(incident.id);
  return incident;
}

/**
 * Apply a pure transition to one incident and show it. Returns why it could not be applied
 * (another tab resolved it meanwhile, say), or undefined.
 */
export function updateIncident(
  id: string,
  transition: (incident: Incident) => Incident,
): string | undefined {
  const incidents = $incidents.get();
  const incident = incidents.incidents.find((candidate) => candidate.id === id);
  if (!incident) return 'This incident is no longer kept in this browser.';
  let problem: string | undefined;
  if (
    import.meta.env.SYNC_URL &&
    routeToTeam('incidents', id, (team) => (problem = team.updateIncident(id, transition)))
  )
    return problem;
  try {
    incidentsDocument.store.set(upsertIncident(incidents, transition(incident)));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Show one incident, or none (the form to start one). */
export function showIncident(id: string | undefined): void {
  if (import.meta.env.SYNC_URL) replaced.set(undefined);
  const { currentId: _shown, ...incidents } = $incidents.get();
  incidentsDocument.store.set(id === undefined ? incidents : { ...incidents, currentId: id });
}

/** "Share with the team": an incident worked in this browser becomes the team's, as it stands. */
export function shareIncident(id: string): void {
  const incident = $incidents.get().incidents.find((candidate) => candidate.id === id);
  if (!incident || !canWriteToTeam()) return;
  adoptIntoTeam('incidents', id);
  routeToTeam('incidents', id, (team) => team.shareIncident(incident));
}

/**
 * The team's incidents arriving (`readable`: those whose documents have arrived): one shared before
 * and gone from the team (`gone`) leaves, local ones stay, and someone who has picked none is shown
 * `ongoing` (lib/team/team-mirror.ts). Never routed back to the team.
 */
export function followTeamIncidents(
  readable: readonly Incident[],
  gone: ReadonlySet<string>,
  ongoing: string | undefined,
): void {
  const stored = $incidents.get();
  const merged = mergeTeamIncidents(stored, readable, gone, ongoing);
  if (JSON.stringify(merged) === JSON.stringify(stored)) return;
  const wasShown = stored.currentId;
  if (
    wasShown !== undefined &&
    merged.currentId !== wasShown &&
    merged.incidents.some((incident) => incident.id === wasShown)
  )
    replaced.set(wasShown);
  incidentsDocument.store.set(merged);
}
