import type { Signature } from '../lib/item-state/item-state.ts';
import { type Incident, incidentsCodec, upsertIncident } from '../lib/incident/incident.ts';
import { type IncidentInput, startIncident } from '../lib/incident/incident-transitions.ts';
import { newId, persistentDocument } from './storage.ts';

/** Every incident worked in this browser, and the one on screen. */
export const $incidents = persistentDocument('incidents', incidentsCodec);

export function beginIncident(input: IncidentInput, signature: Signature): Incident {
  const incident = startIncident(input, newId('incident'), signature);
  $incidents.set(upsertIncident($incidents.get(), incident));
  return incident;
}

/**
 * Apply a pure transition to one incident and show it. Returns why it could not be applied
 * (another tab resolved it meanwhile, say), or undefined.
 */
export function updateIncident(id: string, transition: (incident: Incident) => Incident): string | undefined {
  const incidents = $incidents.get();
  const incident = incidents.incidents.find((candidate) => candidate.id === id);
  if (!incident) return 'This incident is no longer kept in this browser.';
  try {
    $incidents.set(upsertIncident(incidents, transition(incident)));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Show one incident, or none (the form to start one). */
export function showIncident(id: string | undefined): void {
  const { currentId: _shown, ...incidents } = $incidents.get();
  $incidents.set(id === undefined ? incidents : { ...incidents, currentId: id });
}
