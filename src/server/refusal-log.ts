/**
 * Refusals before authentication come from anyone who can reach the port, so they are logged in bounded form: the
 * document name cut to 200 characters, and per address and reason one line a minute. The first refusal of a
 * minute is written at once; the others are counted and written as one line (`count`) when the minute ends, so a
 * flood grows the audit log by kilobytes, not by the size of what the flood sent.
 */
import type { AuditEntry, AuditLog } from './audit-log.ts';

export const LOGGED_NAME_LENGTH = 200;
const WINDOW_MS = 60_000;

export interface RefusalLog {
  refuse(entry: AuditEntry & { reason: string }): void;
  /** Writes the counts still waiting (at stop). */
  flush(): void;
}

export function createRefusalLog(audit: AuditLog): RefusalLog {
  const windows = new Map<
    string,
    { first: AuditEntry; suppressed: number; timer: NodeJS.Timeout }
  >();
  const close = (key: string) => {
    const window = windows.get(key);
    if (!window) return;
    windows.delete(key);
    clearTimeout(window.timer);
    if (window.suppressed > 0)
      audit.write({ ...window.first, count: window.suppressed, aggregated: 'per-minute' });
  };
  return {
    refuse(entry) {
      const cut = {
        ...entry,
        ...(entry.document !== undefined
          ? { document: entry.document.slice(0, LOGGED_NAME_LENGTH) }
          : {}),
      };
      const key = `${entry.address ?? '-'} ${entry.reason}`;
      const window = windows.get(key);
      if (window) {
        window.suppressed += 1;
        return;
      }
      audit.write(cut);
      const timer = setTimeout(() => close(key), WINDOW_MS);
      timer.unref();
      windows.set(key, { first: cut, suppressed: 0, timer });
    },
    flush() {
      for (const key of [...windows.keys()]) close(key);
    },
  };
}
