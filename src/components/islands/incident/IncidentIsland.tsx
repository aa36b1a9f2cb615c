import { Suspense, useId, useMemo } from 'react';
import { incidentTitle, type Incidents } from '../../../lib/incident/incident.ts';
import { NO_RUNS } from '../../../lib/releases/release-run.ts';
import { incidentDocumentName } from '../../../lib/team/team-documents.ts';
import { $incidents, $replacedIncident } from '../../../stores/incidents.ts';
import { $releases } from '../../../stores/releases.ts';
import { IdentityBar } from '../common/IdentityBar.tsx';
import { usePreloadWhenIdle } from '../common/lazy-view.ts';
import { ReadOnlyLine, useReadOnlyWork } from '../common/ReadOnlyLine.tsx';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { useHydratedStore, useMounted, useNow } from '../common/use-hydrated-store.ts';
import type { IncidentIslandProps } from './incident-props.ts';
import {
  IncidentDialogs,
  IncidentHeader,
  IncidentList,
  IncidentRecord,
  IncidentReminders,
  IncidentTimeline,
} from './incident-views.ts';
import { IncidentStart } from './IncidentStart.tsx';
import { IncidentSteps } from './IncidentSteps.tsx';
import { useIncidentChanges } from './use-incident-changes.ts';

const NO_INCIDENTS: Incidents = { incidents: [] };

/** Team builds only: a teammate's new incident took the screen from a resolved one; the way back to it. */
function ReplacedIncidentLine({
  incidents,
  shownId,
  onShow,
}: {
  incidents: Incidents;
  shownId: string | undefined;
  onShow: (id: string) => void;
}) {
  const replacedId = useHydratedStore($replacedIncident, undefined);
  const replaced = incidents.incidents.find(
    (candidate) => candidate.id === replacedId && candidate.id !== shownId,
  );
  if (!replaced) return null;
  return (
    <p className="incident-replaced">
      A new incident is in progress.{' '}
      <button type="button" className="button" onClick={() => onShow(replaced.id)}>
        Back to “{incidentTitle(replaced)}”
      </button>
    </p>
  );
}

/**
 * The rollback playbook as a live runbook: start an incident, tick the steps (timed and signed),
 * keep a timeline, resolve, export the record. The server renders the playbook itself; the rest
 * appears once the page runs.
 */
export function IncidentIsland({ playbook, roles }: IncidentIslandProps) {
  const incidents = useHydratedStore($incidents, NO_INCIDENTS);
  const releases = useHydratedStore($releases, NO_RUNS);
  const mounted = useMounted();
  const now = useNow();
  usePreloadWhenIdle(
    IncidentHeader,
    IncidentTimeline,
    IncidentList,
    IncidentDialogs,
    IncidentReminders,
  );
  const stepsHintId = useId();
  const roleNames = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);
  const changes = useIncidentChanges({ incidents, playbook, roles });
  const { incident, change, signature } = changes;
  // A read-only team token follows the team's incidents (and cannot start one) without changing them.
  const readOnly = useReadOnlyWork('incidents', incident?.id);
  const active = mounted && incident !== undefined && !incident.resolvedAt && !readOnly;

  return (
    <section className="incident-mode" aria-label="Incident mode">
      {/* The start comes first, one tap away on a phone; who you are is asked below it, and never blocks it. */}
      <div className="needs-js" data-pagefind-ignore>
        <StorageNotices />
        <ReadOnlyLine readOnly={readOnly} />
        {import.meta.env.SYNC_URL && (
          <ReplacedIncidentLine
            incidents={incidents}
            shownId={incident?.id}
            onShow={changes.list.onShow}
          />
        )}
        {!incident && (
          <IncidentStart
            releases={releases}
            disabled={!mounted || readOnly}
            onStart={changes.start}
            onCancel={changes.starting ? changes.cancelStart : undefined}
          />
        )}
      </div>
      {incident && now && (
        <Suspense fallback={null}>
          <IncidentHeader
            incident={incident}
            playbook={playbook}
            readOnly={readOnly}
            now={now}
            headingRef={changes.heading}
            onShown={changes.headerShown}
            {...changes.header}
          />
        </Suspense>
      )}
      <p id={stepsHintId} className="incident-steps-hint needs-js" data-pagefind-ignore>
        {!incident && 'Start the incident first to tick the steps: each tick is timed and signed.'}
        {incident?.resolvedAt && 'This incident is resolved: reopen it to change it.'}
      </p>
      {playbook.trigger && <p className="playbook-trigger">{playbook.trigger}</p>}
      <IncidentSteps
        playbook={playbook}
        roleNames={roleNames}
        incident={incident}
        active={active}
        now={now}
        {...changes.steps}
        describedBy={mounted && !incident ? stepsHintId : undefined}
      />

      {/* After the steps: on a phone, the steps come right after the incident bar. */}
      <div className="needs-js" data-pagefind-ignore>
        {incident && (
          <Suspense fallback={null}>
            {active && <IncidentReminders {...{ incident, playbook, change, signature }} />}
            <IncidentRecord
              incident={incident}
              playbook={playbook}
              active={active}
              onImpact={changes.header.onImpact}
            />
            <IncidentDialogs
              dialog={changes.dialog}
              {...{ incident, playbook, releases, change, signature }}
              onClose={changes.closeDialog}
              onUndone={changes.focusHeading}
            />
          </Suspense>
        )}
        <p className="incident-problem field-problem" role="alert">
          {changes.problem}
        </p>
        <IdentityBar
          roles={roles}
          viewing={
            import.meta.env.SYNC_URL && incident ? incidentDocumentName(incident.id) : undefined
          }
        />
      </div>

      <div className="needs-js" data-pagefind-ignore>
        {now && (
          <Suspense fallback={null}>
            {incident && (
              <IncidentTimeline
                timeline={incident.timeline}
                documentName={
                  import.meta.env.SYNC_URL ? incidentDocumentName(incident.id) : undefined
                }
                active={active}
                now={now}
                {...changes.timeline}
              />
            )}
            {incidents.incidents.length > 0 && (
              <IncidentList
                incidents={incidents.incidents}
                shownId={incident?.id}
                now={now}
                {...changes.list}
              />
            )}
          </Suspense>
        )}
      </div>
    </section>
  );
}
