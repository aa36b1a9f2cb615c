/**
 * The audit log as rows of `sync_audit`, one per event, with the same fields as the JSON-lines file. Writing is
 * asynchronous (the hooks that log do not wait for the database); rows are inserted in order, in batches, and
 * `close` waits for every row still on its way. A row that cannot be written is reported, not retried forever.
 */
import type { Pool } from 'pg';
import type { AuditEntry, AuditLog } from './audit-log.ts';

/** The audit's columns, in the order rows are written (the migration tool copies file lines the same way). */
export const AUDIT_COLUMNS = [
  'time',
  'event',
  'name',
  'role',
  'access',
  'document',
  'kind',
  'reason',
  'bytes',
  'address',
  'count',
  'aggregated',
] as const;

export function postgresAuditLog(
  pool: Pool,
  warn: (message: string) => void,
  now: () => Date = () => new Date(),
): AuditLog {
  let waiting: (AuditEntry & { time: Date })[] = [];
  let writing: Promise<void> | undefined;
  let open = true;

  async function writeWaiting(): Promise<void> {
    while (waiting.length > 0) {
      const rows = waiting;
      waiting = [];
      const values = rows
        .map(
          (_, row) =>
            `(${AUDIT_COLUMNS.map((_, c) => `$${row * AUDIT_COLUMNS.length + c + 1}`).join(', ')})`,
        )
        .join(', ');
      const parameters = rows.flatMap((entry) =>
        AUDIT_COLUMNS.map((column) => entry[column] ?? null),
      );
      try {
        await pool.query(
          `INSERT INTO sync_audit (${AUDIT_COLUMNS.join(', ')}) VALUES ${values}`,
          parameters,
        );
      } catch (error) {
        warn(`Audit: ${rows.length} event(s) could not be written: ${(error as Error).message}`);
      }
    }
    writing = undefined;
  }

  return {
    write(entry) {
      if (!open) return;
      waiting.push({ ...entry, time: now() });
      writing ??= writeWaiting();
    },
    async close() {
      open = false;
      await writing;
    },
  };
}
