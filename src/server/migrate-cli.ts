/**
 * `npm run sync-migrate -- --from-dir .sync-data`: copies an embedded store (its LevelDB documents and its audit
 * file) into the PostgreSQL database of SYNC_DATABASE_URL, so that a team moves to several instances without losing
 * its history. Idempotent: a document already copied as it is now, or an audit line already copied, is skipped, so
 * it can run again (for example once more after the last server on the folder stopped).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { AUDIT_COLUMNS } from './postgres-audit.ts';
import { migrate } from './postgres-schema.ts';
import { openUpdateStore, StoreInUseError } from './update-store.ts';

class MigrateError extends Error {}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

function readArguments(args: readonly string[]) {
  const at = args.indexOf('--from-dir');
  const fromDir = at >= 0 ? args[at + 1] : undefined;
  if (!fromDir)
    throw new MigrateError(
      'Say which folder to copy: --from-dir <the SYNC_DATA_DIR of the server>.',
    );
  const databaseUrl = process.env.SYNC_DATABASE_URL?.trim();
  if (!databaseUrl)
    throw new MigrateError('SYNC_DATABASE_URL is not set: it names the database to copy into.');
  return { dir: resolve(fromDir), databaseUrl };
}

async function copyDocuments(pool: pg.Pool, dir: string) {
  const source = await openUpdateStore(join(dir, 'documents'));
  let copied = 0;
  let skipped = 0;
  try {
    for (const name of await source.names()) {
      const { updates } = await source.read(name);
      const hash = sha256(Buffer.concat(updates.map((update) => Buffer.from(update))));
      const known = await pool.query(
        'SELECT 1 FROM sync_imported_documents WHERE document = $1 AND state_hash = $2',
        [name, hash],
      );
      if (known.rowCount) {
        skipped += 1;
        continue;
      }
      const doc = new Y.Doc();
      for (const update of updates) Y.applyUpdate(doc, update);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO sync_updates (document, update) VALUES ($1, $2)', [
          name,
          Buffer.from(Y.encodeStateAsUpdate(doc)),
        ]);
        await client.query(
          `INSERT INTO sync_imported_documents (document, state_hash) VALUES ($1, $2)
           ON CONFLICT (document) DO UPDATE SET state_hash = $2, imported_at = now()`,
          [name, hash],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      doc.destroy();
      copied += 1;
    }
  } finally {
    await source.close();
  }
  return { copied, skipped };
}

async function copyAudit(pool: pg.Pool, file: string) {
  if (!existsSync(file)) return { copied: 0, skipped: 0 };
  let copied = 0;
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line);
    } catch {
      skipped += 1; // a torn last line
      continue;
    }
    const values = AUDIT_COLUMNS.map((column, index) => `$${index + 1}`).join(', ');
    const result = await pool.query(
      `INSERT INTO sync_audit (${AUDIT_COLUMNS.join(', ')}, imported_line)
       VALUES (${values}, $${AUDIT_COLUMNS.length + 1}) ON CONFLICT (imported_line) DO NOTHING`,
      [...AUDIT_COLUMNS.map((column) => entry[column] ?? null), sha256(line)],
    );
    if (result.rowCount) copied += 1;
    else skipped += 1;
  }
  return { copied, skipped };
}

async function main(): Promise<void> {
  const { dir, databaseUrl } = readArguments(process.argv.slice(2));
  if (!existsSync(join(dir, 'documents')))
    throw new MigrateError(`${dir} holds no documents folder: is it a SYNC_DATA_DIR?`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await migrate(pool);
    const documents = await copyDocuments(pool, dir);
    const audit = await copyAudit(
      pool,
      process.env.SYNC_AUDIT_LOG?.trim() || join(dir, 'audit.jsonl'),
    );
    console.log(
      `Copied ${documents.copied} document(s) (${documents.skipped} already copied as they are) and ` +
        `${audit.copied} audit event(s) (${audit.skipped} already there or unreadable) into PostgreSQL.`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof MigrateError || error instanceof StoreInUseError;
  console.error(known ? `sync-migrate: ${(error as Error).message}` : error);
  process.exit(1);
});
