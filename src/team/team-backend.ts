/*
 * The store verbs' changes of shared runs and incidents, written into their Yjs documents through
 * the pure functions of lib/team. The documents' observers mirror the result back into the stores,
 * so a change shows the same way whether it was made here or by someone else.
 */
import type * as Y from 'yjs';
import {
  incidentSummary,
  putIncidentSummary,
  putRun,
  readIncidentSummaries,
  removeSharedRun,
} from '../lib/team/team-list.ts';
import {
  importIncident,
  isIncidentDocumentEmpty,
  readIncident,
  updateIncidentDocument,
} from '../lib/team/incident-document.ts';
import {
  importRunWork,
  isRunDocumentEmpty,
  readItem,
  readRunChecklists,
  restoreChecklist,
  updateChecklistItem,
  writeNotesDraft,
} from '../lib/team/run-document.ts';
import type { TeamSignature } from '../lib/team/team-documents.ts';
import type { TeamBackend } from '../stores/team.ts';

export interface TeamDocuments {
  team: Y.Doc;
  run(runId: string): Y.Doc;
  incident(incidentId: string): Y.Doc;
  /** Signed now, by the token holder. */
  signature(): TeamSignature;
}

export function teamBackend(documents: TeamDocuments): TeamBackend {
  const { team, run, incident, signature } = documents;
  return {
    putRun: (saved) => {
      run(saved.id);
      putRun(team, saved);
    },
    removeRun: (runId) => removeSharedRun(team, runId),
    shareRun: (saved, checklists, draft) => {
      const doc = run(saved.id);
      if (isRunDocumentEmpty(doc)) importRunWork(doc, { checklists, draft }, signature());
      putRun(team, saved);
    },
    restoreRun: (saved, checklists, draft) => {
      const doc = run(saved.id);
      if (isRunDocumentEmpty(doc)) importRunWork(doc, { checklists, draft }, signature());
      else {
        const signed = signature();
        const checklistIds = new Set([
          ...Object.keys(readRunChecklists(doc)),
          ...Object.keys(checklists),
        ]);
        doc.transact(() => {
          for (const checklistId of checklistIds)
            restoreChecklist(
              doc,
              checklistId,
              Object.hasOwn(checklists, checklistId) ? checklists[checklistId]! : {},
              signed,
            );
          writeNotesDraft(doc, draft);
        });
      }
      putRun(team, saved);
    },
    updateItem: (runId, checklistId, itemId, transition) => {
      const doc = run(runId);
      const before = readItem(doc, checklistId, itemId);
      const after = transition(before);
      // The island signed the change inside its transition: the history keeps that same signature.
      const signed =
        after.at && after.at !== before?.at
          ? { ...signature(), at: after.at, ...(after.by ? { by: after.by } : {}) }
          : signature();
      updateChecklistItem(doc, checklistId, itemId, () => after, signed);
    },
    replaceChecklist: (runId, checklistId, state) =>
      restoreChecklist(run(runId), checklistId, state, signature()),
    replaceNotesDraft: (runId, draft) => writeNotesDraft(run(runId), draft),
    shareIncident: (shared) => {
      const doc = incident(shared.id);
      if (isIncidentDocumentEmpty(doc)) importIncident(doc, shared, signature());
      putIncidentSummary(team, incidentSummary(readIncident(doc) ?? shared));
    },
    updateIncident: (incidentId, transition) => {
      const doc = incident(incidentId);
      try {
        updateIncidentDocument(doc, transition, signature());
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      const updated = readIncident(doc);
      const listed = readIncidentSummaries(team).find((summary) => summary.id === incidentId);
      if (updated && JSON.stringify(listed) !== JSON.stringify(incidentSummary(updated)))
        putIncidentSummary(team, incidentSummary(updated));
      return undefined;
    },
  };
}
