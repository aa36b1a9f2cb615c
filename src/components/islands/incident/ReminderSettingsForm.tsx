import { useId, useState, type SubmitEvent } from 'react';
import type { ReminderSettings } from '../../../lib/incident/incident.ts';
import { reminderMinutesProblem } from '../../../lib/incident/reminders.ts';

interface Props {
  settings: ReminderSettings;
  onSettings: (settings: ReminderSettings) => string | undefined;
}

type Permission = NotificationPermission | 'unsupported';

const readPermission = (): Permission =>
  typeof Notification === 'function' ? Notification.permission : 'unsupported';

/**
 * The incident's reminder intervals, and browser notifications. Permission is asked only when
 * the button is pressed, never as the page loads.
 */
export function ReminderSettingsForm({ settings, onSettings }: Props) {
  const id = useId();
  const [customer, setCustomer] = useState(String(settings.customerUpdateMinutes));
  const [nudge, setNudge] = useState(String(settings.stepNudgeMinutes));
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [permission, setPermission] = useState<Permission>(readPermission);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const next = { customerUpdateMinutes: Number(customer), stepNudgeMinutes: Number(nudge) };
    const found =
      reminderMinutesProblem(next.customerUpdateMinutes) ??
      reminderMinutesProblem(next.stepNudgeMinutes) ??
      onSettings(next);
    setProblem(found);
    setSaved(!found);
  }

  return (
    <details className="reminder-settings">
      <summary>Reminder settings and notifications</summary>
      <form onSubmit={submit} noValidate className="reminder-settings-form">
        <div className="field">
          <label htmlFor={`${id}-customer`}>Customer update every (minutes)</label>
          <input
            id={`${id}-customer`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={customer}
            onChange={(event) => setCustomer(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-nudge`}>Nudge when the next step waits (minutes)</label>
          <input
            id={`${id}-nudge`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={nudge}
            onChange={(event) => setNudge(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Save intervals
        </button>
        <p className={problem ? 'field-problem' : 'field-hint'} role="status">
          {problem ?? (saved ? 'Saved for this incident.' : '')}
        </p>
      </form>
      {permission === 'default' && (
        <button
          type="button"
          className="button"
          onClick={() => void Notification.requestPermission().then(setPermission)}
        >
          Also notify me in this browser
        </button>
      )}
      {permission === 'granted' && (
        <p className="field-hint">Browser notifications are on while this page is out of sight.</p>
      )}
      {permission === 'denied' && (
        <p className="field-hint">
          Notifications are blocked for this site in the browser’s settings.
        </p>
      )}
    </details>
  );
}
