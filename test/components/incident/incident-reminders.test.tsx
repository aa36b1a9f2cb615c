import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IncidentIsland } from '../../../src/components/islands/incident/IncidentIsland.tsx';
import { $incidents, incidentsDocument } from '../../../src/stores/incidents.ts';
import { identityDocument } from '../../../src/stores/identity.ts';
import { PLAYBOOK } from '../../fixtures/playbook.ts';
import { ROLES } from '../../fixtures/release-work.ts';

const requestPermission = vi.fn(async () => 'granted' as const);

beforeEach(() => {
  localStorage.clear();
  identityDocument.store.set({ name: 'Kim', roleId: 'customer-success' });
  const startedAt = new Date(Date.now() - 25 * 60_000).toISOString();
  incidentsDocument.store.set({
    incidents: [
      {
        id: 'i1',
        title: 'Checkout errors',
        startedAt,
        customerImpact: true,
        steps: {},
        timeline: [{ id: 'e1', at: startedAt, kind: 'start', text: 'Incident started' }],
      },
    ],
    currentId: 'i1',
  });
  vi.stubGlobal(
    'Notification',
    Object.assign(vi.fn(), { permission: 'default', requestPermission }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  requestPermission.mockClear();
});

describe('the reminders of an ongoing incident', () => {
  it('counts down to the customer update, restarts it when one is recorded, and asks for notifications only when asked', async () => {
    render(<IncidentIsland playbook={PLAYBOOK} roles={ROLES} />);
    await screen.findByText('Customer update due in', {}, { timeout: 4000 });
    const timer = screen.getByRole('timer', { name: 'Customer update due in' });
    expect(timer.textContent).toMatch(/^0[45]:\d\d$/);
    // Waiting 25 minutes on the first step is past the 10-minute nudge.
    expect(document.querySelector('.reminder-alerts')!.textContent).toBe(
      `The next step has waited over 10 min: “${PLAYBOOK.steps[0]!.text}”.`,
    );
    expect(requestPermission).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Customer update sent' }));
    expect($incidents.get().incidents[0]!.timeline.at(-1)).toMatchObject({
      kind: 'customer-update',
      text: 'Customer update sent',
      by: 'Kim (Customer Success)',
    });
    expect(screen.getByRole('timer', { name: 'Customer update due in' }).textContent).toBe('30:00');

    fireEvent.change(screen.getByLabelText('Customer update every (minutes)'), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save intervals' }));
    expect(screen.getByText('Give a whole number of minutes from 1 to 1440.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Customer update every (minutes)'), {
      target: { value: '15' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save intervals' }));
    expect($incidents.get().incidents[0]!.reminders).toEqual({
      customerUpdateMinutes: 15,
      stepNudgeMinutes: 10,
    });
    // The test itself takes a few seconds of wall time since the update.
    expect(screen.getByRole('timer', { name: 'Customer update due in' }).textContent).toMatch(
      /^(15:00|14:5\d)$/,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Also notify me in this browser' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Browser notifications are on while this page is out of sight.'),
    ).toBeTruthy();
  }, 20_000); // lazy chunks and role queries over a page that changes every second are slow on a busy machine
});
