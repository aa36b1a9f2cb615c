import { useEffect, useId, type RefObject } from 'react';
import { incidentFileName, incidentTitle, type Incident } from '../../../lib/incident/incident.ts';
import { stepState } from '../../../lib/incident/incident-transitions.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import { ExportButtons } from '../common/ExportButtons.tsx';
import { GitHubHandOff, GitHubIssueLink } from '../common/GitHubHandOff.tsx';
import { LocalTime, UtcTime } from '../common/LocalTime.tsx';
import { REPO_URL } from '../common/repository-address.ts';
import { IncidentBar } from './IncidentBar.tsx';

/**
 * The incident record as Markdown. The serialiser loads on first export, not with the page; in a team
 * build, who did what in a shared incident is the server's word, read from the team's copy.
 */
async function incidentMarkdown(incident: Incident, playbook: Playbook): Promise<string> {
  const exportedAt = new Date();
  const [{ exportIncidentMarkdown }, shared] = await Promise.all([
    import('../../../lib/incident/incident-markdown.ts'),
    import.meta.env.SYNC_URL
      ? import('./shared-incident-record.ts').then((module) =>
          module.sharedIncidentRecord(incident, playbook, exportedAt),
        )
      : undefined,
  ]);
  return exportIncidentMarkdown(incident, playbook, exportedAt, shared);
}

interface Props {
  incident: Incident;
  playbook: Playbook;
  /** A team incident and a read-only token: resolving and reopening are disabled. */
  readOnly: boolean;
  now: Date;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Called once the header is on screen (its code loads apart): the page moves the focus to it after a start. */
  onShown?: () => void;
  onResolve: () => void;
  onReopen: () => void;
}

/**
 * What the incident is and how long it has run, with Resolve. Blocks that are each a child of the
 * incident section, so that the bar (the clock, the impact, the next step and Resolve) can stick
 * while the whole incident scrolls; the steps come right after it, the impact question and the
 * exports after them (IncidentRecord, below), so that on a phone the steps are on the first screen.
 */
export function IncidentHeader({
  incident,
  playbook,
  readOnly,
  now,
  headingRef,
  onShown,
  onResolve,
  onReopen,
}: Props) {
  const id = useId();
  const title = incidentTitle(incident);
  const open = playbook.steps.filter((step) => stepState(incident, step).status === 'open').length;
  useEffect(() => onShown?.(), [onShown]);
  return (
    <>
      <div className={`incident-header ${incident.resolvedAt ? 'is-resolved' : 'is-ongoing'}`}>
        <p className="incident-state">
          {incident.resolvedAt ? 'Resolved incident' : 'Incident in progress'}
        </p>
        <h2 ref={headingRef} tabIndex={-1} className="incident-title">
          {title}
        </h2>
        {incident.resolvedAt && incident.resolution && (
          <p className="incident-resolution">Resolution: {incident.resolution}</p>
        )}
        <dl className="incident-facts">
          <TimeFact term="Started" iso={incident.startedAt} now={now} />
          {incident.resolvedAt && <TimeFact term="Resolved" iso={incident.resolvedAt} now={now} />}
          {incident.release && (
            <div>
              <dt>Release</dt>
              <dd>{incident.release}</dd>
            </div>
          )}
        </dl>
      </div>
      <IncidentBar
        incident={incident}
        playbook={playbook}
        action={
          incident.resolvedAt ? (
            <button type="button" className="button" disabled={readOnly} onClick={onReopen}>
              Reopen incident
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={readOnly}
              onClick={onResolve}
              aria-describedby={`${id}-open-steps`}
            >
              Resolve incident
            </button>
          )
        }
      />
      {!incident.resolvedAt && (
        <p id={`${id}-open-steps`} className="field-hint">
          {open === 0
            ? 'Every step is done or decided.'
            : `${open} of ${playbook.steps.length} steps still open.`}
        </p>
      )}
    </>
  );
}

interface RecordProps {
  incident: Incident;
  playbook: Playbook;
  active: boolean;
  onImpact: (customerImpact: boolean) => void;
}

/**
 * The customer impact and the exports (Copy, Download, "Open as GitHub issue"): after the steps, so
 * that on a phone the steps come right after the incident bar. In this module, loaded with the header.
 */
export function IncidentRecord({ incident, playbook, active, onImpact }: RecordProps) {
  const id = useId();
  const title = incidentTitle(incident);
  return (
    <div className="incident-details">
      <fieldset className="incident-impact" disabled={!active}>
        <legend>Are customers affected?</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-impact`}
            checked={incident.customerImpact}
            onChange={() => onImpact(true)}
          />
          Yes, customer-impacting
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-impact`}
            checked={!incident.customerImpact}
            onChange={() => onImpact(false)}
          />
          No
        </label>
      </fieldset>
      <div className="incident-actions">
        <ExportButtons
          label="incident record"
          fileName={incidentFileName(incident)}
          getMarkdown={() => incidentMarkdown(incident, playbook)}
        />
        {REPO_URL ? (
          <GitHubHandOff action="Open as GitHub issue">
            <GitHubIssueLink
              watch={incident}
              issues={async () => {
                const [body, { followUpIssues }] = await Promise.all([
                  incidentMarkdown(incident, playbook),
                  import('../../../lib/incident/follow-up-issues.ts'),
                ]);
                return [{ title: `Incident: ${title}`, body }, ...followUpIssues(incident)];
              }}
            />
          </GitHubHandOff>
        ) : null}
      </div>
    </div>
  );
}

/** A moment of the incident, in the reader's time and in UTC (the time responders share). */
function TimeFact({ term, iso, now }: { term: string; iso: string; now: Date }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <LocalTime iso={iso} now={now} />
        <UtcTime iso={iso} now={now} />
      </dd>
    </div>
  );
}
