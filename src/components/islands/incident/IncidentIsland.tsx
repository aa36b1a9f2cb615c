import { Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { NOBODY } from '../../../lib/identity/identity.ts';
import { addEntry, correctEntry } from '../../../lib/incident/incident-timeline.ts';
import {
  currentIncident,
  type Incident,
  incidentFileName,
  type Incidents,
  incidentTitle,
} from '../../../lib/incident/incident.ts';
import {
  reopenIncident,
  setCustomerImpact,
  tickStep,
  untickStep,
} from '../../../lib/incident/incident-transitions.ts';
import type { Playbook } from '../../../lib/incident/playbook.ts';
import { NO_RUNS } from '../../../lib/releases/release-run.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $identity } from '../../../stores/identity.ts';
import {
  $incidents,
  beginIncident,
  shareIncident,
  showIncident,
  updateIncident,
} from '../../../stores/incidents.ts';
import { $releases } from '../../../stores/releases.ts';
import { canWriteToTeam, isShared, signNowHere } from '../../../stores/team.ts';
import { IdentityBar } from '../common/IdentityBar.tsx';
import { lazyView, usePreloadWhenIdle } from '../common/lazy-view.ts';
import { ReadOnlyLine, useReadOnlyWork } from '../common/ReadOnlyLine.tsx';
import { IncidentStart } from './IncidentStart.tsx';
import { IncidentSteps } from './IncidentSteps.tsx';
import type { IncidentDialog } from './IncidentDialogs.tsx';
import { StorageNotices } from '../common/StorageNotices.tsx';
import { useFocusAfterRender } from '../common/use-focus-after-render.ts';
import { useHydratedStore, useMounted } from '../common/use-hydrated-store.ts';

// The header, the timeline and the list of past incidents show only once there is an incident: their
// code loads apart, as soon as the page is idle, which keeps the playbook's first load in budget.
const headerView = lazyView(() =>
  import('./IncidentHeader.tsx').then((module) => module.IncidentHeader),
);
const timelineView = lazyView(() =>
  import('./IncidentTimeline.tsx').then((module) => module.IncidentTimeline),
);
const listView = lazyView(() => import('./IncidentList.tsx').then((module) => module.IncidentList));
const { View: IncidentHeader } = headerView;
// The dialogs and reminders of an ongoing incident, likewise: mounted with the incident, so a
// dialog's field is there the moment it opens.
const dialogsView = lazyView(() =>
  import('./IncidentDialogs.tsx').then((module) => module.IncidentDialogs),
);
const remindersView = lazyView(() =>
  import('./IncidentReminders.tsx').then((module) => module.IncidentReminders),
);
const { View: IncidentTimeline } = timelineView;
const { View: IncidentList } = listView;
const { View: IncidentDialogs } = dialogsView;
const { View: IncidentReminders } = remindersView;

interface Props {
  playbook: Playbook;
  roles: Role[];
}

const NO_INCIDENTS: Incidents = { incidents: [] };

/**
 * The rollback playbook as a live runbook: start an incident, tick the steps (timed and signed),
 * keep a timeline, resolve, export the record. The server renders the playbook itself; the rest
 * appears once the page runs.
 */
export function IncidentIsland({ playbook, roles }: Props) {
  const incidents = useHydratedStore($incidents, NO_INCIDENTS);
  const releases = useHydratedStore($releases, NO_RUNS);
  const identity = useHydratedStore($identity, NOBODY);
  const mounted = useMounted();
  usePreloadWhenIdle(headerView, timelineView, listView, dialogsView, remindersView);
  const [dialog, setDialog] = useState<IncidentDialog>();
  const [problem, setProblem] = useState('');
  const [starting, setStarting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a start the focus goes to the new incident's heading, once its (lazily loaded) header is shown.
  const focusHeading = useRef(false);
  const headerShown = useCallback(() => {
    if (focusHeading.current) heading.current?.focus();
    focusHeading.current = false;
  }, []);
  const stepsHintId = useId();
  const focusAfterRender = useFocusAfterRender();

  const roleNames = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);
  const incident = starting ? undefined : currentIncident(incidents);
  // A read-only team token follows the team's incidents (and cannot start one) without changing them.
  const readOnly = useReadOnlyWork('incidents', incident?.id);
  const readOnlyIncident = (id: string) =>
    Boolean(import.meta.env.SYNC_URL) && isShared('incidents', id) && !canWriteToTeam();
  const active = mounted && incident !== undefined && !incident.resolvedAt && !readOnly;
  // Times are shown only for stored incidents, which exist after hydration: no mismatch.
  const now = new Date();

  const signature = () => signNowHere(identity, roles);
  function change(transition: (incident: Incident) => Incident): string | undefined {
    if (!incident) return undefined;
    const found = updateIncident(incident.id, transition);
    setProblem(found ?? '');
    return found;
  }

  function start(input: Parameters<typeof beginIncident>[0]) {
    beginIncident(input, signature());
    setStarting(false);
    setProblem('');
    focusHeading.current = true;
  }

  return (
    <section className="incident-mode" aria-label="Incident mode">
      {/* The start comes first, one tap away on a phone; who you are is asked below it, and never blocks it. */}
      <div className="needs-js" data-pagefind-ignore>
        <StorageNotices />
        <ReadOnlyLine readOnly={readOnly} />
        {!incident && (
          <IncidentStart
            releases={releases}
            disabled={!mounted || readOnly}
            onStart={start}
            onCancel={starting ? () => setStarting(false) : undefined}
          />
        )}
      </div>
      {incident && (
        <Suspense fallback={null}>
          <IncidentHeader
            incident={incident}
            playbook={playbook}
            active={active}
            readOnly={readOnly}
            now={now}
            headingRef={heading}
            onShown={headerShown}
            onImpact={(impact) =>
              change((current) => setCustomerImpact(current, impact, playbook.steps, signature()))
            }
            onResolve={() => setDialog({ kind: 'resolve' })}
            onReopen={() => change((current) => reopenIncident(current, signature()))}
          />
        </Suspense>
      )}
      <div className="needs-js" data-pagefind-ignore>
        {incident && (
          <Suspense fallback={null}>
            {active && (
              <IncidentReminders
                incident={incident}
                playbook={playbook}
                change={change}
                signature={signature}
              />
            )}
            <IncidentDialogs
              dialog={dialog}
              incident={incident}
              playbook={playbook}
              releases={releases}
              change={change}
              signature={signature}
              onClose={() => setDialog(undefined)}
              onUndone={() => focusAfterRender(heading)}
            />
          </Suspense>
        )}
        <p className="incident-problem field-problem" role="alert">
          {problem}
        </p>
        <IdentityBar
          roles={roles}
          viewing={import.meta.env.SYNC_URL && incident ? `incident:${incident.id}` : undefined}
        />
        <p id={stepsHintId} className="incident-steps-hint">
          {!incident &&
            'Start the incident first to tick the steps: each tick is timed and signed.'}
          {incident?.resolvedAt && 'This incident is resolved: reopen it to change it.'}
        </p>
      </div>

      {playbook.trigger && <p className="playbook-trigger">{playbook.trigger}</p>}
      <IncidentSteps
        playbook={playbook}
        roleNames={roleNames}
        incident={incident}
        active={active}
        now={now}
        onTick={(step, done) =>
          change((current) => (done ? tickStep : untickStep)(current, step, signature()))
        }
        onSkip={(step) => setDialog({ kind: 'skip', step })}
        onRollback={(step) => setDialog({ kind: 'rollback', step })}
        describedBy={mounted && !incident ? stepsHintId : undefined}
      />

      <div className="needs-js" data-pagefind-ignore>
        <Suspense fallback={null}>
          {incident && (
            <IncidentTimeline
              timeline={incident.timeline}
              active={active}
              now={now}
              onAdd={(kind, text) =>
                change((current) => addEntry(current, kind, text, signature()))
              }
              onEdit={(entry, text) =>
                change((current) => correctEntry(current, entry.id, text, signature()))
              }
            />
          )}
          {incidents.incidents.length > 0 && (
            <IncidentList
              incidents={incidents.incidents}
              shownId={incident?.id}
              now={now}
              mayReopen={(id) => !readOnlyIncident(id)}
              // Team mode: an incident worked here before joining stays here until it is shared.
              mayShare={
                import.meta.env.SYNC_URL
                  ? (id) => canWriteToTeam() && !isShared('incidents', id)
                  : undefined
              }
              onShare={shareIncident}
              onShow={(id) => {
                setStarting(false);
                showIncident(id);
              }}
              onReopen={(id) => {
                setStarting(false);
                setProblem(
                  updateIncident(id, (current) => reopenIncident(current, signature())) ?? '',
                );
              }}
              onStartAnother={() => setStarting(true)}
            />
          )}
        </Suspense>
      </div>
    </section>
  );
}
