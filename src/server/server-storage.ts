/**
 * Where the sync server keeps documents and the audit log, and how instances share live changes. By default: the
 * embedded LevelDB store and a JSON-lines file, one process. With a database URL: PostgreSQL for both (nothing
 * under the data folder), migrated at start. With a Redis URL: Hocuspocus's Redis extension, so that every instance
 * with the same URL and prefix sees the others' changes and presence, and one instance at a time stores a document.
 */
import { join } from 'node:path';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import IORedis from 'ioredis';
import pg from 'pg';
import { openAuditLog, type AuditLog } from './audit-log.ts';
import { postgresAuditLog } from './postgres-audit.ts';
import { migrate } from './postgres-schema.ts';
import { postgresUpdateStore } from './postgres-store.ts';
import { openUpdateStore, type UpdateStore } from './update-store.ts';

export interface StorageOptions {
  dataDir: string;
  auditLogFile: string;
  /** `postgres://…`: documents and audit in PostgreSQL. */
  databaseUrl?: string | undefined;
  /** `redis://…`: live changes shared with the other instances on the same Redis and prefix. */
  redisUrl?: string | undefined;
  redisPrefix?: string | undefined;
}

/** What a health check reports: only the parts configured. */
export interface Health {
  ok: boolean;
  database?: 'up' | 'down';
  redis?: 'up' | 'down';
}

export interface ServerStorage {
  store: UpdateStore;
  audit: AuditLog;
  extensions: Extension[];
  health(): Promise<Health>;
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);
}

const check = (probe: () => Promise<unknown>) =>
  within(probe(), HEALTH_TIMEOUT_MS).then(
    () => 'up' as const,
    () => 'down' as const,
  );

export async function openServerStorage(
  options: StorageOptions,
  warn: (message: string) => void,
): Promise<ServerStorage> {
  const pool = options.databaseUrl
    ? new pg.Pool({ connectionString: options.databaseUrl, max: 10 })
    : undefined;
  // An idle connection that the database drops is replaced on the next query; the error must not end the process.
  pool?.on('error', (error) => warn(`Database connection lost: ${error.message}`));
  if (pool)
    await migrate(pool).catch(async (error: unknown) => {
      await pool.end();
      throw error;
    });
  const store = pool
    ? postgresUpdateStore(pool)
    : await openUpdateStore(join(options.dataDir, 'documents'));
  const audit = pool ? postgresAuditLog(pool, warn) : openAuditLog(options.auditLogFile);

  const redisClients: IORedis[] = [];
  const redis = options.redisUrl
    ? new RedisExtension({
        prefix: options.redisPrefix ?? 'octoacme-sync',
        createClient: () => {
          const client = new IORedis(options.redisUrl!, { maxRetriesPerRequest: 1 });
          client.on('error', () => undefined); // reported by the health check; ioredis reconnects by itself
          redisClients.push(client);
          return client;
        },
      })
    : undefined;

  return {
    store,
    audit,
    extensions: redis ? [redis] : [],
    async health() {
      const [database, redisState] = await Promise.all([
        pool ? check(() => pool.query('SELECT 1')) : undefined,
        redis ? check(() => redisClients[0]!.ping()) : undefined,
      ]);
      return {
        ok: database !== 'down' && redisState !== 'down',
        ...(database ? { database } : {}),
        ...(redisState ? { redis: redisState } : {}),
      };
    },
    async close() {
      await store.close();
      await audit.close();
      await pool?.end();
      for (const client of redisClients) client.disconnect();
    },
  };
}
