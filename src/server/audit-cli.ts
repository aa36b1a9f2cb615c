/**
 * `npm run sync-audit -- --document incident:<id> [--since <time>] [--name <name>] [--json]`: a document's audit
 * trail, from PostgreSQL when SYNC_DATABASE_URL is set, else from the audit file (SYNC_AUDIT_LOG, the data
 * folder's audit.jsonl, or `--file`).
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import {
  AuditQueryError,
  auditTable,
  filterAuditLines,
  parseAuditArguments,
  type AuditQuery,
  type AuditRow,
} from './audit-query.ts';
import { ConfigError, readServerConfig } from './config.ts';

async function fromDatabase(url: string, query: AuditQuery): Promise<AuditRow[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query(
      `SELECT time, event, name, role, access, document, kind, bytes, reason, address, count, aggregated FROM sync_audit
       WHERE ($1::text IS NULL OR document = $1) AND ($2::timestamptz IS NULL OR time >= $2)
         AND ($3::text IS NULL OR name = $3)
       ORDER BY time, id`,
      [query.document ?? null, query.since ?? null, query.name ?? null],
    );
    return rows.map(
      (row) =>
        Object.fromEntries(
          Object.entries({ ...row, time: (row.time as Date).toISOString() }).filter(
            ([, value]) => value !== null,
          ),
        ) as unknown as AuditRow,
    );
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  const { query, json, file } = parseAuditArguments(process.argv.slice(2));
  // The tokens file is not needed to read the trail.
  const config = readServerConfig({
    ...process.env,
    SYNC_TOKENS_FILE: process.env.SYNC_TOKENS_FILE || '-',
  });
  const rows =
    config.databaseUrl && !file
      ? await fromDatabase(config.databaseUrl, query)
      : filterAuditLines(readFileSync(file ?? config.auditLogFile, 'utf8'), query);
  console.log(json ? JSON.stringify(rows, null, 2) : auditTable(rows));
}

main().catch((error: unknown) => {
  const known = error instanceof AuditQueryError || error instanceof ConfigError;
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(known || missing ? `sync-audit: ${(error as Error).message}` : error);
  process.exit(1);
});
