import { describe, expect, it } from 'vitest';
import {
  reopenIncident,
  setCustomerImpact,
  tickStep,
} from '../../../src/lib/incident/incident-transitions.ts';
import { decideRollback, resolveIncident } from '../../../src/lib/incident/incident-decisions.ts';
import {
  customerUpdateDue,
  DEFAULT_REMINDERS,
  dueReminders,
  formatCountdown,
  nextStepWaiting,
  recordCustomerUpdate,
  reminderMinutesProblem,
  reminderSettings,
  setReminderSettings,
} from '../../../src/lib/incident/reminders.ts';
import { start } from '../../fixtures/incident.ts';
import { at, NOTIFY_CS, PLAYBOOK, ROLLBACK, TRIGGER_STEP } from '../../fixtures/playbook.ts';

// Every clock here is fixed: the incident starts at 14:02:00 UTC on 2026-11-26.
const clock = (time: string) => new Date(`2026-11-26T${time}.000Z`);

describe('the customer update countdown', () => {
  it('counts 30 minutes from the start while customers are affected, and is overdue after', () => {
    const incident = start(true);
    expect(customerUpdateDue(incident, clock('14:02:00'))).toEqual({
      sinceIso: '2026-11-26T14:02:00.000Z',
      dueAtIso: '2026-11-26T14:32:00.000Z',
      msLeft: 30 * 60_000,
    });
    expect(customerUpdateDue(incident, clock('14:31:59'))?.msLeft).toBe(1000);
    expect(customerUpdateDue(incident, clock('14:40:00'))?.msLeft).toBe(-8 * 60_000);
  });

  it('restarts when a customer update is recorded, and follows the incident’s own interval', () => {
    let incident = recordCustomerUpdate(start(true), at('14:20:00', 'Kim'));
    expect(incident.timeline.at(-1)).toMatchObject({
      kind: 'customer-update',
      text: 'Customer update sent',
      by: 'Kim',
    });
    expect(customerUpdateDue(incident, clock('14:25:00'))?.dueAtIso).toBe(
      '2026-11-26T14:50:00.000Z',
    );
    incident = setReminderSettings(incident, { customerUpdateMinutes: 15, stepNudgeMinutes: 5 });
    expect(customerUpdateDue(incident, clock('14:25:00'))).toMatchObject({
      dueAtIso: '2026-11-26T14:35:00.000Z',
      msLeft: 10 * 60_000,
    });
  });

  it('is absent while no customer is affected or once resolved, and starts when customers become affected', () => {
    expect(customerUpdateDue(start(false), clock('15:00:00'))).toBeUndefined();
    const affected = setCustomerImpact(start(false), true, PLAYBOOK.steps, at('14:30:00'));
    expect(customerUpdateDue(affected, clock('14:30:00'))?.dueAtIso).toBe(
      '2026-11-26T15:00:00.000Z',
    );
    const resolved = resolveIncident(affected, 'fixed', at('14:40:00'));
    expect(customerUpdateDue(resolved, clock('15:30:00'))).toBeUndefined();
    expect(
      customerUpdateDue(reopenIncident(resolved, at('14:50:00')), clock('14:50:00'))?.dueAtIso,
    ).toBe('2026-11-26T15:20:00.000Z');
  });

  it('uses the latest update even when team entries arrive out of time order', () => {
    const incident = recordCustomerUpdate(start(true), at('14:40:00'));
    const outOfOrder = {
      ...incident,
      timeline: [
        ...incident.timeline,
        { id: 'e9', at: '2026-11-26T14:10:00.000Z', kind: 'customer-update' as const, text: 'x' },
      ],
    };
    expect(customerUpdateDue(outOfOrder, clock('14:45:00'))?.sinceIso).toBe(
      '2026-11-26T14:40:00.000Z',
    );
  });
});

describe('the next step nudge', () => {
  it('says how long the next step has waited, and nudges after the interval', () => {
    let incident = start(true);
    expect(nextStepWaiting(incident, PLAYBOOK.steps, clock('14:11:59'))).toMatchObject({
      step: TRIGGER_STEP,
      waitedMs: 9 * 60_000 + 59_000,
      nudge: false,
    });
    expect(nextStepWaiting(incident, PLAYBOOK.steps, clock('14:12:00'))).toMatchObject({
      nudge: true,
    });
    incident = tickStep(incident, TRIGGER_STEP, at('14:12:30'));
    expect(nextStepWaiting(incident, PLAYBOOK.steps, clock('14:13:00'))).toMatchObject({
      step: NOTIFY_CS,
      waitedMs: 30_000,
      nudge: false,
    });
    incident = setReminderSettings(incident, { customerUpdateMinutes: 30, stepNudgeMinutes: 1 });
    expect(nextStepWaiting(incident, PLAYBOOK.steps, clock('14:13:30'))?.nudge).toBe(true);
  });

  it('has nothing to say once every step is settled or the incident is resolved', () => {
    let incident = start(true);
    for (const step of PLAYBOOK.steps) {
      incident =
        step === ROLLBACK
          ? decideRollback(incident, step, { version: '1', reason: 'r' }, at('14:05:00'))
          : tickStep(incident, step, at('14:05:00'));
    }
    expect(nextStepWaiting(incident, PLAYBOOK.steps, clock('15:00:00'))).toBeUndefined();
    expect(
      nextStepWaiting(
        resolveIncident(start(true), 'x', at('14:05:00')),
        PLAYBOOK.steps,
        clock('15:00:00'),
      ),
    ).toBeUndefined();
  });
});

describe('reminders for a browser notification', () => {
  it('lists each due reminder once under a key that changes only when it starts again', () => {
    const incident = start(true);
    expect(dueReminders(incident, PLAYBOOK.steps, clock('14:05:00'))).toEqual([]);
    const due = dueReminders(incident, PLAYBOOK.steps, clock('14:32:00'));
    expect(due.map((reminder) => reminder.title)).toEqual([
      'Customer update due',
      'Next step waiting 30 min',
    ]);
    expect(
      dueReminders(incident, PLAYBOOK.steps, clock('14:40:00')).map((reminder) => reminder.key),
    ).toEqual(due.map((reminder) => reminder.key));
    const updated = recordCustomerUpdate(incident, at('14:41:00'));
    const after = dueReminders(updated, PLAYBOOK.steps, clock('15:11:00'));
    expect(after[0]?.key).not.toBe(due[0]?.key);
    expect(after[1]?.key).toBe(due[1]?.key);
  });
});

describe('settings and formatting', () => {
  it('uses the defaults until the incident has its own, and refuses intervals that are not whole minutes', () => {
    expect(reminderSettings(start())).toEqual({ customerUpdateMinutes: 30, stepNudgeMinutes: 10 });
    expect(DEFAULT_REMINDERS).toEqual(reminderSettings({}));
    for (const minutes of [0, -5, 1.5, Number.NaN, 24 * 60 + 1])
      expect(reminderMinutesProblem(minutes)).toBe(
        'Give a whole number of minutes from 1 to 1440.',
      );
    expect(reminderMinutesProblem(45)).toBeUndefined();
    expect(() =>
      setReminderSettings(start(), { customerUpdateMinutes: 0, stepNudgeMinutes: 10 }),
    ).toThrow('Give a whole number');
    expect(() =>
      setReminderSettings(resolveIncident(start(), 'x', at('14:05:00')), DEFAULT_REMINDERS),
    ).toThrow('reopen it');
  });

  it.each([
    [30 * 60_000, '30:00'],
    [29 * 60_000 + 59_001, '30:00'],
    [61_000, '01:01'],
    [999, '00:01'],
    [0, '00:00'],
    [-90_000, '01:30'],
    [95 * 60_000, '95:00'],
  ])('%i ms → %s', (ms, text) => expect(formatCountdown(ms)).toBe(text));
});
