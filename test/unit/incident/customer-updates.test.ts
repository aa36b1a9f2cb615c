import { describe, expect, it } from 'vitest';
import { exportIncidentMarkdown } from '../../../src/lib/incident/incident-markdown.ts';
import {
  startIncident,
  tickStep,
  untickStep,
} from '../../../src/lib/incident/incident-transitions.ts';
import { isCustomerUpdateStep } from '../../../src/lib/incident/playbook.ts';
import { customerUpdates } from '../../../src/lib/incident/postmortem.ts';
import { recordCustomerUpdate } from '../../../src/lib/incident/reminders.ts';
import {
  at,
  NOTIFY_CS,
  PLAYBOOK,
  TRIGGER_STEP,
  UPDATE_CUSTOMERS,
} from '../../fixtures/playbook.ts';

const started = () =>
  startIncident({ title: 'Payments webhook backlog', customerImpact: true }, 'i-1', at('14:00:00'));
const exported = new Date('2026-11-26T15:00:00.000Z');

describe('customer updates in the postmortem', () => {
  it('knows the "Update customers" step, and not "Notify Customer Success"', () => {
    expect(isCustomerUpdateStep(UPDATE_CUSTOMERS)).toBe(true);
    expect(isCustomerUpdateStep(NOTIFY_CS)).toBe(false);
    expect(isCustomerUpdateStep(TRIGGER_STEP)).toBe(false);
    expect(isCustomerUpdateStep({ text: 'Tell affected customers what changed' })).toBe(true);
  });

  it('counts the done "Update customers" step as an update sent', () => {
    const incident = tickStep(
      started(),
      UPDATE_CUSTOMERS,
      at('14:40:00', 'Kim (Customer Success)'),
    );
    expect(customerUpdates(incident, PLAYBOOK)).toEqual([
      { at: '2026-11-26T14:40:00.000Z', by: 'Kim (Customer Success)' },
    ]);
    expect(exportIncidentMarkdown(incident, PLAYBOOK, exported)).toContain(
      '- Customer updates sent: 1, the last at 14:40 UTC\n',
    );
  });

  it('counts the timeline’s updates and the step together, oldest first, the same moment once', () => {
    let incident = recordCustomerUpdate(started(), at('14:10:00', 'Kim'));
    incident = recordCustomerUpdate(incident, at('14:30:00', 'Kim'));
    incident = tickStep(incident, UPDATE_CUSTOMERS, at('14:50:00', 'Kim'));
    expect(customerUpdates(incident, PLAYBOOK).map((update) => update.at)).toEqual([
      '2026-11-26T14:10:00.000Z',
      '2026-11-26T14:30:00.000Z',
      '2026-11-26T14:50:00.000Z',
    ]);
    expect(exportIncidentMarkdown(incident, PLAYBOOK, exported)).toContain(
      '- Customer updates sent: 3, the last at 14:50 UTC\n',
    );
    // "Customer update sent" pressed and the step ticked for the same update: one update.
    const same = tickStep(
      recordCustomerUpdate(started(), at('14:20:00', 'Kim')),
      UPDATE_CUSTOMERS,
      at('14:20:30', 'Kim'),
    );
    expect(customerUpdates(same, PLAYBOOK)).toHaveLength(1);
  });

  it('does not count the step once it is set back to open', () => {
    const incident = untickStep(
      tickStep(started(), UPDATE_CUSTOMERS, at('14:40:00')),
      UPDATE_CUSTOMERS,
      at('14:41:00'),
    );
    expect(customerUpdates(incident, PLAYBOOK)).toEqual([]);
    expect(exportIncidentMarkdown(incident, PLAYBOOK, exported)).toContain(
      '- Customer updates sent: 0\n',
    );
  });
});
