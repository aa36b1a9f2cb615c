/**
 * Bench of several sync server instances against one embedded server, same machine, same run: 100 Node clients on
 * 10 documents, each client making 20 changes one after the other (each waits for its acknowledgement).
 * - embedded: one server process, LevelDB under its data folder;
 * - two instances: two processes over one PostgreSQL database and one Redis prefix (made for the run and removed
 *   after it), behind nginx with the README's load-balancer block; nginx puts each client on one of them.
 * Prints, for each: changes lost (must be 0), replicas identical, how long a change takes to be acknowledged and to
 * reach another client of the same document on the same instance and on the other one (p50/p95), the servers' RSS
 * and CPU time, and PostgreSQL rows written. The per-token rate limit is lifted for the run: this measures the
 * servers, not the limit (`npm run bench`'s load bench measures that). Bounded: it gives up after 120 s.
 *   node test/bench/sync-instances.mjs [clients] [documents] [changes]
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import { startLoadBalancer } from '../support/nginx.mjs';
import { processUsage } from '../support/process-usage.mjs';
import { createRedisPrefix, createTestDatabase, REDIS_URL } from '../support/shared-services.mjs';
import {
  connectClient,
  holders,
  makeWorkspace,
  spawnServer,
  waitFor,
} from '../support/sync-server.mjs';

const CLIENTS = Number(process.argv[2] ?? 100);
const DOCUMENTS = Number(process.argv[3] ?? 10);
const CHANGES = Number(process.argv[4] ?? 20);
const TIME_LIMIT_MS = 120_000;
const UNLIMITED = { SYNC_UPDATES_PER_SECOND: '100000', SYNC_UPDATE_BURST: '100000' };
const WRITERS = [holders.dana.token, holders.sam.token];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : NaN;
};
const ms = (values) =>
  values.length
    ? `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)} ms`
    : '–';

const cleanups = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
}
const giveUp = setTimeout(async () => {
  console.error(`instances bench: gave up after ${TIME_LIMIT_MS / 1000} s`);
  await cleanUp();
  process.exit(1);
}, TIME_LIMIT_MS);

/** Start the servers of one setup; returns where clients connect and which instance each connection is on. */
async function startSetup(name) {
  const workspace = makeWorkspace(`sync-instances-bench-${name}-`);
  cleanups.push(async () => rmSync(workspace.dir, { recursive: true, force: true }));
  if (name === 'embedded') {
    const server = spawnServer(workspace, UNLIMITED);
    cleanups.push(async () => {
      server.child.kill('SIGKILL');
      await server.exited;
    });
    const { url } = await server.ready;
    return { servers: [server], urls: [url] };
  }
  const database = await createTestDatabase();
  const redis = createRedisPrefix();
  cleanups.push(
    () => database.drop(),
    () => redis.clean(),
  );
  const env = {
    ...UNLIMITED,
    SYNC_DATABASE_URL: database.url,
    SYNC_REDIS_URL: REDIS_URL,
    SYNC_REDIS_PREFIX: redis.prefix,
  };
  const servers = [spawnServer(workspace, env), spawnServer(workspace, env)];
  cleanups.push(async () => {
    for (const server of servers) server.child.kill('SIGKILL');
    await Promise.all(servers.map((server) => server.exited));
  });
  const ports = (await Promise.all(servers.map((server) => server.ready))).map((each) => each.port);
  const balancer = await startLoadBalancer(ports);
  cleanups.push(() => balancer.stop());
  return { servers, urls: [balancer.url], database };
}

/**
 * Which instance a client is on, up to naming: nginx (one process) deals connections made one after the other
 * to the two instances in turn, so clients whose numbers have the same parity share an instance.
 */
const instanceOf = (index, setup) => (setup.servers.length === 1 ? 0 : index % 2);

async function run(name) {
  const setup = await startSetup(name);
  const before = setup.servers.map((server) => processUsage(server.child.pid));
  const clients = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    // Neighbours share a document, so each document has clients on both instances.
    const document = `run:bench-${Math.floor((index * DOCUMENTS) / CLIENTS)}`;
    // One after the other, so that the balancer's round robin alternates the instances.
    const client = connectClient(setup.urls[0], document, WRITERS[index % WRITERS.length]);
    clients.push({ index, document, client, instance: instanceOf(index, setup) });
    await client.synced();
  }
  cleanups.push(async () => clients.forEach(({ client }) => client.close()));

  // Each document has an observer on each instance (the first clients of that document).
  const seenAt = new Map();
  const observers = new Map();
  for (const entry of clients) {
    const key = `${entry.document}@${entry.instance}`;
    if (observers.has(key)) continue;
    observers.set(key, entry);
    entry.client.map.observe((event) => {
      const at = performance.now();
      for (const changed of event.keysChanged)
        seenAt.set(`${key}/${changed}=${entry.client.map.get(changed)}`, at);
    });
  }

  const acknowledged = [];
  const sentAt = new Map();
  await Promise.all(
    clients.map(async ({ index, client, document, instance }) => {
      for (let change = 0; change < CHANGES; change += 1) {
        const started = performance.now();
        sentAt.set(`${document}/${instance}/c${index}=${change}`, started);
        client.map.set(`c${index}`, change);
        await client.synced();
        acknowledged.push(performance.now() - started);
      }
    }),
  );

  // Every replica has every client's last change, and the replicas of a document are identical.
  const expected = (document) =>
    clients.filter((entry) => entry.document === document).map((entry) => `c${entry.index}`);
  await waitFor(
    () =>
      clients.every(({ client, document }) =>
        expected(document).every((key) => client.map.get(key) === CHANGES - 1),
      ),
    'every replica has every change',
    30_000,
  ).catch(() => undefined);
  let lost = 0;
  for (const { client, document } of clients)
    for (const key of expected(document)) if (client.map.get(key) !== CHANGES - 1) lost += 1;
  // Compared with sorted keys: replicas may list a map's keys in the order the changes reached them.
  const contents = (client) => JSON.stringify(Object.entries(client.map.toJSON()).sort());
  const identical = clients.every(
    ({ client, document }) =>
      contents(client) === contents(clients.find((entry) => entry.document === document).client),
  );

  const sameInstance = [];
  const otherInstance = [];
  for (const [sent, started] of sentAt) {
    const [document, instance, change] = sent.split('/');
    for (const key of observers.keys()) {
      if (!key.startsWith(`${document}@`)) continue;
      const observer = observers.get(key);
      const at = seenAt.get(`${key}/${change}`);
      if (at === undefined) continue;
      (observer.instance === Number(instance) ? sameInstance : otherInstance).push(at - started);
    }
  }

  const after = setup.servers.map((server) => processUsage(server.child.pid));
  let rows = '–';
  if (setup.database) {
    const db = new pg.Pool({ connectionString: setup.database.url });
    const count = async (table) => (await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count;
    rows = `${await count('sync_updates')} updates, ${await count('sync_audit')} audit`;
    await db.end();
  }
  await cleanUp();
  return {
    lost,
    identical,
    acknowledged,
    sameInstance,
    otherInstance,
    rss: after.map((usage) => usage.rssMiB.toFixed(0)).join(' + '),
    cpu: after
      .map((usage, index) => (usage.cpuSeconds - before[index].cpuSeconds).toFixed(2))
      .join(' + '),
    rows,
  };
}

let failed = false;
try {
  const embedded = await run('embedded');
  const fleet = await run('instances');
  const rows = [
    ['changes lost', embedded.lost, fleet.lost],
    ['replicas identical', embedded.identical ? 'yes' : 'no', fleet.identical ? 'yes' : 'no'],
    ['acknowledged, p50 / p95', ms(embedded.acknowledged), ms(fleet.acknowledged)],
    [
      'seen by a client on the same instance, p50 / p95',
      ms(embedded.sameInstance),
      ms(fleet.sameInstance),
    ],
    ['seen by a client on the other instance, p50 / p95', '–', ms(fleet.otherInstance)],
    ['server RSS after the run (MiB)', embedded.rss, fleet.rss],
    ['server CPU time during the run (s)', embedded.cpu, fleet.cpu],
    ['PostgreSQL rows written', '–', fleet.rows],
  ];
  console.log(
    `\n## Several instances (${CLIENTS} clients on ${DOCUMENTS} documents, ${CHANGES} changes each)\n`,
  );
  console.log('| | one embedded server | two instances behind nginx (PostgreSQL + Redis) |');
  console.log('| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  failed = embedded.lost > 0 || fleet.lost > 0 || !embedded.identical || !fleet.identical;
} catch (error) {
  failed = true;
  console.error(`instances bench failed: ${error instanceof Error ? error.message : error}`);
} finally {
  clearTimeout(giveUp);
  await cleanUp();
  process.exit(failed ? 1 : 0);
}
