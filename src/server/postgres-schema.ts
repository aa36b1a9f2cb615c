/**
 * The sync server's tables in PostgreSQL, as numbered migrations. At start every instance applies the ones the
 * database lacks, in order, in one transaction under an advisory lock (two instances starting together apply them
 * once), and refuses to start on a database whose schema is newer than any it knows: an older server would
 * otherwise write rows a newer one does not expect.
 */
import type { Pool, PoolClient } from 'pg';

interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE sync_updates (
        id bigserial PRIMARY KEY,
        document text NOT NULL,
        update bytea NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sync_updates_by_document ON sync_updates (document, id);
      CREATE TABLE sync_audit (
        id bigserial PRIMARY KEY,
        time timestamptz NOT NULL,
        event text NOT NULL,
        name text,
        role text,
        access text,
        document text,
        kind text,
        reason text,
        bytes integer,
        address text,
        -- Refusals before authentication are written once a minute per address and reason, with how many.
        count integer,
        aggregated text,
        -- Set for lines copied from an audit file, so that copying the same file twice adds nothing.
        imported_line text UNIQUE
      );
      CREATE INDEX sync_audit_by_document ON sync_audit (document, time);
      CREATE INDEX sync_audit_by_time ON sync_audit (time);
      -- Documents copied from an embedded store, by the hash of what was copied.
      CREATE TABLE sync_imported_documents (
        document text PRIMARY KEY,
        state_hash text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

export class SchemaError extends Error {}

/** An arbitrary constant: the advisory lock every instance takes while it migrates. */
const MIGRATION_LOCK = 7_214_203;

async function appliedVersion(client: PoolClient): Promise<number> {
  await client.query(
    'CREATE TABLE IF NOT EXISTS sync_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const { rows } = await client.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM sync_schema_version',
  );
  return rows[0]?.version ?? 0;
}

/** Applies the migrations the database lacks; returns the versions applied now. */
export async function migrate(
  pool: Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const current = await appliedVersion(client);
    const known = Math.max(0, ...migrations.map((migration) => migration.version));
    if (current > known)
      throw new SchemaError(
        `The database's schema is version ${current}; this server knows versions up to ${known}. Start a newer server.`,
      );
    const applied: number[] = [];
    for (const migration of migrations.filter((m) => m.version > current)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO sync_schema_version (version) VALUES ($1)', [
        migration.version,
      ]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
