// Incidents worked in this browser, and the only way one starts, changes or is shown.
import type { Signature } from '../lib/item-state/item-state.ts';
import {
  type Incident,
  type Incidents,
  incidentsCodec,
  upsertIncident,
} from '../lib/incident/incident.ts';
import { type IncidentInput, startIncident } from '../lib/incident/incident-transitions.ts';
import type { ReadableAtom } from 'nanostores';
import { newId, persistentDocument } from './storage.ts';
import { adoptIntoTeam, canWriteToTeam, inTeamMode, routeToTeam } from './team.ts';

export const incidentsDocument = persistentDocument('incidents', incidentsCodec);

/** Every incident worked in this browser, and the one on screen. Read-only: incidents change through the verbs below. */
export const $incidents: ReadableAtom<Incidents> = incidentsDocument.store;

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
