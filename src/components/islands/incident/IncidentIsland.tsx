import { lazy, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Identity } from '../../../lib/identity/identity.ts';
import {
  addEntry,
  correctEntry,
  currentIncident,
  incidentFileName,
  incidentTitle,
  reopenIncident,
  resolveIncident,
  setCustomerImpact,
  skipStep,
  stepState,
  tickStep,
  untickStep,
  type Incident,
  type Incidents,
} from '../../../lib/incident/incident-run.ts';
import type { Playbook, PlaybookStep } from '../../../lib/incident/playbook.ts';
import type { Releases } from '../../../lib/releases/release-run.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $identity } from '../../../stores/identity.ts';
import { $incidents, beginIncident, showIncident, updateIncident } from '../../../stores/incidents.ts';
import { $releases } from '../../../stores/releases.ts';
import { signerName } from '../../../stores/team.ts';
import { ExportButtons } from '../shared/ExportButtons.tsx';
import { IdentityBar } from '../shared/IdentityBar.tsx';
import { IncidentClock } from './IncidentClock.tsx';
import { IncidentList } from './IncidentList.tsx';
import { IncidentStart } from './IncidentStart.tsx';
import { IncidentSteps } from './IncidentSteps.tsx';
import { IncidentTimeline } from './IncidentTimeline.tsx';
import { LocalTime, UtcTime } from '../shared/LocalTime.tsx';
import { Modal } from '../shared/Modal.tsx';
import { StorageNotices } from '../shared/StorageNotices.tsx';
import { useFocusAfterRender } from '../shared/use-focus-after-render.ts';
import { useHydratedStore, useMounted } from '../shared/use-hydrated-store.ts';

// The reason form loads when first needed, keeping the page's first-visit JavaScript small.
const ItemTextForm = lazy(() => import('../shared/ItemTextForm.tsx'));

interface Props {
  playbook: Playbook;
  roles: Role[];
}

const NO_INCIDENTS: Incidents = { incidents: [] };
const NO_RUNS: Releases = { runs: [] };
const NOBODY: Identity = { name: '' };

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
  const [skipping, setSkipping] = useState<PlaybookStep | undefined>();
  const [problem, setProblem] = useState('');
  const [starting, setStarting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const roleNames = useMemo(() => new Map(roles.map((role) => [role.id, role.name])), [roles]);
  const incident = starting ? undefined : currentIncident(incidents);
  const active = mounted && incident !== undefined && !incident.resolvedAt;
  // Times are shown only for stored incidents, which exist after hydration: no mismatch.
  const now = new Date();

  const signature = () => ({ at: new Date().toISOString(), by: signerName(identity, roles) });
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
    focusAfterRender(heading);
  }

  return (
    <section className="incident-mode" aria-label="Incident mode">
      <div className="needs-js" data-pagefind-ignore>
        <StorageNotices />
        <IdentityBar roles={roles} viewing={import.meta.env.SYNC_URL && incident ? `incident:${incident.id}` : undefined} />
        {incident ? (
          <IncidentHeader
            incident={incident}
            playbook={playbook}
            active={active}
            now={now}
            headingRef={heading}
            onImpact={(impact) => change((current) => setCustomerImpact(current, impact, playbook.steps, signature()))}
            onResolve={() => change((current) => resolveIncident(current, signature()))}
            onReopen={() => change((current) => reopenIncident(current, signature()))}
          />
        ) : (
          <IncidentStart
            releases={releases}
            disabled={!mounted}
            onStart={start}
            onCancel={starting ? () => setStarting(false) : undefined}
          />
        )}
        <p className="incident-problem field-problem" role="alert">
          {problem}
        </p>
        <p className="incident-steps-hint">
          {!incident && 'Start the incident to tick the steps: each tick is timed and signed.'}
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
        onTick={(step, done) => change((current) => (done ? tickStep : untickStep)(current, step, signature()))}
        onSkip={setSkipping}
      />

      <div className="needs-js" data-pagefind-ignore>
        {incident && (
          <IncidentTimeline
            timeline={incident.timeline}
            active={active}
            now={now}
            onAdd={(kind, text) => change((current) => addEntry(current, kind, text, signature()))}
            onCorrect={(entry, text) => change((current) => correctEntry(current, entry.id, text, signature()))}
          />
        )}
        {incidents.incidents.length > 0 && (
          <IncidentList
            incidents={incidents.incidents}
            shownId={incident?.id}
            now={now}
            onShow={(id) => {
              setStarting(false);
              showIncident(id);
            }}
            onReopen={(id) => {
              setStarting(false);
              setProblem(updateIncident(id, (current) => reopenIncident(current, signature())) ?? '');
            }}
            onStartAnother={() => setStarting(true)}
          />
        )}
      </div>

      <Modal
        title={skipping?.decision ? 'Not needed' : 'Not applicable'}
        open={skipping !== undefined}
        onClose={() => setSkipping(undefined)}
      >
        {skipping && (
          <ItemTextForm
            item={skipping}
            label={skipping.decision ? 'Why is it not needed?' : 'Why does this step not apply?'}
            initial={skipping.decision ? '' : 'No customer is affected'}
            required
            maxLength={2000}
            multiline={false}
            submitLabel={skipping.decision ? 'Not needed' : 'Mark N/A'}
            onCancel={() => setSkipping(undefined)}
            onSubmit={(reason) => {
              change((current) => skipStep(current, skipping, reason, signature()));
              setSkipping(undefined);
            }}
          />
        )}
      </Modal>
    </section>
  );
}

interface HeaderProps {
  incident: Incident;
  playbook: Playbook;
  active: boolean;
  now: Date;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onImpact: (customerImpact: boolean) => void;
  onResolve: () => void;
  onReopen: () => void;
}

/** What the incident is, how long it has run, whether customers are affected; resolve and export. */
function IncidentHeader({ incident, playbook, active, now, headingRef, onImpact, onResolve, onReopen }: HeaderProps) {
  const id = useId();
  const title = incidentTitle(incident);
  const open = playbook.steps.filter((step) => stepState(incident, step).status === 'open').length;
  return (
    <div className={`incident-header ${incident.resolvedAt ? 'is-resolved' : 'is-ongoing'}`}>
      <p className="incident-state">{incident.resolvedAt ? 'Resolved incident' : 'Incident in progress'}</p>
      <h2 ref={headingRef} tabIndex={-1} className="incident-title">
        {title}
      </h2>
      <IncidentClock startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
      <dl className="incident-facts">
        <div>
          <dt>Started</dt>
          <dd>
            <LocalTime iso={incident.startedAt} now={now} />
            <UtcTime iso={incident.startedAt} now={now} />
          </dd>
        </div>
        {incident.resolvedAt && (
          <div>
            <dt>Resolved</dt>
            <dd>
              <LocalTime iso={incident.resolvedAt} now={now} />
              <UtcTime iso={incident.resolvedAt} now={now} />
            </dd>
          </div>
        )}
        {incident.release && (
          <div>
            <dt>Release</dt>
            <dd>{incident.release}</dd>
          </div>
        )}
      </dl>
      <fieldset className="incident-impact" disabled={!active}>
        <legend>Are customers affected?</legend>
        <label className="choice">
          <input type="radio" name={`${id}-impact`} checked={incident.customerImpact} onChange={() => onImpact(true)} />
          Yes, customer-impacting
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-impact`} checked={!incident.customerImpact} onChange={() => onImpact(false)} />
          No
        </label>
      </fieldset>
      <div className="incident-actions">
        {incident.resolvedAt ? (
          <button type="button" className="button" onClick={onReopen}>
            Reopen incident
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={onResolve} aria-describedby={`${id}-open-steps`}>
            Resolve incident
          </button>
        )}
        <ExportButtons
          label="incident record"
          fileName={incidentFileName(incident)}
          getMarkdown={async () => {
            // The Markdown serialiser loads on first export, not with the page.
            const { exportIncidentMarkdown } = await import('../../../lib/incident/incident-markdown.ts');
            return exportIncidentMarkdown(incident, playbook, new Date());
          }}
        />
      </div>
      {!incident.resolvedAt && (
        <p id={`${id}-open-steps`} className="field-hint">
          {open === 0 ? 'Every step is done or decided.' : `${open} of ${playbook.steps.length} steps still open.`}
        </p>
      )}
    </div>
  );
}
