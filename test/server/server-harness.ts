/**
 * Starts the sync server in this process on a free loopback port for one test file, with the settings a test
 * gives, and stops it (and every client the test opened) after each test.
 */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { loadTokensFile } from '../../src/server/config.ts';
import type { ServerLimits } from '../../src/server/limits.ts';
import {
  startTeamSyncServer,
  type RunningTeamSyncServer,
} from '../../src/server/team-sync-server.ts';
import { createTokenRegistry } from '../../src/server/token-registry.ts';
import { connectClient, makeWorkspace } from '../support/sync-server.mjs';
import { openRawClient, type RawClient } from './raw-client.ts';

export function useSyncServer() {
  let workspace: ReturnType<typeof makeWorkspace>;
  let server: RunningTeamSyncServer | undefined;
  const closers: (() => void)[] = [];
  let lastLimits: Partial<ServerLimits> = {};

  beforeEach(() => {
    workspace = makeWorkspace();
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) close();
    await server?.stop();
    server = undefined;
    rmSync(workspace.dir, { recursive: true, force: true });
  });

  return {
    workspace: () => workspace,
    async start(limits: Partial<ServerLimits> = {}) {
      lastLimits = limits;
      server = await startTeamSyncServer({
        host: '127.0.0.1',
        port: 0,
        dataDir: workspace.dataDir,
        auditLogFile: workspace.auditLogFile,
        tokens: createTokenRegistry(loadTokensFile(workspace.tokensFile)),
        limits,
      });
      return server;
    },
    /** Starts the server again on the same data folder, with the same settings. */
    restart() {
      return this.start(lastLimits);
    },
    /** Stops the server now (the audit log is complete once this resolves). */
    async stop() {
      for (const close of closers.splice(0)) close();
      await server?.stop();
      server = undefined;
    },
    client(documentName: string, token: string) {
      const connected = connectClient(server!.url, documentName, token);
      closers.push(() => connected.close());
      return connected;
    },
    async raw(): Promise<RawClient> {
      const client = await openRawClient(server!.url);
      closers.push(() => client.close());
      return client;
    },
  };
}
