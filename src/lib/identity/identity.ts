/** Who works in this browser, as they said, and how they sign what they tick and write. */
import * as v from 'valibot';
import type { Role } from '../roles/roles.ts';
import { defineCodec } from '../storage/envelope.ts';

/** "You are": who ticks, signs off and writes in this browser. Asked once, kept, changeable. */
export const IdentitySchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  roleId: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export type Identity = v.InferOutput<typeof IdentitySchema>;

/** Nobody yet: the identity of a browser whose user has not said who they are. */
export const NOBODY: Identity = Object.freeze({ name: '' });

export const identityCodec = defineCodec('name and role', IdentitySchema, () => ({ ...NOBODY }));

/** How a person signs an entry: "Dana (QA Lead)", "Dana", or undefined when nobody said who they are. */
export function signatureOf(identity: Identity, roles: readonly Role[]): string | undefined {
  const name = identity.name.trim().replace(/\s+/g, ' ');
  const role = roles.find((candidate) => candidate.id === identity.roleId)?.name;
  if (!name) return role;
  return role ? `${name} (${role})` : name;
}
