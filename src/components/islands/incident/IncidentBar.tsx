import type { ReactNode } from 'react';
import { nextStep, stepAnchor } from '../../../lib/incident/incident-transitions.ts';
import type { Incident } from '../../../lib/incident/incident.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import { IncidentClock } from './IncidentClock.tsx';

interface Props {
  incident: Incident;
  playbook: Playbook;
  /** The resolve or reopen button: the header decides what it does. */
  action: ReactNode;
}

/**
 * What someone working an incident needs in view at every moment, on a phone too: the elapsed time,
 * whether customers are affected, the next step and the way to resolve. It sticks below the site
 * header while the incident is ongoing (incident.css), so it stays put as the steps and the
 * timeline scroll under it.
 */
export function IncidentBar({ incident, playbook, action }: Props) {
  const next = incident.resolvedAt ? undefined : nextStep(playbook.steps, incident);
  return (
    <div
      className={`incident-bar ${incident.resolvedAt ? 'is-resolved' : 'is-ongoing'}`}
      role="region"
      aria-label="Incident status"
    >
      <IncidentClock startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
      <p className="incident-bar-status">
        <span className={`tag${incident.customerImpact ? ' tag-impact' : ''}`}>
          {incident.customerImpact ? 'Customers affected' : 'No customer impact'}
        </span>{' '}
        <span className="incident-bar-next">
          {incident.resolvedAt ? (
            'Resolved'
          ) : next ? (
            // Cut to one line on a phone: a tap takes the reader to the whole step.
            <a href={`#${stepAnchor(next.id)}`}>
              <strong>Next:</strong> {next.text}
            </a>
          ) : (
            'Every step is done or decided'
          )}
        </span>
      </p>
      <div className="incident-bar-action">{action}</div>
    </div>
  );
}
