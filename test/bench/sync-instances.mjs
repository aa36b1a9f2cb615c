/**
 * Bench of several sync server instances: two processes over one PostgreSQL database and one Redis prefix (made for
 * the run and removed after it). One client writes on the first instance, another reads on the second: how long a
 * change takes to be acknowledged (stored in PostgreSQL first) and to reach the other instance's client, as
 * medians and 95th percentiles over sequential changes. Bounded: it gives up after 60 s.
 *   node test/bench/sync-instances.mjs [changes]
 */
import { rmSync } from 'node:fs';
import { createRedisPrefix, createTestDatabase, REDIS_URL } from '../support/shared-services.mjs';
import {
  connectClient,
  holders,
  makeWorkspace,
  spawnServer,
  waitFor,
} from '../support/sync-server.mjs';

const CHANGES = Number(process.argv[2] ?? 50);
const TIME_LIMIT_MS = 60_000;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const workspace = makeWorkspace('sync-instances-bench-');
const database = await createTestDatabase();
const redis = createRedisPrefix();
const env = {
  SYNC_DATABASE_URL: database.url,
  SYNC_REDIS_URL: REDIS_URL,
  SYNC_REDIS_PREFIX: redis.prefix,
};
const instances = [spawnServer(workspace, env), spawnServer(workspace, env)];
const clients = [];
let failed = false;

async function cleanUp() {
  for (const client of clients) client.close();
  for (const instance of instances) instance.child.kill('SIGKILL');
  await Promise.all(instances.map((instance) => instance.exited));
  await database.drop();
  await redis.clean();
  rmSync(workspace.dir, { recursive: true, force: true });
}

const giveUp = setTimeout(async () => {
  console.error(`instances bench: gave up after ${TIME_LIMIT_MS / 1000} s`);
  await cleanUp();
  process.exit(1);
}, TIME_LIMIT_MS);

try {
  const [first, second] = await Promise.all(instances.map((instance) => instance.ready));
  const writer = connectClient(first.url, 'run:bench', holders.dana.token);
  const reader = connectClient(second.url, 'run:bench', holders.sam.token);
  clients.push(writer, reader);
  await Promise.all([writer.synced(), reader.synced()]);

  const acknowledged = [];
  const crossed = [];
  for (let change = 0; change < CHANGES; change += 1) {
    const started = performance.now();
    writer.map.set('tick', change);
    const seen = waitFor(() => reader.map.get('tick') === change, `change ${change}`, 5000).then(
      () => crossed.push(performance.now() - started),
    );
    await writer.synced();
    acknowledged.push(performance.now() - started);
    await seen;
  }
  const row = (label, values) =>
    `| ${label} | ${percentile(values, 50).toFixed(1)} ms | ${percentile(values, 95).toFixed(1)} ms |`;
  console.log(`\n## Several instances (PostgreSQL + Redis, ${CHANGES} changes)\n`);
  console.log('| | p50 | p95 |');
  console.log('| --- | --- | --- |');
  console.log(row('acknowledged by instance 1 (committed in PostgreSQL)', acknowledged));
  console.log(row('seen by a client of instance 2', crossed));
} catch (error) {
  failed = true;
  console.error(`instances bench failed: ${error instanceof Error ? error.message : error}`);
} finally {
  clearTimeout(giveUp);
  await cleanUp();
  process.exit(failed ? 1 : 0);
}
