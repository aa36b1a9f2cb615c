/** The roles of the release team (content/data/roles.json), and finding them named in the words of an item or a step. */
import { z } from 'zod';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** A role of the release team, from `content/data/roles.json`. */
export const RoleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lowercase letters, digits and hyphens'),
    name: z.string().trim().min(1),
    summary: z.string().trim().min(1),
  })
  .strict();

export type Role = z.infer<typeof RoleSchema>;

/**
 * The roles named in a text, in the order of the roles list. Names match as whole words and
 * case-sensitively, so "PM" matches in "PM/PdM" but not inside "PdM" or "npm".
 */
export function findRoles(text: string, roles: readonly Role[]): Role[] {
  return roles.filter((role) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(role.name)}($|[^\\p{L}\\p{N}])`, 'u').test(text),
  );
}
