/**
 * What people do to an incident, as pure functions from one incident to the next: start it, tick
 * and skip steps, change the customer impact, resolve and reopen it. Each change is signed and
 * written to the timeline.
 */
import {
  markNotApplicable,
  tick,
  untick,
  type ItemState,
  type Signature,
} from '../item-state/item-state.ts';
import { oneLine } from '../markdown/markdown-text.ts';
import { assertOpen, TITLE_MAX, type Incident } from './incident.ts';
import { appendEntry } from './incident-timeline.ts';
import {
  decisionDoneLabel,
  isCustomerSuccessStep,
  isRollbackDecision,
  type PlaybookStep,
} from './playbook.ts';

export interface IncidentInput {
  title: string;
  customerImpact: boolean;
  release?: { id: string; description: string } | undefined;
}

function impactText(customerImpact: boolean): string {
  return customerImpact ? 'customer-impacting' : 'not customer-impacting';
}

export function startIncident(input: IncidentInput, id: string, signature: Signature): Incident {
  const title = oneLine(input.title).slice(0, TITLE_MAX);
  const incident: Incident = {
    id,
    title,
    startedAt: signature.at,
    customerImpact: input.customerImpact,
    ...(input.release ? { releaseId: input.release.id, release: input.release.description } : {}),
    steps: {},
    timeline: [],
  };
  const release = input.release ? ` · linked to ${input.release.description}` : '';
  return appendEntry(
    incident,
    signature,
    'start',
    `Incident started · ${impactText(input.customerImpact)}${release}`,
  );
}

/** Customer Success steps are required while customers are affected. */
export function isRequired(
  step: PlaybookStep,
  incident: Pick<Incident, 'customerImpact'>,
): boolean {
  return incident.customerImpact && isCustomerSuccessStep(step);
}

/** Steps that may be skipped with a reason: Customer Success steps of an incident that affects no customer. */
export function mayBeNotApplicable(
  step: PlaybookStep,
  incident: Pick<Incident, 'customerImpact'>,
): boolean {
  return !step.decision && !incident.customerImpact && isCustomerSuccessStep(step);
}

export function stepState(
  incident: Pick<Incident, 'steps'>,
  step: Pick<PlaybookStep, 'id'>,
): ItemState {
  return incident.steps[step.id] ?? { status: 'open' };
}

/** The first step still open: the one to do next. */
export function nextStep(
  steps: readonly PlaybookStep[],
  incident: Pick<Incident, 'steps'>,
): PlaybookStep | undefined {
  return steps.find((step) => stepState(incident, step).status === 'open');
}

/** A step's anchor while an incident runs ("Next:" links to it); the built page has none, so search makes no anchor of it. */
export const stepAnchor = (stepId: string) => `step-${stepId}`;

export function withStep(incident: Incident, step: PlaybookStep, state: ItemState): Incident {
  return { ...incident, steps: { ...incident.steps, [step.id]: state } };
}

/** The incident without the details of a rollback when `step` is the rollback decision. */
function withoutRollback(incident: Incident, step: PlaybookStep): Incident {
  if (!isRollbackDecision(step) || !incident.rollback) return incident;
  const { rollback: _rollback, ...rest } = incident;
  return rest;
}

export function tickStep(incident: Incident, step: PlaybookStep, signature: Signature): Incident {
  assertOpen(incident);
  if (isRollbackDecision(step))
    throw new Error('Say which version production went back to, and why.');
  const text = step.decision
    ? `Decision: ${decisionDoneLabel(step).toLowerCase()} · ${step.text}`
    : `Done · ${step.text}`;
  return appendEntry(
    withStep(incident, step, tick(incident.steps[step.id], signature)),
    signature,
    'step',
    text,
  );
}

export function untickStep(incident: Incident, step: PlaybookStep, signature: Signature): Incident {
  assertOpen(incident);
  const reopened = withStep(
    withoutRollback(incident, step),
    step,
    untick(incident.steps[step.id], signature),
  );
  return appendEntry(reopened, signature, 'step', `Reopened · ${step.text}`);
}

/** N/A for a step that may be skipped, "not needed" for a decision; both need a reason. */
export function skipStep(
  incident: Incident,
  step: PlaybookStep,
  reason: string,
  signature: Signature,
): Incident {
  assertOpen(incident);
  if (!step.decision && !mayBeNotApplicable(step, incident)) {
    throw new Error(
      isRequired(step, incident)
        ? 'Customer Success steps are required while customers are affected.'
        : 'This step cannot be skipped.',
    );
  }
  const state = markNotApplicable(incident.steps[step.id], reason, signature);
  const text = `${step.decision ? 'Decision: not needed' : 'N/A'} · ${step.text} · Reason: ${state.reason}`;
  return appendEntry(
    withStep(withoutRollback(incident, step), step, state),
    signature,
    'step',
    text,
  );
}

/**
 * Change whether customers are affected. When they become affected, Customer Success steps
 * that were marked N/A are open again: they are required now.
 */
export function setCustomerImpact(
  incident: Incident,
  customerImpact: boolean,
  steps: readonly PlaybookStep[],
  signature: Signature,
): Incident {
  assertOpen(incident);
  if (incident.customerImpact === customerImpact) return incident;
  let changed: Incident = { ...incident, customerImpact };
  const reopened = customerImpact
    ? steps.filter(
        (step) => isCustomerSuccessStep(step) && stepState(incident, step).status === 'na',
      )
    : [];
  for (const step of reopened)
    changed = withStep(changed, step, untick(changed.steps[step.id], signature));
  const note =
    reopened.length > 0
      ? ` · Customer Success steps open again: ${reopened.map((step) => step.text).join('; ')}`
      : '';
  return appendEntry(
    changed,
    signature,
    'impact',
    `Customer impact changed: ${impactText(customerImpact)}${note}`,
  );
}

/** Open a resolved incident again; `undone` when it is the undo of a resolve just made. */
export function reopenIncident(incident: Incident, signature: Signature, undone = false): Incident {
  if (!incident.resolvedAt) return incident;
  const { resolvedAt: _resolvedAt, resolution: _resolution, ...open } = incident;
  return appendEntry(
    open,
    signature,
    'reopen',
    undone ? 'Resolve undone: incident open again' : 'Incident reopened',
  );
}
