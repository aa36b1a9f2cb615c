/*
 * Every shared document mirrored into the stores, written once: the team's list (runs, incidents),
 * each run's checklists, notes and item histories, each incident. The connection calls these when
 * a document changes. The connection hands it the way to open a document, so that this works the
 * same with Yjs documents in memory (the unit tests) as with documents synced through the server.
 */
import type * as Y from 'yjs';
import { documentHistories, timelineSignatures } from '../lib/team/history-text.ts';
import { readIncident } from '../lib/team/incident-document.ts';
import { landingRun, type ChecklistOutline } from '../lib/team/landing-run.ts';
import { readNotesDraft, readRunChecklists } from '../lib/team/run-document.ts';
import {
  incidentDocumentName,
  runDocumentName,
  TEAM_DOCUMENT,
} from '../lib/team/team-documents.ts';
import { ongoingIncident, readIncidentSummaries, readTeamReleases } from '../lib/team/team-list.ts';
import type { Releases } from '../lib/releases/release-run.ts';
import { $checklists } from '../stores/checklists.ts';
import { $releases } from '../stores/releases.ts';
import { mirrorRunWork, mirrorTeamIncidents, mirrorTeamRuns } from '../stores/team-mirror.ts';
import { setItemHistories } from '../stores/team-status.ts';
import { setTimelineSignatures } from '../stores/timeline-signatures.ts';

/** Opens a shared document once by name; `onChange` runs after each later change to it. */
export type OpenDocument = (name: string, onChange: (doc: Y.Doc) => void) => Y.Doc;

/** The shared documents as the connection holds them. */
export interface MirroredDocuments {
  team: Y.Doc;
  open: OpenDocument;
  /** Whether the server has answered for the document at least once. */
  synced(documentName: string): boolean;
}

export interface TeamMirror {
  /** The team's lists, then every run and incident they name. */
  mirrorTeam(): void;
  /** One shared run's document, opened and mirrored on each change. */
  runDocument(runId: string): Y.Doc;
  /** One shared incident's document, opened and mirrored on each change. */
  incidentDocument(incidentId: string): Y.Doc;
}

/** `outline` (the checklists of the site) lets someone who has picked no run land on the one under way. */
export function teamMirror(
  documents: MirroredDocuments,
  outline: ChecklistOutline | undefined,
): TeamMirror {
  /** One run's work and item histories. */
  function mirrorRun(runId: string, doc: Y.Doc) {
    mirrorRunWork(runId, readRunChecklists(doc), readNotesDraft(doc));
    setItemHistories(runDocumentName(runId), documentHistories(doc));
  }

  const runDocument = (runId: string) =>
    documents.open(runDocumentName(runId), (doc) => mirrorRun(runId, doc));
  const incidentDocument = (incidentId: string) =>
    documents.open(incidentDocumentName(incidentId), () => mirrorIncidents());

  /** The team's incidents, as far as their documents have arrived. */
  function mirrorIncidents() {
    const summaries = readIncidentSummaries(documents.team);
    const readable = summaries.flatMap((summary) => {
      const doc = incidentDocument(summary.id);
      // Who did what is the server's word: each step's history and each timeline entry's witness.
      setItemHistories(incidentDocumentName(summary.id), documentHistories(doc));
      setTimelineSignatures(incidentDocumentName(summary.id), timelineSignatures(doc));
      const incident = readIncident(doc);
      return incident ? [incident] : [];
    });
    mirrorTeamIncidents(
      summaries.map((summary) => summary.id),
      readable,
      ongoingIncident(summaries)?.id,
    );
  }

  /**
   * Someone who has not picked a run lands on the team's newest run not complete, once the team's
   * list and every run's document have arrived (before, a finished run would look open).
   */
  function landOn(releases: Releases): string | undefined {
    if ($releases.get().currentId !== undefined || !outline) return undefined;
    if (
      !documents.synced(TEAM_DOCUMENT) ||
      releases.runs.some((run) => !documents.synced(runDocumentName(run.id)))
    )
      return undefined;
    return landingRun(releases, outline, $checklists.get())?.id;
  }

  function mirrorTeam() {
    const releases = readTeamReleases(documents.team);
    mirrorTeamRuns(releases, landOn(releases));
    for (const run of releases.runs) mirrorRun(run.id, runDocument(run.id));
    mirrorIncidents();
  }

  return { mirrorTeam, runDocument, incidentDocument };
}
