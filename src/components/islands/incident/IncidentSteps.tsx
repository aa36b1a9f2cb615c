import { Suspense, useId, type ReactNode } from 'react';
import {
  stepAnchor,
  isRequired,
  mayBeNotApplicable,
  nextStep,
  stepState,
} from '../../../lib/incident/incident-transitions.ts';
import type { Incident } from '../../../lib/incident/incident.ts';
import { describeItemState } from '../../../lib/item-state/describe.ts';
import {
  decisionDoneLabel,
  isRollbackDecision,
  stepWording,
  type Playbook,
  type PlaybookStep,
} from '../../../lib/incident/playbook.ts';
import { incidentDocumentName, PLAYBOOK_LIST } from '../../../lib/team/team-documents.ts';
import { StepHistory } from './incident-views.ts';
import { LocalTime, UtcTime } from '../common/LocalTime.tsx';

interface Props {
  playbook: Playbook;
  roleNames: ReadonlyMap<string, string>;
  /** The incident on screen; without one the steps read as the playbook. */
  incident?: Incident | undefined;
  /** The steps can be changed: an open incident, after hydration. */
  active: boolean;
  /** Undefined until the page runs (the server cannot know it): no times before then. */
  now: Date | undefined;
  onTick: (step: PlaybookStep, done: boolean) => void;
  /** N/A for a step that may be skipped, "not needed" for a decision: asks for the reason. */
  onSkip: (step: PlaybookStep) => void;
  /** Before an incident starts: the line that says why the steps cannot be ticked yet. */
  describedBy?: string | undefined;
  /** "Rolled back": asks for the version rolled back to, and why. */
  onRollback: (step: PlaybookStep) => void;
}

/**
 * The playbook's steps. Every row keeps its place and its height as it changes (a status line is
 * always there), so nothing moves under the pointer while steps are ticked.
 */
export function IncidentSteps({
  playbook,
  roleNames,
  incident,
  active,
  now,
  onTick,
  onSkip,
  onRollback,
  describedBy,
}: Props) {
  const baseId = useId();
  const next = incident && !incident.resolvedAt ? nextStep(playbook.steps, incident) : undefined;

  return (
    <ol className="incident-steps">
      {playbook.steps.map((step) => {
        const state = incident ? stepState(incident, step) : { status: 'open' as const };
        const isNext = next?.id === step.id;
        const controlId = `${baseId}-${step.id}`;
        const statusId = `${controlId}-status`;
        const parts = describeItemState(state, stepWording(step));
        const status: ReactNode =
          parts.length > 0 ? (
            <>
              {parts.map((part, index) =>
                typeof part === 'string'
                  ? part
                  : now && <LocalTime key={index} iso={part.at} now={now} />,
              )}
              {state.at && now && <UtcTime iso={state.at} now={now} />}
            </>
          ) : null;
        const actions =
          incident &&
          active &&
          stepActions(step, incident, state.status, onTick, onSkip, onRollback);
        const rollback =
          state.status === 'done' && isRollbackDecision(step) ? incident?.rollback : undefined;

        return (
          <li
            key={step.id}
            id={incident && stepAnchor(step.id)}
            className={`incident-step is-${state.status}${isNext ? ' is-next' : ''}`}
            data-step={step.id}
          >
            {step.decision ? (
              <>
                <span className="step-mark">
                  <span className="step-decision-mark" aria-hidden="true" data-pagefind-ignore>
                    ◆
                  </span>
                </span>
                <span className="step-text">{step.text}</span>
              </>
            ) : (
              // One label holds the checkbox in its 44-pixel box and the step's words: either ticks it.
              <label className="step-label">
                <span className="step-mark">
                  <span className="step-check">
                    <input
                      type="checkbox"
                      id={controlId}
                      checked={state.status === 'done'}
                      disabled={!active || state.status === 'na'}
                      aria-describedby={incident ? statusId : describedBy}
                      onChange={(event) => onTick(step, event.target.checked)}
                    />
                  </span>
                </span>
                <span className="step-text">{step.text}</span>
              </label>
            )}
            <div className="step-body">
              <span className="step-tags" data-pagefind-ignore>
                {step.decision && <span className="tag tag-decision">Decision</span>}
                {step.owners.map((owner) => (
                  <span key={owner} className="owner-badge">
                    {roleNames.get(owner) ?? owner}
                  </span>
                ))}
                {incident && isRequired(step, incident) && (
                  <span className="tag tag-required">Required: customers are affected</span>
                )}
              </span>
              {incident && (
                <p id={statusId} className="step-status">
                  {isNext && <strong className="tag tag-next">Next</strong>}
                  {isNext && status && ' '}
                  {status}
                  {rollback && (
                    <span className="step-rollback">
                      {' '}
                      · to {rollback.version} · Reason: {rollback.reason}
                    </span>
                  )}
                </p>
              )}
              {/* Who the server says did what to this step (team builds; written so a local build drops it). */}
              {import.meta.env.SYNC_URL && StepHistory && incident && (
                <Suspense fallback={null}>
                  <StepHistory
                    documentName={incidentDocumentName(incident.id)}
                    list={PLAYBOOK_LIST}
                    item={step.id}
                    now={now}
                  />
                </Suspense>
              )}
            </div>
            {actions && (
              <div className="step-actions" data-pagefind-ignore>
                {actions}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function stepActions(
  step: PlaybookStep,
  incident: Incident,
  status: 'open' | 'done' | 'na',
  onTick: Props['onTick'],
  onSkip: Props['onSkip'],
  onRollback: Props['onRollback'],
): ReactNode {
  const named = (words: string) => (
    <>
      {words}
      <span className="visually-hidden">: {step.text}</span>
    </>
  );
  if (step.decision) {
    if (status !== 'open') {
      return (
        <button type="button" className="button" onClick={() => onTick(step, false)}>
          {named('Undo decision')}
        </button>
      );
    }
    return (
      <>
        <button
          type="button"
          className="button"
          onClick={() => (isRollbackDecision(step) ? onRollback(step) : onTick(step, true))}
        >
          {named(decisionDoneLabel(step))}
        </button>
        <button type="button" className="button" onClick={() => onSkip(step)}>
          {named('Not needed')}
        </button>
      </>
    );
  }
  if (status === 'na') {
    return (
      <button type="button" className="button" onClick={() => onTick(step, false)}>
        {named('Undo N/A')}
      </button>
    );
  }
  if (status === 'open' && mayBeNotApplicable(step, incident)) {
    return (
      <button type="button" className="button" onClick={() => onSkip(step)}>
        {named('N/A')}
      </button>
    );
  }
  return null;
}
