/**
 * What people do to an incident, as pure functions from one incident to the next: start it, tick
 * and skip steps, change the customer impact, resolve and reopen it. Each change is signed and
 * written to the timeline.
 */
import { markNotApplicable, tick, untick, type ItemState, type Signature } from '../item-state/item-state.ts';
import { oneLine } from '../markdown/markdown-text.ts';
import { elapsedMs, formatClock } from './clock.ts';
import { assertOpen, RESOLUTION_MAX, ROLLBACK_VERSION_MAX, TITLE_MAX, type Incident, type Rollback } from './incident.ts';
import { appendEntry } from './incident-timeline.ts';
import { decisionDoneLabel, isCustomerSuccessStep, isRollbackDecision, type PlaybookStep } from './playbook.ts';

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
  return appendEntry(incident, signature, 'start', `Incident started · ${impactText(input.customerImpact)}${release}`);
}

/** Customer Success steps are required while customers are affected. */
export function isRequired(step: PlaybookStep, incident: Pick<Incident, 'customerImpact'>): boolean {
  return incident.customerImpact && isCustomerSuccessStep(step);
}

/** Steps that may be skipped with a reason: Customer Success steps of an incident that affects no customer. */
export function mayBeNotApplicable(step: PlaybookStep, incident: Pick<Incident, 'customerImpact'>): boolean {
  return !step.decision && !incident.customerImpact && isCustomerSuccessStep(step);
}

export function stepState(incident: Pick<Incident, 'steps'>, step: Pick<PlaybookStep, 'id'>): ItemState {
  return incident.steps[step.id] ?? { status: 'open' };
}

/** The first step still open: the one to do next. */
export function nextStep(steps: readonly PlaybookStep[], incident: Pick<Incident, 'steps'>): PlaybookStep | undefined {
  return steps.find((step) => stepState(incident, step).status === 'open');
}

function withStep(incident: Incident, step: PlaybookStep, state: ItemState): Incident {
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
  if (isRollbackDecision(step)) throw new Error('Say which version production went back to, and why.');
  const text = step.decision ? `Decision: ${decisionDoneLabel(step).toLowerCase()} · ${step.text}` : `Done · ${step.text}`;
  return appendEntry(withStep(incident, step, tick(incident.steps[step.id], signature)), signature, 'step', text);
}

export function untickStep(incident: Incident, step: PlaybookStep, signature: Signature): Incident {
  assertOpen(incident);
  const reopened = withStep(withoutRollback(incident, step), step, untick(incident.steps[step.id], signature));
  return appendEntry(reopened, signature, 'step', `Reopened · ${step.text}`);
}

/** Why a rollback cannot be recorded as typed, or undefined when it can. */
export function rollbackProblem(rollback: Rollback): string | undefined {
  if (oneLine(rollback.version) === '') return 'Give the version production went back to.';
  if (rollback.version.length > ROLLBACK_VERSION_MAX) return `Keep the version under ${ROLLBACK_VERSION_MAX} characters.`;
  if (rollback.reason.trim() === '') return 'Say why it was rolled back: the postmortem starts from it.';
  return undefined;
}

/** The rollback decision taken: production went back to `version`, for `reason`. */
export function decideRollback(incident: Incident, step: PlaybookStep, rollback: Rollback, signature: Signature): Incident {
  assertOpen(incident);
  if (!isRollbackDecision(step)) throw new Error('Only the rollback decision records a version.');
  const problem = rollbackProblem(rollback);
  if (problem) throw new Error(problem);
  const recorded = { version: oneLine(rollback.version), reason: rollback.reason.trim() };
  const decided = { ...withStep(incident, step, tick(incident.steps[step.id], signature)), rollback: recorded };
  const text = `Decision: rolled back to ${recorded.version} · ${step.text} · Reason: ${recorded.reason}`;
  return appendEntry(decided, signature, 'step', text);
}

/** N/A for a step that may be skipped, "not needed" for a decision; both need a reason. */
export function skipStep(incident: Incident, step: PlaybookStep, reason: string, signature: Signature): Incident {
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
  return appendEntry(withStep(withoutRollback(incident, step), step, state), signature, 'step', text);
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
    ? steps.filter((step) => isCustomerSuccessStep(step) && stepState(incident, step).status === 'na')
    : [];
  for (const step of reopened) changed = withStep(changed, step, untick(changed.steps[step.id], signature));
  const note = reopened.length > 0 ? ` · Customer Success steps open again: ${reopened.map((step) => step.text).join('; ')}` : '';
  return appendEntry(changed, signature, 'impact', `Customer impact changed: ${impactText(customerImpact)}${note}`);
}

/** Why a resolution summary cannot be used, or undefined when it can. */
export function resolutionProblem(summary: string): string | undefined {
  const line = oneLine(summary);
  if (line === '') return 'Say in one line how it was resolved: the record and the team read it.';
  if (line.length > RESOLUTION_MAX) return `Keep it under ${RESOLUTION_MAX} characters (this is ${line.length}).`;
  return undefined;
}

/** Resolve with a one-line summary. The duration is written as the incident clock shows it. */
export function resolveIncident(incident: Incident, summary: string, signature: Signature): Incident {
  assertOpen(incident);
  const problem = resolutionProblem(summary);
  if (problem) throw new Error(problem);
  const resolution = oneLine(summary);
  const resolved = { ...incident, resolvedAt: signature.at, resolution };
  const duration = formatClock(elapsedMs(incident.startedAt, new Date(signature.at)));
  return appendEntry(resolved, signature, 'resolve', `Incident resolved · duration ${duration} · Resolution: ${resolution}`);
}

/** Open a resolved incident again; `undone` when it is the undo of a resolve just made. */
export function reopenIncident(incident: Incident, signature: Signature, undone = false): Incident {
  if (!incident.resolvedAt) return incident;
  const { resolvedAt: _resolvedAt, resolution: _resolution, ...open } = incident;
  return appendEntry(open, signature, 'reopen', undone ? 'Resolve undone: incident open again' : 'Incident reopened');
}
