/**
 * The two decisions that close an incident's story, apart from the other transitions so that their
 * code loads with the dialogs that ask for them, not with the page: what the rollback did (the
 * version production went back to, and why) and how the incident was resolved (a one-line summary).
 */
import { tick, type Signature } from '../item-state/item-state.ts';
import { oneLine } from '../markdown/markdown-text.ts';
import { elapsedMs, formatClock } from './clock.ts';
import {
  assertOpen,
  RESOLUTION_MAX,
  ROLLBACK_VERSION_MAX,
  type Incident,
  type Rollback,
} from './incident.ts';
import { appendEntry } from './incident-timeline.ts';
import { withStep } from './incident-transitions.ts';
import { isRollbackDecision, type PlaybookStep } from './playbook.ts';

/** Why a rollback cannot be recorded as typed, or undefined when it can. */
export function rollbackProblem(rollback: Rollback): string | undefined {
  if (oneLine(rollback.version) === '') return 'Give the version production went back to.';
  if (rollback.version.length > ROLLBACK_VERSION_MAX)
    return `Keep the version under ${ROLLBACK_VERSION_MAX} characters.`;
  if (rollback.reason.trim() === '')
    return 'Say why it was rolled back: the postmortem starts from it.';
  return undefined;
}

/** The rollback decision taken: production went back to `version`, for `reason`. */
export function decideRollback(
  incident: Incident,
  step: PlaybookStep,
  rollback: Rollback,
  signature: Signature,
): Incident {
  assertOpen(incident);
  if (!isRollbackDecision(step)) throw new Error('Only the rollback decision records a version.');
  const problem = rollbackProblem(rollback);
  if (problem) throw new Error(problem);
  const recorded = { version: oneLine(rollback.version), reason: rollback.reason.trim() };
  const decided = {
    ...withStep(incident, step, tick(incident.steps[step.id], signature)),
    rollback: recorded,
  };
  const text = `Decision: rolled back to ${recorded.version} · ${step.text} · Reason: ${recorded.reason}`;
  return appendEntry(decided, signature, 'step', text);
}

/** Why a resolution summary cannot be used, or undefined when it can. */
export function resolutionProblem(summary: string): string | undefined {
  const line = oneLine(summary);
  if (line === '') return 'Say in one line how it was resolved: the record and the team read it.';
  if (line.length > RESOLUTION_MAX)
    return `Keep it under ${RESOLUTION_MAX} characters (this is ${line.length}).`;
  return undefined;
}

/** Resolve with a one-line summary. The duration is written as the incident clock shows it. */
export function resolveIncident(
  incident: Incident,
  summary: string,
  signature: Signature,
): Incident {
  assertOpen(incident);
  const problem = resolutionProblem(summary);
  if (problem) throw new Error(problem);
  const resolution = oneLine(summary);
  const resolved = { ...incident, resolvedAt: signature.at, resolution };
  const duration = formatClock(elapsedMs(incident.startedAt, new Date(signature.at)));
  return appendEntry(
    resolved,
    signature,
    'resolve',
    `Incident resolved · duration ${duration} · Resolution: ${resolution}`,
  );
}
