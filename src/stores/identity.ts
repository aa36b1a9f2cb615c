// Who is working in this browser: ticks, sign-offs and incident steps are signed with it. It is
// personal, so backups leave it out (see documents.ts).
import { identityCodec } from '../lib/identity/identity.ts';
import { persistentDocument } from './storage.ts';

export const identityDocument = persistentDocument('identity', identityCodec);

/** Who is working in this browser ("You are: Dana, QA Lead"). */
export const $identity = identityDocument.store;

/** Say who you are; the name is trimmed and kept short enough to sign with. */
export function saveIdentity(name: string, roleId: string | undefined): void {
  $identity.set({ name: name.trim().slice(0, 100), ...(roleId ? { roleId } : {}) });
}
