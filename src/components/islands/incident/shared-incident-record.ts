// What a shared incident's export says of who did what, read from the team's mirror. Loaded with
// `import()` in team builds only: a local incident's export keeps its signatures, and a local-only
// build holds none of this.
import type { Incident } from '../../../lib/incident/incident.ts';
import type { SharedIncidentRecord } from '../../../lib/incident/incident-record-markdown.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import { exportTime } from '../../../lib/incident/postmortem.ts';
import { incidentRecordLines } from '../../../lib/team/incident-witnesses.ts';
import { incidentDocumentName } from '../../../lib/team/team-documents.ts';
import { $itemHistories, isShared } from '../../../stores/team.ts';
import { $timelineSignatures } from '../../../stores/timeline-signatures.ts';

/** Each step's history and who wrote each timeline entry; undefined for an incident that is not shared. */
export function sharedIncidentRecord(
  incident: Incident,
  playbook: Playbook,
  exportedAt: Date,
): SharedIncidentRecord | undefined {
  if (!isShared('incidents', incident.id)) return undefined;
  const name = incidentDocumentName(incident.id);
  return incidentRecordLines(
    { histories: $itemHistories.get()[name], signatures: $timelineSignatures.get()[name] },
    playbook.steps.map((step) => step.id),
    exportTime(incident, exportedAt),
  );
}
