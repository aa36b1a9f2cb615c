// The server as `npm run sync-server` runs it, in a child process: killed with SIGKILL right after a client's change
// is acknowledged (well within Hocuspocus's store debounce), it comes back with that change.
import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectClient,
  holders,
  makeWorkspace,
  readAuditLog,
  spawnServer,
} from '../support/sync-server.mjs';

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startChild(workspace: ReturnType<typeof makeWorkspace>) {
  const started = spawnServer(workspace);
  cleanups.push(() => {
    if (started.child.exitCode === null && started.child.signalCode === null)
      started.child.kill('SIGKILL');
  });
  return started;
}

function client(url: string, documentName: string, token: string) {
  const connected = connectClient(url, documentName, token);
  cleanups.push(() => connected.close());
  return connected;
}

describe('sync server process', () => {
  it('keeps an acknowledged change through kill -9 and a restart on the same data folder', async () => {
    const workspace = makeWorkspace();
    cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }));
    const first = startChild(workspace);
    const { url } = await first.ready;

    const dana = client(url, 'run:crash', holders.dana.token);
    await dana.authenticated;
    dana.map.set('status', 'deploying');
    dana.map.set('approved-by', 'Dana');
    await dana.synced();
    first.child.kill('SIGKILL');
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
    dana.close();

    const second = startChild(workspace);
    const restarted = await second.ready;
    const sam = client(restarted.url, 'run:crash', holders.sam.token);
    await sam.authenticated;
    await new Promise<void>((resolve) => sam.provider.on('synced', () => resolve()));
    expect(sam.map.toJSON()).toEqual({ status: 'deploying', 'approved-by': 'Dana' });

    const changes = readAuditLog(workspace.auditLogFile).filter((line) => line.event === 'change');
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes)
      expect(change).toMatchObject({ name: 'Dana', document: 'run:crash', kind: 'update' });
  });

  it('does not start on a bad tokens file, and says which file and what is wrong', async () => {
    const workspace = makeWorkspace();
    cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }));
    writeFileSync(
      workspace.tokensFile,
      JSON.stringify([{ token: 'dana-0123456789abcdef', name: 'Dana', access: 'admin' }]),
    );
    const { ready, exited } = startChild(workspace);
    await expect(ready).rejects.toThrow();
    const { code, output } = (await exited) as { code: number; output: string };
    expect(code).toBe(1);
    expect(output).toContain(`Tokens file ${workspace.tokensFile}`);
    expect(output).toContain('entry 1 (Dana), "access"');
  });

  it('does not start without a tokens file', async () => {
    const workspace = makeWorkspace();
    cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }));
    rmSync(workspace.tokensFile);
    const { ready, exited } = startChild(workspace);
    await expect(ready).rejects.toThrow();
    const { code, output } = (await exited) as { code: number; output: string };
    expect(code).toBe(1);
    expect(output).toContain(`Tokens file ${workspace.tokensFile}: the file does not exist.`);
  });
});
