/**
 * The open connections and the token behind each, so that a revoked token or a holder who no longer matches a
 * rule is disconnected within seconds of the change (not at the next restart), and a connection whose token
 * expires is closed when it does. The page is told why in the close reason: `token-revoked`, `access-changed`
 * (it reconnects and is told its new access) or `token-expired` (it renews its token).
 */
import type { TeamIdentity } from '../lib/team/identity-message.ts';
import type { AuditEntry } from './audit-log.ts';
import type { Identified } from './holder-lookup.ts';

export interface Closable {
  close(code: number, reason: string): void;
}

/** WebSocket close codes (the 4000s are the application's). */
export const CLOSE = {
  expired: { code: 4401, reason: 'token-expired' },
  revoked: { code: 4403, reason: 'token-revoked' },
  changed: { code: 4409, reason: 'access-changed' },
} as const;

const sameHolder = (a: TeamIdentity, b: TeamIdentity) =>
  a.name === b.name && a.role === b.role && a.access === b.access;

/** setTimeout holds at most about 24.8 days; a later expiry is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createLiveConnections(record: (entry: AuditEntry) => void) {
  interface Live {
    socket: Closable;
    document: string;
    identified: Identified;
    timer?: NodeJS.Timeout;
  }
  const live = new Map<object, Live>();

  function close(key: object, why: (typeof CLOSE)[keyof typeof CLOSE]) {
    const entry = live.get(key);
    if (!entry) return;
    forget(key);
    const { name, role, access } = entry.identified.holder;
    record({ event: 'closed', reason: why.reason, document: entry.document, name, role, access });
    entry.socket.close(why.code, why.reason);
  }

  function forget(key: object) {
    clearTimeout(live.get(key)?.timer);
    live.delete(key);
  }

  function watchExpiry(key: object, expiresAt: number) {
    const wait = Math.min(Math.max(0, expiresAt - Date.now()), MAX_TIMER_MS);
    const entry = live.get(key);
    if (!entry) return;
    entry.timer = setTimeout(() => {
      if (Date.now() >= expiresAt) close(key, CLOSE.expired);
      else watchExpiry(key, expiresAt);
    }, wait);
    entry.timer.unref();
  }

  return {
    /** `key` is the connection (one per document and socket); `socket` is what is closed. */
    add(key: object, socket: Closable, document: string, identified: Identified) {
      live.set(key, { socket, document, identified });
      if (identified.expiresAt !== undefined) watchExpiry(key, identified.expiresAt);
    },
    remove: forget,
    /** After a reload: closes every connection whose token no longer makes the same holder. */
    recheck() {
      for (const [key, { identified }] of [...live]) {
        const now = identified.current();
        if (!now) close(key, CLOSE.revoked);
        else if (!sameHolder(now, identified.holder)) close(key, CLOSE.changed);
      }
    },
    clear() {
      for (const key of [...live.keys()]) forget(key);
    },
  };
}
