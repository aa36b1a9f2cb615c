import { useId } from 'react';
import { formatDuration } from '../../../lib/incident/clock.ts';
import {
  type Incident,
  incidentDurationMs,
  incidentTitle,
} from '../../../lib/incident/incident.ts';
import { LocalTime } from '../common/LocalTime.tsx';

interface Props {
  incidents: Incident[];
  shownId: string | undefined;
  now: Date;
  onShow: (id: string) => void;
  onReopen: (id: string) => void;
  onStartAnother: () => void;
  /** False for a team incident and a read-only token: reopening is disabled. */
  mayReopen: (id: string) => boolean;
  /** Team mode: whether an incident made before joining may be shared now (undefined outside team mode). */
  mayShare?: ((id: string) => boolean) | undefined;
  onShare?: ((id: string) => void) | undefined;
}

/** Every incident kept in this browser, newest first: shown, reopened, or a new one started. */
export function IncidentList({
  incidents,
  shownId,
  now,
  onShow,
  onReopen,
  onStartAnother,
  mayReopen,
  mayShare,
  onShare,
}: Props) {
  const headingId = useId();
  return (
    <section className="incident-list" aria-labelledby={headingId}>
      <h2 id={headingId}>Incidents in this browser</h2>
      <ul>
        {[...incidents].reverse().map((incident) => {
          const title = incidentTitle(incident);
          const duration = formatDuration(incidentDurationMs(incident, now));
          return (
            <li
              key={incident.id}
              className={incident.id === shownId ? 'is-shown' : undefined}
              aria-current={incident.id === shownId ? 'true' : undefined}
            >
              <span className="incident-list-title">{title}</span>
              <span className="incident-list-meta">
                Started <LocalTime iso={incident.startedAt} now={now} /> ·{' '}
                {incident.resolvedAt ? `resolved after ${duration}` : `ongoing for ${duration}`}
                {incident.customerImpact ? ' · customer-impacting' : ''}
              </span>
              <span className="incident-list-actions">
                {incident.id !== shownId && (
                  <button type="button" className="button" onClick={() => onShow(incident.id)}>
                    Show<span className="visually-hidden"> {title}</span>
                  </button>
                )}
                {incident.resolvedAt && (
                  <button
                    type="button"
                    className="button"
                    disabled={!mayReopen(incident.id)}
                    onClick={() => onReopen(incident.id)}
                  >
                    Reopen<span className="visually-hidden"> {title}</span>
                  </button>
                )}
                {mayShare?.(incident.id) && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => onShare?.(incident.id)}
                    aria-label={`Share with the team: ${title}`}
                  >
                    Share with the team
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {shownId !== undefined && (
        <button type="button" className="button" onClick={onStartAnother}>
          Start another incident
        </button>
      )}
    </section>
  );
}
