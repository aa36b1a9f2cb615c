import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addEntry,
  correctEntry,
  timelineRows,
} from '../../../src/lib/incident/incident-timeline.ts';
import {
  incidentDurationMs,
  IncidentSchema,
  incidentTitle,
} from '../../../src/lib/incident/incident.ts';
import {
  isRequired,
  mayBeNotApplicable,
  nextStep,
  reopenIncident,
  setCustomerImpact,
  skipStep,
  startIncident,
  stepState,
  tickStep,
  untickStep,
} from '../../../src/lib/incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import { RELEASE, start, texts } from '../../fixtures/incident.ts';
import {
  at,
  NOTIFY_CS,
  PLAYBOOK,
  ROLLBACK,
  TRIAGE,
  TRIGGER_STEP,
  UPDATE_CUSTOMERS,
} from '../../fixtures/playbook.ts';

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
    expect(stepState(incident, TRIGGER_STEP)).toEqual({
      status: 'done',
      at: '2026-11-26T14:03:10.000Z',
      by: 'Dana',
    });
    incident = untickStep(incident, TRIGGER_STEP, at('14:04:00', 'Lee'));
    expect(stepState(incident, TRIGGER_STEP)).toEqual({
      status: 'open',
      at: '2026-11-26T14:04:00.000Z',
      by: 'Lee',
    });
    expect(texts(incident).slice(1)).toEqual([
      `Done · ${TRIGGER_STEP.text}`,
      `Reopened · ${TRIGGER_STEP.text}`,
    ]);
  });

  it('points at the first open step as the next one', () => {
    let incident = start();
    expect(nextStep(PLAYBOOK.steps, incident)).toBe(TRIGGER_STEP);
    incident = tickStep(incident, TRIGGER_STEP, at('14:03:00'));
    incident = decideRollback(
      incident,
      ROLLBACK,
      { version: '2.3.1', reason: 'errors' },
      at('14:04:00'),
    );
    expect(nextStep(PLAYBOOK.steps, incident)).toBe(NOTIFY_CS);
    for (const step of [NOTIFY_CS, TRIAGE, UPDATE_CUSTOMERS])
      incident = tickStep(incident, step, at('14:05:00'));
    expect(nextStep(PLAYBOOK.steps, incident)).toBeUndefined();
  });

  it('requires the Customer Success steps while customers are affected', () => {
    const impacting = start(true);
    expect(PLAYBOOK.steps.map((step) => isRequired(step, impacting))).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(PLAYBOOK.steps.map((step) => mayBeNotApplicable(step, impacting))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(() => skipStep(impacting, NOTIFY_CS, 'no customers', at('14:05:00'))).toThrow(
      'Customer Success steps are required while customers are affected.',
    );
    expect(() => skipStep(impacting, TRIAGE, 'no time', at('14:05:00'))).toThrow(
      'This step cannot be skipped.',
    );
  });

  it('lets the Customer Success steps be N/A with a reason when no customer is affected', () => {
    const internal = start(false);
    expect(PLAYBOOK.steps.map((step) => mayBeNotApplicable(step, internal))).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(() => skipStep(internal, NOTIFY_CS, '  ', at('14:05:00'))).toThrow(
      'An item marked N/A needs a reason.',
    );
    const skipped = skipStep(
      internal,
      NOTIFY_CS,
      ' Internal tooling only ',
      at('14:05:00', 'Dana'),
    );
    expect(stepState(skipped, NOTIFY_CS)).toEqual({
      status: 'na',
      at: '2026-11-26T14:05:00.000Z',
      by: 'Dana',
      reason: 'Internal tooling only',
    });
    expect(texts(skipped).at(-1)).toBe(`N/A · ${NOTIFY_CS.text} · Reason: Internal tooling only`);
  });

  it('records the rollback as a decision: rolled back to a version and why, or not needed with a reason', () => {
    expect(() => tickStep(start(), ROLLBACK, at('14:20:00', 'Lee'))).toThrow(
      'Say which version production went back to, and why.',
    );
    const rolledBack = decideRollback(
      start(),
      ROLLBACK,
      { version: ' 2.3.1 ', reason: ' 5xx on checkout ' },
      at('14:20:00', 'Lee'),
    );
    expect(stepState(rolledBack, ROLLBACK)).toMatchObject({
      status: 'done',
      at: '2026-11-26T14:20:00.000Z',
    });
    expect(rolledBack.rollback).toEqual({ version: '2.3.1', reason: '5xx on checkout' });
    expect(texts(rolledBack).at(-1)).toBe(
      `Decision: rolled back to 2.3.1 · ${ROLLBACK.text} · Reason: 5xx on checkout`,
    );
    expect(() =>
      decideRollback(start(), ROLLBACK, { version: ' ', reason: 'x' }, at('14:20:00')),
    ).toThrow('Give the version production went back to.');
    expect(() =>
      decideRollback(start(), ROLLBACK, { version: '2.3.1', reason: ' ' }, at('14:20:00')),
    ).toThrow('Say why it was rolled back');
    expect(() =>
      decideRollback(start(), TRIAGE, { version: '2.3.1', reason: 'x' }, at('14:20:00')),
    ).toThrow('Only the rollback decision');
    const undone = untickStep(rolledBack, ROLLBACK, at('14:22:00', 'Lee'));
    expect(undone.rollback).toBeUndefined();
    expect(stepState(undone, ROLLBACK).status).toBe('open');
    const notNeeded = skipStep(
      start(),
      ROLLBACK,
      'Fixed forward with a config change',
      at('14:21:00', 'Lee'),
    );
    expect(stepState(notNeeded, ROLLBACK)).toMatchObject({
      status: 'na',
      reason: 'Fixed forward with a config change',
    });
    expect(texts(notNeeded).at(-1)).toBe(
      `Decision: not needed · ${ROLLBACK.text} · Reason: Fixed forward with a config change`,
    );
  });
});

describe('customer impact', () => {
  it('logs a change, and reopens Customer Success steps marked N/A when customers become affected', () => {
    let incident = skipStep(start(false), UPDATE_CUSTOMERS, 'internal only', at('14:05:00'));
    incident = setCustomerImpact(incident, true, PLAYBOOK.steps, at('14:30:00', 'Dana'));
    expect(incident.customerImpact).toBe(true);
    expect(stepState(incident, UPDATE_CUSTOMERS)).toMatchObject({
      status: 'open',
      at: '2026-11-26T14:30:00.000Z',
    });
    expect(texts(incident).at(-1)).toBe(
      `Customer impact changed: customer-impacting · Customer Success steps open again: ${UPDATE_CUSTOMERS.text}`,
    );
    incident = setCustomerImpact(incident, false, PLAYBOOK.steps, at('14:40:00'));
    expect(texts(incident).at(-1)).toBe('Customer impact changed: not customer-impacting');
    expect(setCustomerImpact(incident, false, PLAYBOOK.steps, at('14:41:00'))).toBe(incident);
  });
});

describe('resolving and reopening', () => {
  it('records the end, the duration as the clock shows it and the summary; a resolved incident cannot change until reopened', () => {
    expect(() => resolveIncident(start(), '  \n ', at('15:40:30'))).toThrow(
      'Say in one line how it was resolved',
    );
    expect(() => resolveIncident(start(), 'x'.repeat(301), at('15:40:30'))).toThrow(
      'Keep it under 300 characters (this is 301).',
    );
    const resolved = resolveIncident(start(), ' Rolled back to\n2.3.1 ', at('15:40:30', 'Dana'));
    expect(resolved.resolvedAt).toBe('2026-11-26T15:40:30.000Z');
    expect(resolved.resolution).toBe('Rolled back to 2.3.1');
    expect(texts(resolved).at(-1)).toBe(
      'Incident resolved · duration 01:38:30 · Resolution: Rolled back to 2.3.1',
    );
    expect(incidentDurationMs(resolved, new Date('2026-11-27T00:00:00.000Z'))).toBe(98.5 * 60_000);
    expect(() => tickStep(resolved, TRIAGE, at('15:41:00'))).toThrow(
      'This incident is resolved: reopen it to change it.',
    );
    expect(() => addEntry(resolved, 'note', 'late note', at('15:41:00'))).toThrow('reopen it');

    const reopened = reopenIncident(resolved, at('16:00:00', 'Lee'));
    expect(reopened.resolvedAt).toBeUndefined();
    expect(reopened.resolution).toBeUndefined();
    expect(texts(reopened).at(-1)).toBe('Incident reopened');
    expect(texts(reopenIncident(resolved, at('15:41:00', 'Dana'), true)).at(-1)).toBe(
      'Resolve undone: incident open again',
    );
    expect(incidentDurationMs(reopened, new Date('2026-11-26T16:02:00.000Z'))).toBe(120 * 60_000);
    expect(reopenIncident(reopened, at('16:01:00'))).toBe(reopened);
  });
});

describe('any sequence of actions', () => {
  const action = fc.oneof(
    fc.record({ type: fc.constant('tick' as const), step: fc.nat(4) }),
    fc.record({ type: fc.constant('untick' as const), step: fc.nat(4) }),
    fc.record({
      type: fc.constant('skip' as const),
      step: fc.nat(4),
      reason: fc.string({ maxLength: 30 }),
    }),
    fc.record({ type: fc.constant('impact' as const), value: fc.boolean() }),
    fc.record({
      type: fc.constant('note' as const),
      kind: fc.constantFrom('note' as const, 'action' as const),
      text: fc.string({ maxLength: 30 }),
    }),
    fc.record({
      type: fc.constant('correct' as const),
      entry: fc.nat(20),
      text: fc.string({ maxLength: 30 }),
    }),
    fc.record({ type: fc.constant('resolve' as const), summary: fc.string({ maxLength: 30 }) }),
    fc.record({
      type: fc.constant('rollback' as const),
      version: fc.string({ maxLength: 8 }),
      reason: fc.string({ maxLength: 8 }),
    }),
    fc.record({ type: fc.constant('reopen' as const) }),
  );

  it('only ever appends to the timeline and always stores a valid incident', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(action, { maxLength: 25 }), (impact, actions) => {
        let incident = start(impact);
        actions.forEach((step, index) => {
          const signature = {
            at: new Date(Date.parse('2026-11-26T14:03:00.000Z') + index * 60_000).toISOString(),
            by: 'Dana',
          };
          const before = incident;
          try {
            if (step.type === 'tick')
              incident = tickStep(incident, PLAYBOOK.steps[step.step]!, signature);
            if (step.type === 'untick')
              incident = untickStep(incident, PLAYBOOK.steps[step.step]!, signature);
            if (step.type === 'skip')
              incident = skipStep(incident, PLAYBOOK.steps[step.step]!, step.reason, signature);
            if (step.type === 'impact')
              incident = setCustomerImpact(incident, step.value, PLAYBOOK.steps, signature);
            if (step.type === 'note')
              incident = addEntry(incident, step.kind, step.text, signature);
            if (step.type === 'correct')
              incident = correctEntry(incident, `e${step.entry}`, step.text, signature);
            if (step.type === 'resolve')
              incident = resolveIncident(incident, step.summary, signature);
            if (step.type === 'rollback')
              incident = decideRollback(incident, ROLLBACK, step, signature);
            if (step.type === 'reopen') incident = reopenIncident(incident, signature);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect(incident).toBe(before);
          }
          expect(incident.timeline.slice(0, before.timeline.length)).toEqual(before.timeline);
          expect(v.safeParse(IncidentSchema, incident).success).toBe(true);
          if (incident.customerImpact) {
            for (const cs of [NOTIFY_CS, UPDATE_CUSTOMERS])
              expect(stepState(incident, cs).status).not.toBe('na');
          }
        });
        expect(timelineRows(incident.timeline)).toHaveLength(incident.timeline.length);
      }),
      { numRuns: 300 },
    );
  });
});
