import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addEntry, correctEntry } from '../../../src/lib/incident/incident-timeline.ts';
import {
  reopenIncident,
  setCustomerImpact,
  skipStep,
  startIncident,
  tickStep,
  untickStep,
} from '../../../src/lib/incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { recordCustomerUpdate, setReminderSettings } from '../../../src/lib/incident/reminders.ts';
import {
  type Incident,
  type ReminderSettings,
  type Rollback,
} from '../../../src/lib/incident/incident.ts';
import type { IncidentInput } from '../../../src/lib/incident/incident-transitions.ts';
import type { PlaybookStep } from '../../../src/lib/incident/playbook.ts';
import type { TeamSignature } from '../../../src/lib/team/team-documents.ts';
import {
  importIncident,
  readIncident,
  updateIncidentDocument,
} from '../../../src/lib/team/incident-document.ts';
import { itemHistory } from '../../../src/lib/team/item-history.ts';
import { PLAYBOOK_LIST } from '../../../src/lib/team/team-documents.ts';
import {
  at,
  NOTIFY_CS,
  PLAYBOOK,
  ROLLBACK,
  TRIAGE,
  TRIGGER_STEP,
} from '../../fixtures/playbook.ts';
import { replicas, send, syncAll } from '../../support/yjs-replicas.ts';

const input = { title: 'Checkout errors', customerImpact: false };

// The incident page's changes on a shared document, as the team connection makes them: the pure
// transition of a local incident, applied through `updateIncidentDocument` with the signature.
type Sig = TeamSignature;
const change = (doc: Y.Doc, transition: (incident: Incident) => Incident, signature: Sig) =>
  updateIncidentDocument(doc, transition, signature);
const startSharedIncident = (doc: Y.Doc, start: IncidentInput, id: string, signature: Sig) =>
  importIncident(doc, startIncident(start, id, signature), signature);
const tickIncidentStep = (doc: Y.Doc, step: PlaybookStep, signature: Sig) =>
  change(doc, (incident) => tickStep(incident, step, signature), signature);
const untickIncidentStep = (doc: Y.Doc, step: PlaybookStep, signature: Sig) =>
  change(doc, (incident) => untickStep(incident, step, signature), signature);
const skipIncidentStep = (doc: Y.Doc, step: PlaybookStep, reason: string, signature: Sig) =>
  change(doc, (incident) => skipStep(incident, step, reason, signature), signature);
const setSharedCustomerImpact = (
  doc: Y.Doc,
  impact: boolean,
  steps: readonly PlaybookStep[],
  signature: Sig,
) => change(doc, (incident) => setCustomerImpact(incident, impact, steps, signature), signature);
const addTimelineEntry = (doc: Y.Doc, kind: 'note' | 'action', text: string, signature: Sig) =>
  change(doc, (incident) => addEntry(incident, kind, text, signature), signature);
const correctTimelineEntry = (doc: Y.Doc, entryId: string, text: string, signature: Sig) =>
  change(doc, (incident) => correctEntry(incident, entryId, text, signature), signature);
const decideSharedRollback = (doc: Y.Doc, step: PlaybookStep, rollback: Rollback, signature: Sig) =>
  change(doc, (incident) => decideRollback(incident, step, rollback, signature), signature);
const resolveSharedIncident = (doc: Y.Doc, summary: string, signature: Sig) =>
  change(doc, (incident) => resolveIncident(incident, summary, signature), signature);
const reopenSharedIncident = (doc: Y.Doc, signature: Sig, undone = false) =>
  change(doc, (incident) => reopenIncident(incident, signature, undone), signature);
const recordSharedCustomerUpdate = (doc: Y.Doc, signature: Sig) =>
  change(doc, (incident) => recordCustomerUpdate(incident, signature), signature);
const setSharedReminderSettings = (doc: Y.Doc, settings: ReminderSettings, signature: Sig) =>
  change(doc, (incident) => setReminderSettings(incident, settings), signature);

/** Timeline ids differ (the document makes its own); compare what they point at instead. */
function comparable(incident: Incident | undefined) {
  if (!incident) return undefined;
  const index = new Map(incident.timeline.map((entry, position) => [entry.id, position]));
  const timeline = incident.timeline.map(({ id: _id, corrects, ...entry }) => ({
    ...entry,
    ...(corrects ? { corrects: index.get(corrects) } : {}),
  }));
  return { ...incident, timeline };
}

function started(): Y.Doc {
  const [doc] = replicas(1) as [Y.Doc];
  startSharedIncident(doc, input, 'inc-1', at('14:00:00', 'Dana'));
  return doc;
}

describe('one replica reads back what the pure transitions make', () => {
  it('matches every incident transition step by step', () => {
    const doc = started();
    let incident = startIncident(input, 'inc-1', at('14:00:00', 'Dana'));
    expect(readIncident(doc)).toEqual(incident);
    const steps: [(d: Y.Doc) => void, (i: Incident) => Incident][] = [
      [
        (d) => tickIncidentStep(d, TRIGGER_STEP, at('14:01:00', 'Dana')),
        (i) => tickStep(i, TRIGGER_STEP, at('14:01:00', 'Dana')),
      ],
      [
        (d) => skipIncidentStep(d, NOTIFY_CS, 'internal only', at('14:02:00', 'Lee')),
        (i) => skipStep(i, NOTIFY_CS, 'internal only', at('14:02:00', 'Lee')),
      ],
      [
        (d) => skipIncidentStep(d, ROLLBACK, 'hotfix instead', at('14:03:00')),
        (i) => skipStep(i, ROLLBACK, 'hotfix instead', at('14:03:00')),
      ],
      [
        (d) => addTimelineEntry(d, 'note', ' cache flushed ', at('14:04:00', 'Sam')),
        (i) => addEntry(i, 'note', ' cache flushed ', at('14:04:00', 'Sam')),
      ],
      [
        (d) => setSharedCustomerImpact(d, true, PLAYBOOK.steps, at('14:05:00')),
        (i) => setCustomerImpact(i, true, PLAYBOOK.steps, at('14:05:00')),
      ],
      [
        (d) => untickIncidentStep(d, TRIGGER_STEP, at('14:06:00', 'Dana')),
        (i) => untickStep(i, TRIGGER_STEP, at('14:06:00', 'Dana')),
      ],
      [
        (d) => resolveSharedIncident(d, 'Config restored', at('14:30:00', 'Dana')),
        (i) => resolveIncident(i, 'Config restored', at('14:30:00', 'Dana')),
      ],
      [
        (d) => reopenSharedIncident(d, at('14:31:00', 'Dana')),
        (i) => reopenIncident(i, at('14:31:00', 'Dana')),
      ],
      [
        (d) => addTimelineEntry(d, 'action', 'Add an alert', at('14:32:00')),
        (i) => addEntry(i, 'action', 'Add an alert', at('14:32:00')),
      ],
    ];
    for (const [apply, transition] of steps) {
      apply(doc);
      incident = transition(incident);
      expect(comparable(readIncident(doc))).toEqual(comparable(incident));
    }
    const note = readIncident(doc)?.timeline.find((entry) => entry.kind === 'action');
    correctTimelineEntry(doc, note?.id ?? '', 'Add an alert on 5xx', at('14:33:00'));
    incident = correctEntry(
      incident,
      incident.timeline.at(-1)?.id ?? '',
      'Add an alert on 5xx',
      at('14:33:00'),
    );
    expect(comparable(readIncident(doc))).toEqual(comparable(incident));
    expect(itemHistory(doc, PLAYBOOK_LIST, NOTIFY_CS.id).map((action) => action.action)).toEqual([
      'na',
      'reopen',
    ]);
  });

  it('refuses a change to a resolved incident, with the rule’s message, and writes nothing', () => {
    const doc = started();
    resolveSharedIncident(doc, 'Fixed', at('14:10:00'));
    const before = Y.encodeStateVector(doc);
    expect(() => tickIncidentStep(doc, TRIAGE, at('14:11:00'))).toThrow(
      'This incident is resolved: reopen it to change it.',
    );
    expect(() => addTimelineEntry(doc, 'note', '   ', at('14:11:00'))).toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('replicas merging', () => {
  it('shows entries written offline on three replicas in time order, the same everywhere', () => {
    const doc = started();
    const [b, c] = replicas(3).slice(1) as [Y.Doc, Y.Doc];
    syncAll([doc, b, c]);
    addTimelineEntry(c, 'note', 'third', at('14:03:00', 'C'));
    addTimelineEntry(doc, 'note', 'first', at('14:01:00', 'A'));
    addTimelineEntry(b, 'note', 'second', at('14:02:00', 'B'));
    addTimelineEntry(b, 'note', 'tie from B', at('14:04:00', 'B'));
    addTimelineEntry(c, 'note', 'tie from C', at('14:04:00', 'C'));
    send(c, b);
    send(b, doc);
    send(doc, c);
    send(c, b);
    const texts = (d: Y.Doc) => readIncident(d)?.timeline.map((entry) => entry.text);
    expect(texts(doc)?.slice(0, 4)).toEqual([
      expect.stringContaining('Incident started'),
      'first',
      'second',
      'third',
    ]);
    expect(texts(doc)?.slice(4).sort()).toEqual(['tie from B', 'tie from C']);
    expect(texts(b)).toEqual(texts(doc));
    expect(texts(c)).toEqual(texts(doc));
  });

  it('agrees on resolved or not with the latest resolve or reopen entry', () => {
    const doc = started();
    const [, b] = replicas(2) as [Y.Doc, Y.Doc];
    send(doc, b);
    resolveSharedIncident(doc, 'Fixed', at('14:20:00', 'Dana'));
    tickIncidentStep(b, TRIAGE, at('14:22:00', 'Lee')); // Lee has not seen the resolution yet
    syncAll([doc, b], [1, 0]);
    for (const d of [doc, b]) {
      const incident = readIncident(d);
      expect(incident?.resolvedAt).toBe('2026-11-26T14:20:00.000Z');
      expect(incident?.steps[TRIAGE.id]?.status).toBe('done');
      expect(incident?.timeline.map((entry) => entry.kind)).toEqual(['start', 'resolve', 'step']);
    }
    reopenSharedIncident(doc, at('14:23:00', 'Dana'));
    reopenSharedIncident(b, at('14:23:30', 'Lee'));
    resolveSharedIncident(b, 'Fixed again', at('14:40:00', 'Lee'));
    syncAll([doc, b]);
    for (const d of [doc, b]) {
      expect(readIncident(d)?.resolvedAt).toBe('2026-11-26T14:40:00.000Z');
      expect(readIncident(d)?.timeline.map((entry) => entry.kind)).toEqual([
        'start',
        'resolve',
        'step',
        'reopen',
        'reopen',
        'resolve',
      ]);
    }
  });

  it('keeps both sign-offs when two people settle the same step at once', () => {
    const doc = started();
    const [, b] = replicas(2) as [Y.Doc, Y.Doc];
    send(doc, b);
    decideSharedRollback(
      doc,
      ROLLBACK,
      { version: '2.3.1', reason: '5xx' },
      at('14:10:00', 'Dana'),
    );
    skipIncidentStep(b, ROLLBACK, 'fixed forward', at('14:10:02', 'Lee'));
    syncAll([doc, b]);
    for (const d of [doc, b]) {
      expect(readIncident(d)?.steps[ROLLBACK.id]).toMatchObject({
        status: 'na',
        by: 'Lee',
        reason: 'fixed forward',
      });
      expect(itemHistory(d, PLAYBOOK_LIST, ROLLBACK.id).map((action) => action.by)).toEqual([
        'Dana',
        'Lee',
      ]);
      expect(readIncident(d)?.timeline.filter((entry) => entry.kind === 'step')).toHaveLength(2);
      // Dana's rollback details stay in the record; they show only while the decision reads "rolled back".
      expect(readIncident(d)?.rollback).toEqual({ version: '2.3.1', reason: '5xx' });
    }
  });
});

describe('sharing a local incident', () => {
  it('reads back exactly the local incident, keeping its entry ids and hostile text literal', () => {
    let local = startIncident(
      { title: '<img src=x onerror=alert(1)>', customerImpact: true },
      'inc-9',
      at('09:00:00', 'Dana'),
    );
    local = tickStep(local, TRIGGER_STEP, at('09:01:00', 'Dana'));
    local = addEntry(local, 'note', '**not bold** [x](javascript:alert(1))', at('09:02:00'));
    local = resolveIncident(local, '<b>done</b>', at('09:30:00'));
    const doc = new Y.Doc();
    importIncident(doc, local, at('10:00:00', 'Dana'));
    expect(readIncident(doc)).toEqual(local);
    const copy = new Y.Doc();
    send(doc, copy);
    expect(readIncident(copy)).toEqual(local);
    expect(() => importIncident(doc, local, at('10:00:00'))).toThrow(
      'This incident is already shared',
    );
  });

  it('shows an incident shared twice at once only once', () => {
    const local = addEntry(
      startIncident(input, 'inc-2', at('09:00:00')),
      'note',
      'one',
      at('09:01:00'),
    );
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    importIncident(a, local, at('10:00:00', 'A'));
    importIncident(b, local, at('10:00:00', 'B'));
    syncAll([a, b]);
    expect(readIncident(a)).toEqual(local);
    expect(readIncident(b)).toEqual(local);
  });
});

describe('the resolution, the rollback and the reminders in a team', () => {
  it('carry every new field through the document as the pure transitions make them', () => {
    const doc = started();
    const [, b] = replicas(2) as [Y.Doc, Y.Doc];
    let incident = startIncident(input, 'inc-1', at('14:00:00', 'Dana'));
    const rollback = { version: '2.3.1', reason: '5xx on checkout' };
    const settings = { customerUpdateMinutes: 15, stepNudgeMinutes: 5 };
    const steps: [(d: Y.Doc) => void, (i: Incident) => Incident][] = [
      [
        (d) => setSharedReminderSettings(d, settings, at('14:01:00')),
        (i) => setReminderSettings(i, settings),
      ],
      [
        (d) => recordSharedCustomerUpdate(d, at('14:02:00', 'Kim')),
        (i) => recordCustomerUpdate(i, at('14:02:00', 'Kim')),
      ],
      [
        (d) => decideSharedRollback(d, ROLLBACK, rollback, at('14:03:00', 'Lee')),
        (i) => decideRollback(i, ROLLBACK, rollback, at('14:03:00', 'Lee')),
      ],
      [
        (d) => resolveSharedIncident(d, 'Back on 2.3.1', at('14:30:00', 'Dana')),
        (i) => resolveIncident(i, 'Back on 2.3.1', at('14:30:00', 'Dana')),
      ],
      [
        (d) => reopenSharedIncident(d, at('14:30:05', 'Dana'), true),
        (i) => reopenIncident(i, at('14:30:05', 'Dana'), true),
      ],
      [
        (d) => untickIncidentStep(d, ROLLBACK, at('14:31:00', 'Lee')),
        (i) => untickStep(i, ROLLBACK, at('14:31:00', 'Lee')),
      ],
      [
        (d) => resolveSharedIncident(d, 'Fixed forward', at('14:40:00', 'Dana')),
        (i) => resolveIncident(i, 'Fixed forward', at('14:40:00', 'Dana')),
      ],
    ];
    const seen: Incident[] = [];
    for (const [apply, transition] of steps) {
      apply(doc);
      incident = transition(incident);
      expect(comparable(readIncident(doc))).toEqual(comparable(incident));
      send(doc, b);
      expect(comparable(readIncident(b))).toEqual(comparable(incident));
      seen.push(readIncident(b)!);
    }
    expect(
      seen.map((shown) => [
        shown.reminders?.customerUpdateMinutes,
        shown.rollback?.version,
        shown.resolution,
      ]),
    ).toEqual([
      [15, undefined, undefined],
      [15, undefined, undefined],
      [15, '2.3.1', undefined],
      [15, '2.3.1', 'Back on 2.3.1'],
      [15, '2.3.1', undefined],
      [15, undefined, undefined],
      [15, undefined, 'Fixed forward'],
    ]);
    expect(seen[1]?.timeline.at(-1)).toMatchObject({ kind: 'customer-update', by: 'Kim' });
  });

  it('shares a resolved local incident with its summary, rollback and settings as they are', () => {
    let local = startIncident(
      { title: 'x', customerImpact: true },
      'inc-7',
      at('09:00:00', 'Dana'),
    );
    local = setReminderSettings(local, { customerUpdateMinutes: 20, stepNudgeMinutes: 3 });
    local = decideRollback(
      local,
      ROLLBACK,
      { version: '1.9.0', reason: 'bad migration' },
      at('09:05:00'),
    );
    local = recordCustomerUpdate(local, at('09:10:00'));
    local = resolveIncident(local, 'Back on 1.9.0', at('09:30:00'));
    const doc = new Y.Doc();
    importIncident(doc, local, at('10:00:00', 'Dana'));
    expect(readIncident(doc)).toEqual(local);
  });
});
