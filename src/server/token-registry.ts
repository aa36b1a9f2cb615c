/**
 * Looks tokens up by their SHA-256 digest, so that finding a token takes the same time whatever its first
 * characters are, and no token is ever written to a log (the audit log names the holder, never the token).
 * The holders can be replaced while the server runs: a token removed from the tokens file stops being found.
 */
import { createHash } from 'node:crypto';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import type { TokenHolder } from './config.ts';

export interface TokenRegistry {
  find(token: string): TeamIdentity | undefined;
}

export interface ReplaceableTokenRegistry extends TokenRegistry {
  /** Puts these holders in force instead of the previous ones (a tokens file read again). */
  replace(holders: readonly TokenHolder[]): void;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function createTokenRegistry(holders: readonly TokenHolder[]): ReplaceableTokenRegistry {
  let byDigest = new Map<string, TeamIdentity>();
  const replace = (next: readonly TokenHolder[]) => {
    const map = new Map<string, TeamIdentity>();
    for (const { token, ...identity } of next) map.set(digest(token), identity);
    byDigest = map;
  };
  replace(holders);
  return { find: (token) => byDigest.get(digest(token)), replace };
}
