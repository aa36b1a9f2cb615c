/*
 * Who did what in a shared incident, worded for its Markdown export as a shared checklist's export
 * words it: each step's history, one action a line, and who wrote each timeline entry, in the
 * server's word (history-text.ts). The export itself takes these lines, so that a local incident's
 * export loads none of this.
 */
import type { SharedIncidentRecord } from '../incident/incident-record-markdown.ts';
import {
  checklistHistory,
  historyLine,
  signerLine,
  type HistoryAction,
  type HistorySignature,
} from './history-text.ts';
import { PLAYBOOK_LIST } from './team-documents.ts';

export function incidentRecordLines(
  shared: {
    /** The incident document's item histories, by `historyKey` (as the mirror publishes them). */
    histories: Readonly<Record<string, readonly HistoryAction[]>> | undefined;
    /** Who signed each timeline entry, by entry id (`timelineSignatures`). */
    signatures: Readonly<Record<string, HistorySignature>> | undefined;
  },
  stepIds: readonly string[],
  timeOf: (iso: string) => string,
): SharedIncidentRecord {
  const steps: Record<string, string[]> = {};
  for (const [id, actions] of Object.entries(
    checklistHistory(shared.histories, PLAYBOOK_LIST, stepIds),
  ))
    Object.defineProperty(steps, id, {
      value: actions.map((action) => historyLine(action, timeOf)),
      enumerable: true,
    });
  const timeline: Record<string, string> = {};
  for (const [id, signed] of Object.entries(shared.signatures ?? {}))
    Object.defineProperty(timeline, id, { value: signerLine(signed, timeOf), enumerable: true });
  return { steps, timeline };
}
