// How every island signs a change: one way, read when the change is made.
import { useCallback } from 'react';
import type { Signature } from '../../../lib/item-state/item-state.ts';
import type { Role } from '../../../lib/roles/roles.ts';
import { $identity } from '../../../stores/identity.ts';
import { signNowHere } from '../../../stores/team.ts';

/**
 * The signature of a change made now: who (from the store as it is at that moment, not as it was
 * when the island last rendered) and when. A name given in a tick's question is saved and signs that
 * very tick in the same event, before any render; and the time is the change's, not the render's.
 */
export function useSignature(roles: readonly Role[]): () => Signature {
  return useCallback(() => signNowHere($identity.get(), roles), [roles]);
}
