/**
 * The audit log: one JSON line per connection, disconnection, stored change and refusal, naming the token
 * holder (never the token). A change is logged once Yjs has applied it, so a change sent twice is logged once.
 * Lines are written synchronously (no buffer to lose in a crash) to a file opened once, in append mode.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `closed`: the server closed a connection (token revoked or expired); `settings`: a settings file reloaded;
 * `api`: a request to the API for CI; `webhook`: a webhook delivery or its failure.
 */
export type AuditEvent =
  'connect' | 'disconnect' | 'change' | 'refused' | 'closed' | 'settings' | 'api' | 'webhook';

export interface AuditEntry {
  event: AuditEvent;
  name?: string;
  role?: string;
  access?: string;
  document?: string;
  /** For a change: what kind of change (`update` for a Yjs update); for a refusal: why. */
  kind?: string;
  reason?: string;
  bytes?: number;
  address?: string;
  /** For refusals logged per address and minute: how many more of the same came in that minute. */
  count?: number;
  aggregated?: string;
}

export interface AuditLog {
  write(entry: AuditEntry): void;
  /** Resolves once every entry written before it is kept. */
  close(): void | Promise<void>;
}

export function openAuditLog(file: string, now: () => Date = () => new Date()): AuditLog {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a');
  let open = true;
  return {
    write(entry) {
      if (!open) return;
      writeSync(fd, `${JSON.stringify({ time: now().toISOString(), ...entry })}\n`);
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
}
