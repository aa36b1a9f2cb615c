/**
 * Who a connection's token makes its holder: a token of the tokens file (machines, small teams), or a JWT from the
 * identity provider, verified, whose claims the access rules map to a role and an access (people). Both files are
 * kept in force while the server runs (tokens-watch.ts); each reload is in the audit log, and listeners are told
 * so that open connections are checked again (live-connections.ts).
 */
import { identityFromClaims, type AccessRule } from '../lib/team/claim-rules.ts';
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import { loadAccessRulesFile, type OidcConfig } from './access-rules.ts';
import type { AuditEntry } from './audit-log.ts';
import { loadTokensFile } from './config.ts';
import { createOidcVerifier, looksLikeJwt, TokenRefusal } from './oidc-verifier.ts';
import type { ReplaceableTokenRegistry, TokenRegistry } from './token-registry.ts';
import { watchSettingsFile, type WatchedFile } from './tokens-watch.ts';

export interface Identified {
  holder: TeamIdentity;
  /** When the token stops being valid (ms since the epoch), for tokens that expire. */
  expiresAt?: number;
  /** The holder the same token makes under the files in force now, or undefined when it no longer may connect. */
  current(): TeamIdentity | undefined;
}

export type Lookup = Identified | { refused: string; detail?: string };

export interface HolderLookupOptions {
  tokens: TokenRegistry;
  /** Watched and read again when it changes, when `tokens` can be replaced. */
  tokensFile?: string;
  oidc?: OidcConfig & { keyRefreshCooldownMs?: number };
  record(entry: AuditEntry): void;
  warn(message: string): void;
  debounceMs?: number;
}

const replaceable = (tokens: TokenRegistry): tokens is ReplaceableTokenRegistry =>
  typeof (tokens as Partial<ReplaceableTokenRegistry>).replace === 'function';

export function createHolderLookup(options: HolderLookupOptions) {
  const { tokens, oidc, record, warn } = options;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const watched: WatchedFile[] = [];
  let rules: AccessRule[] = oidc ? loadAccessRulesFile(oidc.accessFile) : [];
  const verifier = oidc && createOidcVerifier(oidc);

  function keep<T>(kind: string, file: string, load: (file: string) => T, put: (value: T) => void) {
    const watch = watchSettingsFile({
      file,
      load,
      debounceMs: options.debounceMs,
      loaded(value) {
        put(value);
        record({ event: 'settings', kind, reason: 'reloaded' });
        changed();
      },
      refused(why) {
        warn(`${why}\nThe previous ${kind} stay in force.`);
        record({ event: 'settings', kind, reason: `kept-previous: ${why}`.slice(0, 1000) });
      },
    });
    watched.push(watch);
  }
  if (options.tokensFile && replaceable(tokens))
    keep('tokens', options.tokensFile, loadTokensFile, (holders) => tokens.replace(holders));
  if (oidc) keep('access-rules', oidc.accessFile, loadAccessRulesFile, (next) => (rules = next));

  async function identify(token: string): Promise<Lookup> {
    const holder = tokens.find(token);
    if (holder) return { holder, current: () => tokens.find(token) };
    if (!verifier || !looksLikeJwt(token)) return { refused: 'unknown-token' };
    let claims: Record<string, unknown>;
    try {
      claims = await verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRefusal) return { refused: error.reason, detail: error.detail };
      throw error;
    }
    const groupsClaim = oidc.groupsClaim;
    const identity = identityFromClaims(rules, claims, groupsClaim);
    if (!identity) return { refused: 'no-access-rule' };
    return {
      holder: identity,
      expiresAt: (claims.exp as number) * 1000,
      current: () => identityFromClaims(rules, claims, groupsClaim),
    };
  }

  return {
    identify,
    /** Listens for a reload that put new files in force. */
    onChange(listener: () => void) {
      listeners.add(listener);
    },
    /** Reads every watched file again now (SIGHUP). */
    reload() {
      for (const watch of watched) watch.reload();
    },
    close() {
      for (const watch of watched) watch.close();
    },
  };
}

export type HolderLookup = ReturnType<typeof createHolderLookup>;
