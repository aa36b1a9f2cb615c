/**
 * `npm run sync-server`: starts the team's sync server from the environment (SYNC_HOST, SYNC_PORT,
 * SYNC_DATA_DIR, SYNC_TOKENS_FILE, SYNC_AUDIT_LOG, SYNC_DATABASE_URL, SYNC_REDIS_URL, SYNC_REDIS_PREFIX, SYNC_WEBHOOKS_FILE, the
 * identity provider's SYNC_OIDC_ISSUER, SYNC_OIDC_CLIENT_ID, SYNC_OIDC_GROUPS_CLAIM and SYNC_ACCESS_FILE, and the
 * limits of config.ts). The tokens file and the access rules are read again when they change and on SIGHUP: a
 * token is revoked by removing it from the file, without a restart.
 * Prints one line with the address it listens on (tests and scripts read the port from it when SYNC_PORT=0).
 */
import { loadAccessRulesFile, readOidcConfig } from './access-rules.ts';
import { ConfigError, loadTokensFile, readServerConfig } from './config.ts';
import { readServerLimits } from './limits.ts';
import { startTeamSyncServer } from './team-sync-server.ts';
import { loadWebhooksFile } from './webhooks-config.ts';
import { createTokenRegistry } from './token-registry.ts';
import { SchemaError } from './postgres-schema.ts';
import { StoreInUseError } from './update-store.ts';

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const limits = readServerLimits(process.env);
  const oidc = readOidcConfig(process.env);
  // Checked before anything opens, so that a wrong file stops the server with its message.
  if (oidc) loadAccessRulesFile(oidc.accessFile);
  const holders = config.tokensFile ? loadTokensFile(config.tokensFile) : [];
  const webhooks = config.webhooksFile ? loadWebhooksFile(config.webhooksFile) : [];
  const server = await startTeamSyncServer({
    ...config,
    limits,
    webhooks,
    tokens: createTokenRegistry(holders),
    ...(oidc ? { oidc } : {}),
  });
  console.log(
    `Team sync server listening on ${server.url} (port ${server.port}), data in ${
      // The database URL may hold a password: name the database only.
      config.databaseUrl
        ? `PostgreSQL (${new URL(config.databaseUrl).pathname.slice(1)})`
        : config.dataDir
    }${config.redisUrl ? ', sharing changes through Redis' : ''}${
      oidc ? `, people signing in with ${oidc.issuer}` : ''
    }`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  process.on('SIGHUP', () => server.reloadSettings());
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof StoreInUseError ||
    error instanceof SchemaError;
  console.error(known ? `Sync server not started: ${(error as Error).message}` : error);
  process.exit(1);
});
