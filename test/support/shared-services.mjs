/**
 * PostgreSQL and Redis for the tests of several sync server instances: each test gets a database of its own
 * (created with a random name, dropped afterwards) and a Redis key prefix of its own (its keys deleted
 * afterwards), so tests never see each other's data. A TCP relay in front of either lets a test cut it off
 * as an outage would. TEST_POSTGRES_URL and TEST_REDIS_URL point elsewhere than the local defaults.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import IORedis from 'ioredis';
import pg from 'pg';
import { makeWorkspace, spawnServer } from './sync-server.mjs';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether something accepts a TCP connection at the host and port of `url`, within a second. */
function answers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) });
    const done = (up) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * What the tests of several instances need and this machine lacks, as the one line that says how to run them, or
 * '' when PostgreSQL, Redis (and nginx, with `nginx`) are there. On someone's laptop the caller skips its tests
 * with that line; with CI=true it throws instead, so that CI can never pass these tests by skipping them.
 */
export async function missingServices({
  nginx = false,
  postgresUrl = POSTGRES_URL,
  redisUrl = REDIS_URL,
  nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx',
  ci = process.env.CI === 'true',
} = {}) {
  const missing = [];
  if (!(await answers(postgresUrl))) missing.push('PostgreSQL (TEST_POSTGRES_URL)');
  if (!(await answers(redisUrl))) missing.push('Redis (TEST_REDIS_URL)');
  if (nginx && !existsSync(nginxPath)) missing.push('nginx (NGINX_PATH)');
  if (missing.length === 0) return '';
  const line = `Skipped: no ${missing.join(', ')} here; start them on their standard local ports (or set the variables) to run these tests.`;
  if (ci) throw new Error(`CI=true and ${line.replace(/^Skipped: no/, 'no')}`);
  console.warn(line);
  return line;
}

/** A new, empty database; `drop()` closes its connections and removes it. */
export async function createTestDatabase() {
  const name = `octoacme_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    /** The same database reached through another host and port (a relay). */
    urlThrough(port) {
      const through = new URL(url);
      through.hostname = '127.0.0.1';
      through.port = String(port);
      return through.toString();
    },
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A Redis key prefix of this test's own; `clean()` deletes every key under it. */
export function createRedisPrefix() {
  const prefix = `octoacme-test-${randomBytes(6).toString('hex')}`;
  return {
    prefix,
    async clean() {
      const redis = new IORedis(REDIS_URL);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}

/**
 * A TCP relay on a free loopback port to `target` ("host:port"). `cut()` drops every connection and refuses new
 * ones, as a service that went down; `restore()` relays again.
 */
export async function startRelay(target) {
  const [host, port] = target.split(':');
  const sockets = new Set();
  let open = true;
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = createConnection({ host, port: Number(port) });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      open = true;
    },
    close() {
      this.cut();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Several sync server instances of a test's own: a data folder, a database and a Redis prefix; `instance()` starts
 * one more server over them (`dataDir`, `databaseUrl`, `redisUrl` and `env` change what it is given). What it makes
 * is undone through `cleanups`, which the test runs in reverse order after each test.
 * @param {(() => unknown)[]} cleanups
 */
export async function startFleet(cleanups, { prefix = 'fleet-' } = {}) {
  const workspace = makeWorkspace(prefix);
  cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }));
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const redis = createRedisPrefix();
  cleanups.push(() => redis.clean());
  return {
    workspace,
    database,
    redis,
    instance({
      dataDir = workspace.dataDir,
      databaseUrl = database.url,
      redisUrl = REDIS_URL,
      env = {},
    } = {}) {
      const started = spawnServer(
        { ...workspace, dataDir },
        {
          SYNC_DATABASE_URL: databaseUrl,
          SYNC_REDIS_URL: redisUrl,
          SYNC_REDIS_PREFIX: redis.prefix,
          ...env,
        },
      );
      cleanups.push(() => {
        if (started.child.exitCode === null && started.child.signalCode === null)
          started.child.kill('SIGKILL');
      });
      return started;
    },
  };
}
