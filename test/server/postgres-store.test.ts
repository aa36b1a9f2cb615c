// The PostgreSQL store and audit of the sync server, against a real PostgreSQL, in a database of this test's own.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAuditLog } from '../../src/server/postgres-audit.ts';
import { migrate, MIGRATIONS, SchemaError } from '../../src/server/postgres-schema.ts';
import { postgresUpdateStore } from '../../src/server/postgres-store.ts';
import { createTestDatabase, missingServices } from '../support/shared-services.mjs';

// Without the services on this machine: skipped with one line saying how to run them (fails with CI=true).
const missing = await missingServices();

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  if (missing) return;
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url });
});

afterAll(async () => {
  if (missing) return;
  await pool.end();
  await database.drop();
});

const bytes = (...values: number[]) => new Uint8Array(values);

describe.skipIf(missing)('the schema', () => {
  it('is applied once, even by two instances starting together', async () => {
    const [first, second] = await Promise.all([migrate(pool), migrate(pool)]);
    expect([...first, ...second]).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(await migrate(pool)).toEqual([]);
  });

  it('stops a server on a schema newer than it knows', async () => {
    const newer = MIGRATIONS.length + 1;
    await pool.query('INSERT INTO sync_schema_version (version) VALUES ($1)', [newer]);
    await expect(migrate(pool)).rejects.toThrow(SchemaError);
    await expect(migrate(pool)).rejects.toThrow(`schema is version ${newer}`);
    await pool.query('DELETE FROM sync_schema_version WHERE version = $1', [newer]);
  });
});

describe.skipIf(missing)('the PostgreSQL update store', () => {
  it('appends updates committed before it resolves, in order, and reads them per document', async () => {
    const store = postgresUpdateStore(pool);
    await Promise.all([
      store.append('run:a', bytes(1)),
      store.append('run:a', bytes(2)),
      store.append('run:b', bytes(9)),
    ]);
    const seen = new pg.Pool({ connectionString: database.url });
    const { rows } = await seen.query(
      "SELECT count(*)::int AS n FROM sync_updates WHERE document = 'run:a'",
    );
    await seen.end();
    expect(rows[0].n).toBe(2);
    const read = await store.read('run:a');
    expect(read.updates).toEqual([bytes(1), bytes(2)]);
    expect((await store.read('run:b')).updates).toEqual([bytes(9)]);
    expect((await store.read('run:none')).keys).toEqual([]);
  });

  it('replaces the updates it read by their merged state, keeping one written meanwhile', async () => {
    const store = postgresUpdateStore(pool);
    const read = await store.read('run:a');
    await store.append('run:a', bytes(3)); // another instance's update, after the read
    await store.replace('run:a', bytes(7), read.keys);
    expect((await store.read('run:a')).updates).toEqual([bytes(3), bytes(7)]);
  });

  it('rejects an append when the database cannot take it, so the server does not acknowledge it', async () => {
    const closed = new pg.Pool({ connectionString: database.url });
    await closed.end();
    await expect(postgresUpdateStore(closed).append('run:a', bytes(1))).rejects.toThrow();
  });
});

describe.skipIf(missing)('the PostgreSQL audit log', () => {
  it('keeps every event as a row with the same fields as the file, and never a token', async () => {
    const warnings: string[] = [];
    const audit = postgresAuditLog(pool, (message) => warnings.push(message));
    audit.write({
      event: 'connect',
      name: 'Dana',
      role: 'QA Lead',
      access: 'read-write',
      document: 'incident:x',
    });
    audit.write({
      event: 'change',
      kind: 'update',
      bytes: 42,
      name: 'Dana',
      document: 'incident:x',
    });
    audit.write({
      event: 'refused',
      reason: 'unknown-token',
      document: 'run:y',
      address: '127.0.0.1',
    });
    await audit.close();
    audit.write({ event: 'connect', name: 'After close' });
    const { rows } = await pool.query(
      'SELECT event, name, role, access, document, kind, reason, bytes, address FROM sync_audit ORDER BY id',
    );
    expect(rows).toEqual([
      {
        event: 'connect',
        name: 'Dana',
        role: 'QA Lead',
        access: 'read-write',
        document: 'incident:x',
        kind: null,
        reason: null,
        bytes: null,
        address: null,
      },
      {
        event: 'change',
        name: 'Dana',
        role: null,
        access: null,
        document: 'incident:x',
        kind: 'update',
        reason: null,
        bytes: 42,
        address: null,
      },
      {
        event: 'refused',
        name: null,
        role: null,
        access: null,
        document: 'run:y',
        kind: null,
        reason: 'unknown-token',
        bytes: null,
        address: '127.0.0.1',
      },
    ]);
    expect(warnings).toEqual([]);
  });
});
