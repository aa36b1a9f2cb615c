/** The rollback playbook as the incident page reads it: its steps, which of them are decisions, who owns them. */
import type { ChecklistItem } from '../checklist/checklist-item.ts';
import { ITEM_WORDING, type StateWording } from '../item-state/describe.ts';

/**
 * A step of the playbook. A "decision" says "if necessary": it is either done ("rolled back at
 * 14:20") or not needed, with a reason.
 */
export interface PlaybookStep extends ChecklistItem {
  decision?: true;
}

/** What `<Playbook>` wraps: the line that says when to use it, and its steps. */
export interface Playbook {
  /** "If a deployment fails or causes a critical issue:" */
  trigger?: string | undefined;
  steps: PlaybookStep[];
}

/** The role whose steps become required when customers are affected. */
export const CUSTOMER_SUCCESS_ROLE = 'customer-success';

export function isDecision(text: string): boolean {
  return /\bif necessary\b/i.test(text);
}

export function isCustomerSuccessStep(step: Pick<ChecklistItem, 'owners'>): boolean {
  return step.owners.includes(CUSTOMER_SUCCESS_ROLE);
}

/** The decision to roll back: ticking it records the version production went back to, and why. */
export function isRollbackDecision(step: Pick<PlaybookStep, 'text' | 'decision'>): boolean {
  return step.decision === true && /^roll ?back\b/i.test(step.text);
}

/**
 * The step that is itself a customer update ("Update customers on status and resolution"): done,
 * it counts as an update sent. "Notify Customer Success" tells a role, not customers.
 */
export function isCustomerUpdateStep(step: Pick<PlaybookStep, 'text'>): boolean {
  return /^(?:update|notify|inform|tell)\s+(?:the\s+|affected\s+)?customers\b/i.test(step.text);
}

/** "Rolled back" for the rollback decision, "Done" for any other. */
export function decisionDoneLabel(step: Pick<PlaybookStep, 'text'>): string {
  return /^roll ?back\b/i.test(step.text) ? 'Rolled back' : 'Done';
}

/** How a step's state reads: a decision is done ("Rolled back") or "Not needed"; any other step is done or N/A. */
export function stepWording(step: PlaybookStep): StateWording {
  return step.decision ? { done: decisionDoneLabel(step), skipped: 'Not needed' } : ITEM_WORDING;
}
