import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { actionItems, addEntry, correctEntry, entryProblem, timelineRows } from '../../../src/lib/incident/incident-timeline.ts';
import { currentIncident, type Incident, incidentDurationMs, incidentFileName, IncidentSchema, incidentTitle, type TimelineEntry, upsertIncident } from '../../../src/lib/incident/incident.ts';
import { isRequired, mayBeNotApplicable, nextStep, reopenIncident, resolveIncident, setCustomerImpact, skipStep, startIncident, stepState, tickStep, untickStep } from '../../../src/lib/incident/incident-transitions.ts';
import { at, NOTIFY_CS, PLAYBOOK, ROLLBACK, TRIAGE, TRIGGER_STEP, UPDATE_CUSTOMERS } from '../../fixtures/playbook.ts';

const RELEASE = { id: 'run-1', description: 'Release 2.4.0 (minor, customer-facing)' };
const start = (customerImpact = true) =>
  startIncident({ title: '  Checkout   errors ', customerImpact, release: RELEASE }, 'incident-1', at('14:02:00', 'Dana (Release Manager)'));
const texts = (incident: Incident) => incident.timeline.map((entry) => entry.text);

describe('starting an incident', () => {
  it('records the start, the impact and the linked release, and opens the timeline', () => {
    const incident = start();
    expect(incident).toMatchObject({
      id: 'incident-1',
      title: 'Checkout errors',
      startedAt: '2026-11-26T14:02:00.000Z',
      customerImpact: true,
      releaseId: 'run-1',
      release: RELEASE.description,
      steps: {},
    });
    expect(incident.timeline).toEqual([
      {
        id: 'e1',
        at: '2026-11-26T14:02:00.000Z',
        by: 'Dana (Release Manager)',
        kind: 'start',
        text: 'Incident started · customer-impacting · linked to Release 2.4.0 (minor, customer-facing)',
      },
    ]);
    expect(v.parse(IncidentSchema, incident)).toEqual(incident);
  });

  it('needs no title: it is named after its start', () => {
    const incident = startIncident({ title: ' ', customerImpact: false }, 'i', at('23:59:30'));
    expect(incidentTitle(incident)).toBe('Incident of 2026-11-26 23:59 UTC');
    expect(incident.releaseId).toBeUndefined();
    expect(texts(incident)).toEqual(['Incident started · not customer-impacting']);
  });
});

describe('steps', () => {
  it('ticks and reopens a step with time and signature, and logs both', () => {
    let incident = tickStep(start(), TRIGGER_STEP, at('14:03:10', 'Dana'));
    expect(stepState(incident, TRIGGER_STEP)).toEqual({ status: 'done', at: '2026-11-26T14:03:10.000Z', by: 'Dana' });
    incident = untickStep(incident, TRIGGER_STEP, at('14:04:00', 'Lee'));
    expect(stepState(incident, TRIGGER_STEP)).toEqual({ status: 'open', at: '2026-11-26T14:04:00.000Z', by: 'Lee' });
    expect(texts(incident).slice(1)).toEqual([`Done · ${TRIGGER_STEP.text}`, `Reopened · ${TRIGGER_STEP.text}`]);
  });

  it('points at the first open step as the next one', () => {
    let incident = start();
    expect(nextStep(PLAYBOOK.steps, incident)).toBe(TRIGGER_STEP);
    incident = tickStep(incident, TRIGGER_STEP, at('14:03:00'));
    incident = tickStep(incident, ROLLBACK, at('14:04:00'));
    expect(nextStep(PLAYBOOK.steps, incident)).toBe(NOTIFY_CS);
    for (const step of [NOTIFY_CS, TRIAGE, UPDATE_CUSTOMERS]) incident = tickStep(incident, step, at('14:05:00'));
    expect(nextStep(PLAYBOOK.steps, incident)).toBeUndefined();
  });

  it('requires the Customer Success steps while customers are affected', () => {
    const impacting = start(true);
    expect(PLAYBOOK.steps.map((step) => isRequired(step, impacting))).toEqual([false, true, false, false, true]);
    expect(PLAYBOOK.steps.map((step) => mayBeNotApplicable(step, impacting))).toEqual([false, false, false, false, false]);
    expect(() => skipStep(impacting, NOTIFY_CS, 'no customers', at('14:05:00'))).toThrow(
      'Customer Success steps are required while customers are affected.',
    );
    expect(() => skipStep(impacting, TRIAGE, 'no time', at('14:05:00'))).toThrow('This step cannot be skipped.');
  });

  it('lets the Customer Success steps be N/A with a reason when no customer is affected', () => {
    const internal = start(false);
    expect(PLAYBOOK.steps.map((step) => mayBeNotApplicable(step, internal))).toEqual([false, true, false, false, true]);
    expect(() => skipStep(internal, NOTIFY_CS, '  ', at('14:05:00'))).toThrow('An item marked N/A needs a reason.');
    const skipped = skipStep(internal, NOTIFY_CS, ' Internal tooling only ', at('14:05:00', 'Dana'));
    expect(stepState(skipped, NOTIFY_CS)).toEqual({ status: 'na', at: '2026-11-26T14:05:00.000Z', by: 'Dana', reason: 'Internal tooling only' });
    expect(texts(skipped).at(-1)).toBe(`N/A · ${NOTIFY_CS.text} · Reason: Internal tooling only`);
  });

  it('records the rollback as a decision: rolled back, or not needed with a reason', () => {
    const rolledBack = tickStep(start(), ROLLBACK, at('14:20:00', 'Lee'));
    expect(stepState(rolledBack, ROLLBACK)).toMatchObject({ status: 'done', at: '2026-11-26T14:20:00.000Z' });
    expect(texts(rolledBack).at(-1)).toBe(`Decision: rolled back · ${ROLLBACK.text}`);
    const notNeeded = skipStep(start(), ROLLBACK, 'Fixed forward with a config change', at('14:21:00', 'Lee'));
    expect(stepState(notNeeded, ROLLBACK)).toMatchObject({ status: 'na', reason: 'Fixed forward with a config change' });
    expect(texts(notNeeded).at(-1)).toBe(`Decision: not needed · ${ROLLBACK.text} · Reason: Fixed forward with a config change`);
  });
});

describe('customer impact', () => {
  it('logs a change, and reopens Customer Success steps marked N/A when customers become affected', () => {
    let incident = skipStep(start(false), UPDATE_CUSTOMERS, 'internal only', at('14:05:00'));
    incident = setCustomerImpact(incident, true, PLAYBOOK.steps, at('14:30:00', 'Dana'));
    expect(incident.customerImpact).toBe(true);
    expect(stepState(incident, UPDATE_CUSTOMERS)).toMatchObject({ status: 'open', at: '2026-11-26T14:30:00.000Z' });
    expect(texts(incident).at(-1)).toBe(`Customer impact changed: customer-impacting · Customer Success steps open again: ${UPDATE_CUSTOMERS.text}`);
    incident = setCustomerImpact(incident, false, PLAYBOOK.steps, at('14:40:00'));
    expect(texts(incident).at(-1)).toBe('Customer impact changed: not customer-impacting');
    expect(setCustomerImpact(incident, false, PLAYBOOK.steps, at('14:41:00'))).toBe(incident);
  });
});

describe('timeline', () => {
  it('adds notes and action items, trimmed and signed', () => {
    let incident = addEntry(start(), 'note', '  Error rate 12% on checkout ', at('14:06:00', 'Sam'));
    incident = addEntry(incident, 'action', 'Alert on checkout error rate', at('14:50:00', 'Sam'));
    expect(incident.timeline.slice(1)).toEqual([
      { id: 'e2', at: '2026-11-26T14:06:00.000Z', by: 'Sam', kind: 'note', text: 'Error rate 12% on checkout' },
      { id: 'e3', at: '2026-11-26T14:50:00.000Z', by: 'Sam', kind: 'action', text: 'Alert on checkout error rate' },
    ]);
    expect(actionItems(incident).map((entry) => entry.text)).toEqual(['Alert on checkout error rate']);
  });

  it('explains why a text cannot be added', () => {
    expect(entryProblem('   ')).toBe('Write something first.');
    expect(entryProblem('x'.repeat(2001))).toBe('Keep it under 2000 characters (this is 2001).');
    expect(entryProblem('<script>alert(1)</script>')).toBeUndefined();
    expect(() => addEntry(start(), 'note', '', at('14:06:00'))).toThrow('Write something first.');
  });

  it('corrects an entry by striking it and adding the new text: the old text stays', () => {
    let incident = addEntry(start(), 'note', 'Failover started', at('14:06:00', 'Sam'));
    incident = addEntry(incident, 'note', 'Pager acknowledged', at('14:07:00'));
    incident = correctEntry(incident, 'e2', 'Failover started on replica 2', at('14:10:00', 'Dana'));
    expect(incident.timeline.find((entry) => entry.id === 'e2')!.text).toBe('Failover started');
    expect(timelineRows(incident.timeline).map((row) => [row.entry.text, row.struck])).toEqual([
      ['Incident started · customer-impacting · linked to Release 2.4.0 (minor, customer-facing)', false],
      ['Failover started', true],
      ['Failover started on replica 2', false],
      ['Pager acknowledged', false],
    ]);
    expect(() => correctEntry(incident, 'e2', 'again', at('14:11:00'))).toThrow('Only the latest version');
    expect(() => correctEntry(incident, 'e1', 'not a note', at('14:11:00'))).toThrow('Only the latest version');
    incident = correctEntry(incident, 'e4', 'Failover started on replica 3', at('14:12:00'));
    expect(timelineRows(incident.timeline).filter((row) => !row.struck).map((row) => row.entry.text)).toContain('Failover started on replica 3');
  });

  it('lists only the latest wording of each action item', () => {
    let incident = addEntry(start(), 'action', 'Add alert', at('14:06:00'));
    incident = correctEntry(incident, 'e2', 'Add an alert on checkout errors', at('14:07:00'));
    expect(actionItems(incident).map((entry) => entry.text)).toEqual(['Add an alert on checkout errors']);
  });

  it('shows every stored entry exactly once, whatever the corrections point at', () => {
    const entry = (id: string, corrects?: string): TimelineEntry => ({ id, at: '2026-11-26T14:00:00.000Z', kind: 'note', text: id, ...(corrects ? { corrects } : {}) });
    const timeline = [entry('a'), entry('b', 'a'), entry('c', 'a'), entry('d', 'missing'), entry('e', 'f'), entry('f', 'e')];
    const rows = timelineRows(timeline);
    expect(rows.map((row) => row.entry.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(rows.map((row) => row.entry.id).slice(0, 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('resolving and reopening', () => {
  it('records the end and the duration; a resolved incident cannot change until reopened', () => {
    const resolved = resolveIncident(start(), at('15:40:30', 'Dana'));
    expect(resolved.resolvedAt).toBe('2026-11-26T15:40:30.000Z');
    expect(texts(resolved).at(-1)).toBe('Incident resolved · duration 1 h 38 min');
    expect(incidentDurationMs(resolved, new Date('2026-11-27T00:00:00.000Z'))).toBe(98.5 * 60_000);
    expect(() => tickStep(resolved, TRIAGE, at('15:41:00'))).toThrow('This incident is resolved: reopen it to change it.');
    expect(() => addEntry(resolved, 'note', 'late note', at('15:41:00'))).toThrow('reopen it');

    const reopened = reopenIncident(resolved, at('16:00:00', 'Lee'));
    expect(reopened.resolvedAt).toBeUndefined();
    expect(texts(reopened).at(-1)).toBe('Incident reopened');
    expect(incidentDurationMs(reopened, new Date('2026-11-26T16:02:00.000Z'))).toBe(120 * 60_000);
    expect(reopenIncident(reopened, at('16:01:00'))).toBe(reopened);
  });
});

describe('several incidents', () => {
  it('keeps them all and puts the latest changed one on screen', () => {
    const first = start();
    const second = startIncident({ title: 'Search down', customerImpact: false }, 'incident-2', at('18:00:00'));
    let incidents = upsertIncident(upsertIncident({ incidents: [] }, first), second);
    expect(currentIncident(incidents)).toBe(second);
    const resolvedFirst = resolveIncident(first, at('19:00:00'));
    incidents = upsertIncident(incidents, resolvedFirst);
    expect(incidents.incidents.map((incident) => incident.id)).toEqual(['incident-1', 'incident-2']);
    expect(currentIncident(incidents)).toBe(resolvedFirst);
    expect(currentIncident({ incidents: incidents.incidents })).toBeUndefined();
  });
});

describe('any sequence of actions', () => {
  const action = fc.oneof(
    fc.record({ type: fc.constant('tick' as const), step: fc.nat(4) }),
    fc.record({ type: fc.constant('untick' as const), step: fc.nat(4) }),
    fc.record({ type: fc.constant('skip' as const), step: fc.nat(4), reason: fc.string({ maxLength: 30 }) }),
    fc.record({ type: fc.constant('impact' as const), value: fc.boolean() }),
    fc.record({ type: fc.constant('note' as const), kind: fc.constantFrom('note' as const, 'action' as const), text: fc.string({ maxLength: 30 }) }),
    fc.record({ type: fc.constant('correct' as const), entry: fc.nat(20), text: fc.string({ maxLength: 30 }) }),
    fc.record({ type: fc.constant('resolve' as const) }),
    fc.record({ type: fc.constant('reopen' as const) }),
  );

  it('only ever appends to the timeline and always stores a valid incident', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(action, { maxLength: 25 }), (impact, actions) => {
        let incident = start(impact);
        actions.forEach((step, index) => {
          const signature = { at: new Date(Date.parse('2026-11-26T14:03:00.000Z') + index * 60_000).toISOString(), by: 'Dana' };
          const before = incident;
          try {
            if (step.type === 'tick') incident = tickStep(incident, PLAYBOOK.steps[step.step]!, signature);
            if (step.type === 'untick') incident = untickStep(incident, PLAYBOOK.steps[step.step]!, signature);
            if (step.type === 'skip') incident = skipStep(incident, PLAYBOOK.steps[step.step]!, step.reason, signature);
            if (step.type === 'impact') incident = setCustomerImpact(incident, step.value, PLAYBOOK.steps, signature);
            if (step.type === 'note') incident = addEntry(incident, step.kind, step.text, signature);
            if (step.type === 'correct') incident = correctEntry(incident, `e${step.entry}`, step.text, signature);
            if (step.type === 'resolve') incident = resolveIncident(incident, signature);
            if (step.type === 'reopen') incident = reopenIncident(incident, signature);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect(incident).toBe(before);
          }
          expect(incident.timeline.slice(0, before.timeline.length)).toEqual(before.timeline);
          expect(v.safeParse(IncidentSchema, incident).success).toBe(true);
          if (incident.customerImpact) {
            for (const cs of [NOTIFY_CS, UPDATE_CUSTOMERS]) expect(stepState(incident, cs).status).not.toBe('na');
          }
        });
        expect(timelineRows(incident.timeline)).toHaveLength(incident.timeline.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('incidentFileName', () => {
  it('names the file after the start and the title', () => {
    expect(incidentFileName({ title: 'Checkout errors after 2.4.0', startedAt: '2026-11-26T23:02:00.000Z' })).toBe(
      'incident-2026-11-26-2302-checkout-errors-after-2.4.0.md',
    );
    expect(incidentFileName({ title: '', startedAt: '2026-11-26T23:02:00.000Z' })).toBe('incident-2026-11-26-2302.md');
    expect(incidentFileName({ title: '../../etc/passwd 🚀', startedAt: '2026-11-26T23:02:00.000Z' })).toBe('incident-2026-11-26-2302-..-..-etc-passwd.md');
  });
});
