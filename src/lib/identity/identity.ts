import * as v from 'valibot';
import type { Codec } from '../storage/envelope.ts';
import type { Role } from '../roles/roles.ts';

/** "You are": who ticks, signs off and writes in this browser. Asked once, kept, changeable. */
export const IdentitySchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  roleId: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export type Identity = v.InferOutput<typeof IdentitySchema>;

export const identityCodec: Codec<Identity> = {
  label: 'name and role',
  version: 1,
  schema: IdentitySchema,
  migrations: {},
  empty: () => ({ name: '' }),
};

/** How a person signs an entry: "Dana (QA Lead)", "Dana", or undefined when nobody said who they are. */
export function signatureOf(identity: Identity, roles: readonly Role[]): string | undefined {
  const name = identity.name.trim().replace(/\s+/g, ' ');
  const role = roles.find((candidate) => candidate.id === identity.roleId)?.name;
  if (!name) return role;
  return role ? `${name} (${role})` : name;
}
