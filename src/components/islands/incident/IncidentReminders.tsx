import { useEffect, useId, useRef, useState } from 'react';
import type { Incident } from '../../../lib/incident/incident.ts';
import type { Signature } from '../../../lib/item-state/item-state.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import {
  customerUpdateDue,
  dueReminders,
  formatCountdown,
  nextStepWaiting,
  recordCustomerUpdate,
  reminderSettings,
  setReminderSettings,
} from '../../../lib/incident/reminders.ts';
import { ReminderSettingsForm } from './ReminderSettingsForm.tsx';

interface Props {
  incident: Incident;
  playbook: Playbook;
  /** Applies a change to the incident; returns a problem to show, if any. */
  change: (transition: (incident: Incident) => Incident) => string | undefined;
  signature: () => Signature;
}

/** Renders again every second and as soon as a hidden tab is shown; the time is read at each render. */
function useEverySecond(): void {
  const [, setTicks] = useState(0);
  useEffect(() => {
    const tick = () => setTicks((ticks) => ticks + 1);
    const timer = window.setInterval(tick, 1000);
    const onVisible = () => document.visibilityState === 'visible' && tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
}

/**
 * The playbook's reminders while an incident is open: the customer update countdown while customers
 * are affected, and a nudge when the next step has waited too long. In the page always; as a
 * browser notification only where the person allowed it, and only while the page is out of sight
 * (in sight, the page says it).
 */
export function IncidentReminders({ incident, playbook, change, signature }: Props) {
  // The reminders' rules load with this view, not with the page.
  const onCustomerUpdate = () => change((current) => recordCustomerUpdate(current, signature()));
  useEverySecond();
  // Read at each render, so a change just recorded (a customer update) counts from this instant.
  const now = new Date();
  const labelId = useId();
  const notified = useRef(new Set<string>());
  const update = customerUpdateDue(incident, now);
  const waiting = nextStepWaiting(incident, playbook.steps, now);
  const settings = reminderSettings(incident);
  const due = dueReminders(incident, playbook.steps, now);

  useEffect(() => {
    for (const reminder of due) {
      if (notified.current.has(reminder.key)) continue;
      notified.current.add(reminder.key);
      if (
        document.visibilityState === 'hidden' &&
        typeof Notification === 'function' &&
        Notification.permission === 'granted'
      ) {
        new Notification(reminder.title, { body: reminder.body, tag: reminder.key });
      }
    }
  });

  const overdue = update !== undefined && update.msLeft <= 0;
  return (
    <section className="incident-reminders" aria-label="Reminders">
      {update && (
        <div className={`reminder reminder-customer${overdue ? ' is-due' : ''}`}>
          <p className="reminder-countdown">
            <span id={labelId}>
              {overdue ? 'Customer update overdue by' : 'Customer update due in'}
            </span>{' '}
            <span className="reminder-countdown-face" role="timer" aria-labelledby={labelId}>
              {formatCountdown(update.msLeft)}
            </span>
          </p>
          <button type="button" className="button" onClick={onCustomerUpdate}>
            Customer update sent
          </button>
        </div>
      )}
      <p className="reminder-alerts" role="status">
        {overdue && (
          <span className="reminder-alert">
            Customers are waiting: tell them where things stand.
          </span>
        )}
        {waiting?.nudge && (
          <span className="reminder-alert">
            The next step has waited over {settings.stepNudgeMinutes} min: “{waiting.step.text}”.
          </span>
        )}
      </p>
      <ReminderSettingsForm
        settings={settings}
        onSettings={(chosen) => change((current) => setReminderSettings(current, chosen))}
      />
    </section>
  );
}
