// Who is working in this browser: ticks, sign-offs and incident steps are signed with it. It is
// personal, so backups leave it out (see documents.ts).
import { identityCodec, type Identity } from '../lib/identity/identity.ts';
import type { ReadableAtom } from 'nanostores';
import { persistentDocument } from './storage.ts';

export const identityDocument = persistentDocument('identity', identityCodec);

/** Who is working in this browser ("You are: Dana, QA Lead"). Read-only: it changes through `saveIdentity`. */
export const $identity: ReadableAtom<Identity> = identityDocument.store;

/** Say who you are; the name is trimmed and kept short enough to sign with. */
export function saveIdentity(name: string, roleId: string | undefined): void {
  identityDocument.store.set({ name: name.trim().slice(0, 100), ...(roleId ? { roleId } : {}) });
}
