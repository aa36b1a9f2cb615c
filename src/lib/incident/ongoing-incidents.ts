/**
 * Which incidents are still ongoing, read straight from the stored incidents text. Every page shows a
 * banner while one is: reading pages load no schema library, so this reads only the few fields the
 * banner needs, and anything it does not recognise means "no banner" rather than an error (the
 * playbook page, which reads the document in full, is where a damaged record is reported). It imports
 * nothing, so that the banner's script stays one small file.
 */
export interface OngoingIncident {
  title: string;
  startedAt: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The stored incidents that have started and are not resolved, oldest first. Never throws. */
export function ongoingIncidents(raw: string | null | undefined): OngoingIncident[] {
  if (!raw) return [];
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return [];
  }
  if (
    !isRecord(envelope) ||
    typeof envelope.v !== 'number' ||
    !isRecord(envelope.data) ||
    !Array.isArray(envelope.data.incidents)
  )
    return [];
  return envelope.data.incidents.flatMap((incident: unknown) =>
    isRecord(incident) &&
    typeof incident.startedAt === 'string' &&
    !Number.isNaN(Date.parse(incident.startedAt)) &&
    incident.resolvedAt === undefined
      ? [
          {
            title: typeof incident.title === 'string' ? incident.title.trim() : '',
            startedAt: incident.startedAt,
          },
        ]
      : [],
  );
}

/** "Incident in progress: Checkout errors", "Incident in progress" (untitled), "2 incidents in progress". */
export function ongoingIncidentsText(ongoing: readonly OngoingIncident[]): string | undefined {
  const first = ongoing[0];
  if (!first) return undefined;
  if (ongoing.length > 1) return `${ongoing.length} incidents in progress`;
  return first.title ? `Incident in progress: ${first.title}` : 'Incident in progress';
}
