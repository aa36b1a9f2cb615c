/**
 * Load bench of the team sync server: 20 Node clients × 50 changes each on one document, against the server
 * started as a child process on loopback. Checks that no change is lost and every replica is identical, and
 * reports the server's RSS and CPU time (from /proc/<pid>/stat, Linux). Bounded: it gives up after 60 s.
 *   node test/bench/sync-load.mjs [clients] [changes]
 */
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { processUsage } from '../support/process-usage.mjs';
import {
  connectClient,
  holders,
  makeWorkspace,
  spawnServer,
  waitFor,
} from '../support/sync-server.mjs';

const CLIENTS = Number(process.argv[2] ?? 20);
const CHANGES = Number(process.argv[3] ?? 50);
const TIME_LIMIT_MS = 60_000;
const DOCUMENT = 'run:bench';

const workspace = makeWorkspace('sync-bench-');
const server = spawnServer(workspace);
const giveUp = setTimeout(() => {
  console.error(`sync bench: gave up after ${TIME_LIMIT_MS / 1000} s`);
  server.child.kill('SIGKILL');
  rmSync(workspace.dir, { recursive: true, force: true });
  process.exit(1);
}, TIME_LIMIT_MS);

let clients = [];
let failed = false;
try {
  const { url } = await server.ready;
  const idle = processUsage(server.child.pid);
  const started = performance.now();
  const tokens = [holders.dana.token, holders.sam.token];
  clients = Array.from({ length: CLIENTS }, (_, index) =>
    connectClient(url, DOCUMENT, tokens[index % 2]),
  );
  await Promise.all(clients.map((client) => client.authenticated));
  const connectedAt = performance.now();

  // The clients write in turns, so changes from different clients interleave on the server.
  for (let change = 0; change < CHANGES; change += 1) {
    clients.forEach((client, index) => client.map.set(`c${index}-${change}`, change));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(clients.map((client) => client.synced(30_000)));
  const acknowledgedAt = performance.now();
  const expected = CLIENTS * CHANGES;
  await waitFor(
    () => clients.every((client) => client.map.size === expected),
    `${expected} fields on every replica`,
    30_000,
  );
  const convergedAt = performance.now();

  const first = clients[0];
  // Key order in a Y.Map follows local arrival, so replicas are compared as sorted entries and state vectors.
  const sorted = (entries) =>
    JSON.stringify([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const fingerprint = (doc) =>
    sorted(Y.decodeStateVector(Y.encodeStateVector(doc)).entries()) +
    sorted(Object.entries(doc.getMap('fields').toJSON()));
  const identical = clients.every(
    (client) => fingerprint(client.document) === fingerprint(first.document),
  );
  const missing = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    for (let change = 0; change < CHANGES; change += 1) {
      if (first.map.get(`c${index}-${change}`) !== change) missing.push(`c${index}-${change}`);
    }
  }
  const busy = processUsage(server.child.pid);
  failed = !identical || missing.length > 0;
  console.log(
    `sync bench: ${CLIENTS} clients × ${CHANGES} changes on one document (${expected} changes)`,
  );
  console.log(`  connect all clients      ${(connectedAt - started).toFixed(0)} ms`);
  console.log(
    `  all changes acknowledged ${(acknowledgedAt - connectedAt).toFixed(0)} ms (each stored before its acknowledgement)`,
  );
  console.log(`  every replica has all    ${(convergedAt - connectedAt).toFixed(0)} ms`);
  console.log(
    `  changes lost             ${missing.length}${missing.length ? ` (${missing.slice(0, 5).join(', ')}…)` : ''}`,
  );
  console.log(`  replicas identical       ${identical ? 'yes' : 'NO'}`);
  console.log(
    `  server RSS               ${idle.rssMiB.toFixed(1)} MiB idle, ${busy.rssMiB.toFixed(1)} MiB after the run`,
  );
  console.log(
    `  server CPU time          ${(busy.cpuSeconds - idle.cpuSeconds).toFixed(2)} s during the run`,
  );
} catch (error) {
  failed = true;
  console.error(`sync bench failed: ${error instanceof Error ? error.message : error}`);
} finally {
  for (const client of clients) client.close();
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  await server.exited;
  clearTimeout(giveUp);
  rmSync(workspace.dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
