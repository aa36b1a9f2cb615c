/**
 * Looks tokens up by their SHA-256 digest, so that finding a token takes the same time whatever its first
 * characters are, and no token is ever written to a log (the audit log names the holder, never the token).
 */
import { createHash } from 'node:crypto';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import type { TokenHolder } from './config.ts';

export interface TokenRegistry {
  find(token: string): TeamIdentity | undefined;
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function createTokenRegistry(holders: readonly TokenHolder[]): TokenRegistry {
  const byDigest = new Map<string, TeamIdentity>();
  for (const { token, ...identity } of holders) byDigest.set(digest(token), identity);
  return { find: (token) => byDigest.get(digest(token)) };
}
