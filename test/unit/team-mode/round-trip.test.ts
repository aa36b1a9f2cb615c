// Team mode's round trip without a server, in a team build (SYNC_URL set before the stores load): a
// store verb routes the change to the team backend, the backend writes it into the team's Yjs
// documents, and the mirror brings the documents back into the stores; another replica's change
// arrives the same way.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => vi.stubEnv('SYNC_URL', 'ws://sync.test'));

import * as Y from 'yjs';
import { resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { tickStep } from '../../../src/lib/incident/incident-transitions.ts';
import { tick } from '../../../src/lib/item-state/item-state.ts';
import { itemHistory } from '../../../src/lib/team/item-history.ts';
import { readIncident } from '../../../src/lib/team/incident-document.ts';
import { readNotesDraft, tickItem } from '../../../src/lib/team/run-document.ts';
import {
  incidentDocumentName,
  PLAYBOOK_LIST,
  runDocumentName,
} from '../../../src/lib/team/team-documents.ts';
import { historyKey, UNCONFIRMED } from '../../../src/lib/team/history-text.ts';
import { witnessKey } from '../../../src/lib/team/witness.ts';
import {
  putRun,
  readIncidentSummaries,
  readTeamReleases,
} from '../../../src/lib/team/team-list.ts';
import { $checklists, updateItem } from '../../../src/stores/checklists.ts';
import { $incidents, beginIncident, updateIncident } from '../../../src/stores/incidents.ts';
import { $releaseNotes, replaceNotesDraft } from '../../../src/stores/release-notes.ts';
import { deleteReleaseRun, undoRunDeletion } from '../../../src/stores/release-run-changes.ts';
import { $releases, createReleaseRun } from '../../../src/stores/releases.ts';
import { $teamMembership, joinTeam } from '../../../src/stores/team-membership.ts';
import { $itemHistories } from '../../../src/stores/team-status.ts';
import { $timelineSignatures } from '../../../src/stores/timeline-signatures.ts';
import { TRIAGE } from '../../fixtures/playbook.ts';
import { send } from '../../support/yjs-replicas.ts';
import { freshStorage } from '../../support/store-storage.ts';
import { inMemoryTeam, type InMemoryTeam } from './in-memory-team.ts';

const SIGNED = { at: '2026-03-01T10:00:00.000Z', by: 'Dana (QA Lead)', role: 'QA Lead' };
const INPUT = { version: '2.4.0', type: 'minor', customerFacing: true } as const;

let connection: InMemoryTeam;

beforeEach(() => {
  freshStorage();
  joinTeam('a-token-of-sixteen-chars');
  connection = inMemoryTeam(() => SIGNED);
});

const runDoc = (runId: string) => connection.documents.get(runDocumentName(runId))!;

describe('a run worked in team mode', () => {
  it('is the team’s from its start: in the team’s list, in the membership, and still on screen', () => {
    const run = createReleaseRun(INPUT);
    expect(readTeamReleases(connection.team).runs).toEqual([run]);
    expect($teamMembership.get().runs).toEqual([run.id]);
    expect($releases.get()).toEqual({ runs: [run], currentId: run.id });
  });

  it('writes a tick into the run’s document with its signature, and shows it with its history', () => {
    const run = createReleaseRun(INPUT);
    const signed = { at: '2026-03-01T10:05:00.000Z', by: 'Dana (QA Lead)' };
    updateItem(run.id, 'deployment', 'smoke', (state) => tick(state, signed));
    expect(itemHistory(runDoc(run.id), 'deployment', 'smoke')).toMatchObject([
      { action: 'done', at: signed.at, by: signed.by, role: 'QA Lead' },
    ]);
    expect($checklists.get()[run.id]?.deployment?.smoke).toEqual({ status: 'done', ...signed });
    expect(
      $itemHistories
        .get()
        [runDocumentName(run.id)]?.['deployment\nsmoke']?.map((action) => action.action),
    ).toEqual(['done']);
  });

  it('shows a tick made on another replica once its update arrives', () => {
    const run = createReleaseRun(INPUT);
    const sams = new Y.Doc();
    send(runDoc(run.id), sams);
    tickItem(sams, 'deployment', 'smoke', { at: '2026-03-01T11:00:00.000Z', by: 'Sam' });
    expect($checklists.get()[run.id]).toBeUndefined();
    send(sams, runDoc(run.id));
    expect($checklists.get()[run.id]?.deployment?.smoke).toMatchObject({
      status: 'done',
      by: 'Sam',
    });
  });

  it('keeps the notes draft in the run’s document', () => {
    const run = createReleaseRun(INPUT);
    replaceNotesDraft(run.id, { version: '2.4.0', summary: 'Faster checkout' });
    expect(readNotesDraft(runDoc(run.id))).toEqual({
      version: '2.4.0',
      summary: 'Faster checkout',
    });
    expect($releaseNotes.get()[run.id]).toEqual({ version: '2.4.0', summary: 'Faster checkout' });
  });

  it('leaves the team’s list when deleted, and its undo puts it back', () => {
    const run = createReleaseRun(INPUT);
    const deleted = deleteReleaseRun(run.id);
    expect(deleted).toMatchObject({ run, shared: true });
    expect(readTeamReleases(connection.team).runs).toEqual([]);
    expect($releases.get().runs).toEqual([]);
    expect($teamMembership.get().runs).toEqual([]);
    undoRunDeletion(deleted!);
    expect(readTeamReleases(connection.team).runs).toEqual([run]);
    expect($releases.get().runs).toEqual([run]);
  });

  it('follows a run another browser added to the team’s list', () => {
    const sams = new Y.Doc();
    const theirs = { ...INPUT, id: 'sams-run', createdAt: '2026-03-01T09:00:00.000Z' };
    putRun(sams, theirs);
    send(sams, connection.team);
    expect($releases.get().runs).toEqual([theirs]);
    expect($teamMembership.get().runs).toEqual(['sams-run']);
    expect(connection.documents.has(runDocumentName('sams-run'))).toBe(true);
  });
});

describe('an incident worked in team mode', () => {
  it('is shared from its start, changes through its document, and a refused change says why', () => {
    const incident = beginIncident({ title: 'Checkout errors', customerImpact: false }, SIGNED);
    const doc = connection.documents.get(incidentDocumentName(incident.id))!;
    expect(readIncident(doc)).toEqual(incident);
    expect(readIncidentSummaries(connection.team).map((summary) => summary.id)).toEqual([
      incident.id,
    ]);
    expect($teamMembership.get().incidents).toEqual([incident.id]);

    const triaged = { at: '2026-03-01T10:10:00.000Z', by: 'Dana (QA Lead)' };
    expect(updateIncident(incident.id, (shown) => tickStep(shown, TRIAGE, triaged))).toBe(
      undefined,
    );
    expect(readIncident(doc)?.steps[TRIAGE.id]).toMatchObject({ status: 'done' });
    expect($incidents.get().incidents[0]?.steps[TRIAGE.id]).toMatchObject({ status: 'done' });

    const resolved = { at: '2026-03-01T10:30:00.000Z', by: 'Dana (QA Lead)' };
    updateIncident(incident.id, (shown) => resolveIncident(shown, 'Config restored', resolved));
    expect($incidents.get().incidents[0]?.resolvedAt).toBe(resolved.at);
    const before = Y.encodeStateVector(doc);
    expect(updateIncident(incident.id, (shown) => tickStep(shown, TRIAGE, resolved))).toBe(
      'This incident is resolved: reopen it to change it.',
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
  it('publishes whom the server witnessed for its steps and timeline entries, unconfirmed until then', () => {
    const incident = beginIncident({ title: 'Checkout errors', customerImpact: false }, SIGNED);
    const name = incidentDocumentName(incident.id);
    const doc = connection.documents.get(name)!;
    const triaged = { at: '2026-03-01T10:10:00.000Z', by: 'Dana (QA Lead)' };
    updateIncident(incident.id, (shown) => tickStep(shown, TRIAGE, triaged));
    const [started] = $incidents.get().incidents[0]!.timeline;
    expect($timelineSignatures.get()[name]?.[started!.id]).toMatchObject({
      by: SIGNED.by,
      unconfirmed: true,
    });
    const [tickAction] = $itemHistories.get()[name]![historyKey(PLAYBOOK_LIST, TRIAGE.id)]!;
    expect(tickAction).toMatchObject({ action: 'done', by: triaged.by, witness: UNCONFIRMED });

    // The server's witnesses arrive: the page names the sender it saw.
    const sam = { name: 'Sam', role: 'Release Manager', receivedAt: SIGNED.at };
    doc.transact(() => {
      doc.getMap('witness').set(witnessKey('timeline', started!.id), sam);
      doc.getMap('witness').set(witnessKey('itemActions', tickAction!.id), sam);
    });
    expect($timelineSignatures.get()[name]?.[started!.id]).toEqual({
      by: 'Sam (Release Manager)',
      madeAt: started!.at,
      unconfirmed: false,
    });
    expect($itemHistories.get()[name]![historyKey(PLAYBOOK_LIST, TRIAGE.id)]![0]!.witness).toEqual(
      sam,
    );
  });
});

describe('landing someone who has picked no run', () => {
  it('shows the team’s newest run that is not complete, and keeps that choice', () => {
    const outline = [{ id: 'deployment', items: [{ id: 'smoke' }] }];
    freshStorage();
    joinTeam('a-token-of-sixteen-chars');
    connection = inMemoryTeam(() => SIGNED, outline);
    // The newer run is complete (its one item done); the older one is still under way.
    tickItem(connection.mirror.runDocument('newer'), 'deployment', 'smoke', SIGNED);
    const sams = new Y.Doc();
    putRun(sams, { ...INPUT, id: 'older', createdAt: '2026-03-01T09:00:00.000Z' });
    putRun(sams, {
      ...INPUT,
      version: '2.5.0',
      id: 'newer',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    send(sams, connection.team);
    expect($releases.get().runs.map((run) => run.id)).toEqual(['older', 'newer']);
    expect($releases.get().currentId).toBe('older');
    // Once shown, the run stays this browser's choice.
    putRun(sams, {
      ...INPUT,
      version: '2.6.0',
      id: 'newest',
      createdAt: '2026-03-03T09:00:00.000Z',
    });
    send(sams, connection.team);
    expect($releases.get().currentId).toBe('older');
  });
});
