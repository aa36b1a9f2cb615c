/**
 * Who the sync server says a connection is. The server sends this as a stateless message right after it accepts
 * a token, so the page shows "connected as Dana (QA Lead)" from the server's answer rather than from a typed name.
 * Both sides use this module: the server to write the message, the browser to read it.
 */
import * as v from 'valibot';

export const IDENTITY_MESSAGE_TYPE = 'team-sync/identity';

export type TeamAccess = 'read-write' | 'read-only';

const IdentityMessageSchema = v.object({
  type: v.literal(IDENTITY_MESSAGE_TYPE),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  role: v.optional(v.pipe(v.string(), v.maxLength(100))),
  access: v.picklist(['read-write', 'read-only']),
});

export interface TeamIdentity {
  name: string;
  role?: string;
  access: TeamAccess;
}

export function encodeIdentityMessage(identity: TeamIdentity): string {
  const message: v.InferOutput<typeof IdentityMessageSchema> = {
    type: IDENTITY_MESSAGE_TYPE,
    ...identity,
  };
  return JSON.stringify(message);
}

/** The identity in a stateless payload, or undefined when the payload is some other message. */
export function decodeIdentityMessage(payload: string): TeamIdentity | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const result = v.safeParse(IdentityMessageSchema, parsed);
  if (!result.success) return undefined;
  const { name, role, access } = result.output;
  return role === undefined ? { name, access } : { name, role, access };
}

/** "Dana (QA Lead)", or "Dana" when the token names no role. */
export function describeIdentity(identity: Pick<TeamIdentity, 'name' | 'role'>): string {
  return identity.role ? `${identity.name} (${identity.role})` : identity.name;
}
