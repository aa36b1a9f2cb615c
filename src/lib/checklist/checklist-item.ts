/** One item of a checklist as the build derives it from the writer's words: its id, owners and when it applies. */
import { hasOptionalMarker } from '../content/optional-marker.ts';
import { findRoles, type Role } from '../roles/roles.ts';
import { slugify } from './slugify.ts';

/**
 * When an item applies. "optional" items carry an optional marker ("(if needed)", "(if
 * applicable)", "(if any)", "(optional)"): they may be marked N/A. "customer-facing" items are
 * N/A by themselves for a release that is not.
 */
export type ItemCondition = 'optional' | 'customer-facing';

/** One item of a checklist, derived from its text at build time. */
export interface ChecklistItem {
  id: string;
  text: string;
  /** Role ids, from the names in the text, else from the section's owner line. */
  owners: string[];
  condition?: ItemCondition;
}

export function detectCondition(text: string): ItemCondition | undefined {
  if (/\bcustomer-facing\b/i.test(text)) return 'customer-facing';
  if (hasOptionalMarker(text)) return 'optional';
  return undefined;
}

/** Derive an item from its text, with the roles named in it or, failing that, in the owner line. */
export function deriveItem(text: string, roles: readonly Role[], ownerLine = ''): ChecklistItem {
  const clean = text.replace(/\s+/g, ' ').trim();
  const named = findRoles(clean, roles);
  const owners = (named.length > 0 ? named : findRoles(ownerLine, roles)).map((role) => role.id);
  const condition = detectCondition(clean);
  return { id: slugify(clean), text: clean, owners, ...(condition ? { condition } : {}) };
}
