// Two sync server processes sharing one PostgreSQL database and one Redis prefix, as two instances behind a load
// balancer: live changes cross between them, an instance killed with SIGKILL loses no acknowledged change, and each
// answers /healthz for the load balancer, 503 while a part it needs is down.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { missingServices, REDIS_URL, startFleet, startRelay } from '../support/shared-services.mjs';
import {
  connectClient,
  holders,
  makeWorkspace,
  spawnServer,
  waitFor,
} from '../support/sync-server.mjs';
import { openRawClient, statusOf } from './raw-client.ts';

// Without the services on this machine: skipped with one line saying how to run them (fails with CI=true).
const missing = await missingServices();

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sharedSetup = () => startFleet(cleanups);
const startInstance = (
  setup: Awaited<ReturnType<typeof startFleet>>,
  options?: { databaseUrl?: string; redisUrl?: string },
) => setup.instance(options);

function client(url: string, documentName: string, token: string, reconnect = false) {
  const connected = connectClient(url, documentName, token, { reconnect });
  cleanups.push(() => connected.close());
  return connected;
}

const health = async (port: number) => {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: await response.json() };
};

describe.skipIf(missing)('several sync server instances', () => {
  it('share live changes through Redis and keep them in PostgreSQL, nothing under the data folder', async () => {
    const setup = await sharedSetup();
    const [one, two] = [startInstance(setup), startInstance(setup)];
    const [first, second] = await Promise.all([one.ready, two.ready]);

    const dana = client(first.url, 'run:shared', holders.dana.token);
    const sam = client(second.url, 'run:shared', holders.sam.token);
    await Promise.all([dana.authenticated, sam.authenticated]);
    await sam.synced();

    const sent = Date.now();
    dana.map.set('deploy-to-staging', 'done by Dana');
    await waitFor(
      () => sam.map.get('deploy-to-staging') === 'done by Dana',
      'the change on the other instance',
      1000,
    );
    expect(Date.now() - sent).toBeLessThan(1000);
    sam.map.set('smoke-tests', 'done by Sam');
    await waitFor(() => dana.map.get('smoke-tests') === 'done by Sam', 'the change back', 1000);
    await Promise.all([dana.synced(), sam.synced()]);

    const db = new pg.Pool({ connectionString: setup.database.url });
    cleanups.push(() => db.end());
    const stored = await db.query(
      "SELECT count(*)::int AS n FROM sync_updates WHERE document = 'run:shared'",
    );
    expect(stored.rows[0].n).toBeGreaterThan(0);
    // The audit is written beside sync, not before the acknowledgement: read until its rows are there.
    const auditNames = async () =>
      new Set(
        (
          await db.query(
            "SELECT name FROM sync_audit WHERE document = 'run:shared' AND event = 'change'",
          )
        ).rows.map((row) => row.name),
      );
    await expect.poll(auditNames).toEqual(new Set(['Dana', 'Sam']));
    expect(existsSync(join(setup.workspace.dataDir, 'documents'))).toBe(false);
    expect(existsSync(setup.workspace.auditLogFile)).toBe(false);
  });

  it('loses no acknowledged change when an instance is killed: its client goes on through another', async () => {
    const setup = await sharedSetup();
    const [one, two] = [startInstance(setup), startInstance(setup)];
    const [first, second] = await Promise.all([one.ready, two.ready]);

    const dana = client(first.url, 'incident:outage', holders.dana.token);
    const sam = client(second.url, 'incident:outage', holders.sam.token);
    await Promise.all([dana.authenticated, sam.authenticated]);
    dana.map.set('rollback', 'started 10:02');
    await dana.synced();
    one.child.kill('SIGKILL');
    expect(await one.exited).toMatchObject({ signal: 'SIGKILL' });

    // Dana's page reconnects through the load balancer to the surviving instance with its copy of the document
    // (a page keeps one) and what it did meanwhile.
    dana.close();
    dana.map.set('customers-notified', 'yes');
    const again = client(second.url, 'incident:outage', holders.dana.token);
    Y.applyUpdate(again.document, Y.encodeStateAsUpdate(dana.document));
    await again.authenticated;
    await waitFor(
      () => sam.map.get('customers-notified') === 'yes',
      'the change through the survivor',
      2000,
    );
    expect(sam.map.get('rollback')).toBe('started 10:02');

    // A new instance on the same database, after both are gone, has everything acknowledged.
    await again.synced();
    two.child.kill('SIGKILL');
    await two.exited;
    const three = startInstance(setup);
    const third = await three.ready;
    const late = client(third.url, 'incident:outage', holders.sam.token);
    await late.authenticated;
    await waitFor(() => late.map.get('customers-notified') === 'yes', 'the stored changes', 3000);
    expect(late.map.toJSON()).toEqual({ rollback: 'started 10:02', 'customers-notified': 'yes' });
  });

  it('refuses a read-only client’s write on its instance: nothing of it reaches the other instance or PostgreSQL', async () => {
    const setup = await sharedSetup();
    const [one, two] = [startInstance(setup), startInstance(setup)];
    const [first, second] = await Promise.all([one.ready, two.ready]);
    const dana = client(first.url, 'incident:read-only', holders.dana.token);
    await dana.authenticated;
    dana.map.set('status', 'rolling back');
    await dana.synced();

    // Olu's token is read-only; the update goes raw over the socket, past any guard a page has.
    const olu = await openRawClient(second.url);
    cleanups.push(() => olu.close());
    expect(await olu.authenticate('incident:read-only', holders.olu.token)).toBe('readonly');
    const forged = new Y.Doc();
    forged.getMap('fields').set('status', 'resolved');
    olu.sendUpdate('incident:read-only', Y.encodeStateAsUpdate(forged));
    expect(await statusOf(olu, 'incident:read-only')).toBe(false);

    // Dana's next change crosses to the other instance, after where Olu's would have.
    const sam = client(second.url, 'incident:read-only', holders.sam.token);
    await sam.synced();
    dana.map.set('next', 'after the refusal');
    await waitFor(() => sam.map.get('next') === 'after the refusal', 'Dana’s next change', 10_000);
    expect(sam.map.get('status')).toBe('rolling back');
    expect(dana.map.get('status')).toBe('rolling back');

    const db = new pg.Pool({ connectionString: setup.database.url });
    cleanups.push(() => db.end());
    const olus = async () =>
      (await db.query("SELECT event, reason FROM sync_audit WHERE name = 'Olu'")).rows;
    await expect.poll(olus).toContainEqual({ event: 'refused', reason: 'read-only' });
    expect((await olus()).filter((row) => row.event === 'change')).toEqual([]);
    // What PostgreSQL holds of the document, merged: Dana's two changes, not Olu's.
    const updates = await db.query(
      "SELECT update FROM sync_updates WHERE document = 'incident:read-only' ORDER BY id",
    );
    const stored = new Y.Doc();
    for (const row of updates.rows) Y.applyUpdate(stored, row.update);
    expect(stored.getMap('fields').toJSON()).toEqual({
      status: 'rolling back',
      next: 'after the refusal',
    });
  });

  it('answers /healthz with each configured part, 503 while one is down, and refuses writes it cannot store', async () => {
    const setup = await sharedSetup();
    const postgres = await startRelay('127.0.0.1:5432');
    const redis = await startRelay(new URL(REDIS_URL).host);
    cleanups.push(() => postgres.close());
    cleanups.push(() => redis.close());
    const instance = startInstance(setup, {
      databaseUrl: setup.database.urlThrough(postgres.port),
      redisUrl: `redis://127.0.0.1:${redis.port}`,
    });
    const { port, url } = await instance.ready;
    expect(await health(port)).toEqual({
      status: 200,
      body: { ok: true, database: 'up', redis: 'up' },
    });

    redis.cut();
    expect(await health(port)).toEqual({
      status: 503,
      body: { ok: false, database: 'up', redis: 'down' },
    });
    redis.restore();
    await expect
      .poll(async () => (await health(port)).status, { timeout: 10_000, interval: 200 })
      .toBe(200);

    const dana = client(url, 'run:health', holders.dana.token, true);
    await dana.synced();
    postgres.cut();
    expect(await health(port)).toEqual({
      status: 503,
      body: { ok: false, database: 'down', redis: 'up' },
    });
    dana.map.set('while-down', 'kept in the page');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(dana.provider.unsyncedChanges).toBeGreaterThan(0);

    postgres.restore();
    // Dana's page reconnects and sends it again; once stored, others see it.
    const sam = client(url, 'run:health', holders.sam.token);
    await waitFor(
      () => sam.map.get('while-down') === 'kept in the page',
      'the change, once stored',
      10_000,
    );
    const db = new pg.Pool({ connectionString: setup.database.url });
    cleanups.push(() => db.end());
    const stored = await db.query(
      "SELECT count(*)::int AS n FROM sync_updates WHERE document = 'run:health'",
    );
    expect(stored.rows[0].n).toBeGreaterThan(0);
  });

  it('stays the embedded store without the two settings', async () => {
    const workspace = makeWorkspace();
    cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }));
    const started = spawnServer(workspace);
    cleanups.push(() => void started.child.kill('SIGKILL'));
    const { port } = await started.ready;
    expect(await health(port)).toEqual({ status: 200, body: { ok: true } });
    expect(existsSync(join(workspace.dataDir, 'documents'))).toBe(true);
  });
});
