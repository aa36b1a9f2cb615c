// Moving a team from the embedded store to PostgreSQL with `npm run sync-migrate`, and reading a document's trail
// with `npm run sync-audit`, from the database and from the file, as a postmortem would.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, missingServices } from '../support/shared-services.mjs';
import {
  connectClient,
  holders,
  makeWorkspace,
  repositoryRoot,
  spawnServer,
  waitFor,
} from '../support/sync-server.mjs';

// Without the services on this machine: skipped with one line saying how to run them (fails with CI=true).
const missing = await missingServices();

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/server/${script}`, ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, SYNC_DATABASE_URL: '', SYNC_AUDIT_LOG: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

async function serve(
  workspace: ReturnType<typeof makeWorkspace>,
  env: Record<string, string> = {},
) {
  const started = spawnServer(workspace, env);
  cleanups.push(() => {
    if (started.child.exitCode === null && started.child.signalCode === null)
      started.child.kill('SIGKILL');
  });
  return { ...started, ...(await started.ready) };
}

describe.skipIf(missing)('moving to PostgreSQL', () => {
  it('copies the documents and the audit once, and the trail reads the same from both', async () => {
    const workspace = makeWorkspace();
    cleanups.push(() => rmSync(workspace.dir, { recursive: true, force: true }));
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());

    const embedded = await serve(workspace);
    const dana = connectClient(embedded.url, 'incident:outage', holders.dana.token);
    cleanups.push(() => dana.close());
    await dana.authenticated;
    dana.map.set('rollback', 'done 10:02');
    await dana.synced();
    dana.close();
    embedded.child.kill('SIGTERM');
    await embedded.exited;

    const fromFile = run(
      'audit-cli.ts',
      ['--document', 'incident:outage', '--json', '--file', workspace.auditLogFile],
      {},
    );
    expect(fromFile.status).toBe(0);
    const fileRows = JSON.parse(fromFile.out);
    expect(fileRows.map((row: { event: string }) => row.event)).toEqual([
      'connect',
      'change',
      'disconnect',
    ]);
    expect(fileRows[1]).toMatchObject({ name: 'Dana', role: 'QA Lead', kind: 'update' });

    const env = { SYNC_DATABASE_URL: database.url };
    const first = run('migrate-cli.ts', ['--from-dir', workspace.dataDir], env);
    expect(first.err).toBe('');
    expect(first.out).toContain(
      'Copied 1 document(s) (0 already copied as they are) and 3 audit event(s)',
    );
    const again = run('migrate-cli.ts', ['--from-dir', workspace.dataDir], env);
    expect(again.out).toContain(
      'Copied 0 document(s) (1 already copied as they are) and 0 audit event(s) (3 already',
    );

    const fromDatabase = run('audit-cli.ts', ['--document', 'incident:outage', '--json'], env);
    expect(JSON.parse(fromDatabase.out)).toEqual(fileRows);
    const table = run('audit-cli.ts', ['--document', 'incident:outage', '--name', 'Dana'], env);
    expect(table.out).toMatch(/^time +event +name +role +access +document/);
    expect(table.out).toContain('change');

    const shared = await serve(makeWorkspace(), env);
    const sam = connectClient(shared.url, 'incident:outage', holders.sam.token);
    cleanups.push(() => sam.close());
    await waitFor(() => sam.map.get('rollback') === 'done 10:02', 'the copied document', 5000);
  });

  it('says what is missing instead of copying nothing', () => {
    expect(
      run('migrate-cli.ts', [], { SYNC_DATABASE_URL: 'postgres://127.0.0.1/x' }).err,
    ).toContain('--from-dir');
    expect(run('migrate-cli.ts', ['--from-dir', '/nonexistent'], {}).err).toContain(
      'SYNC_DATABASE_URL is not set',
    );
    expect(run('audit-cli.ts', ['--since', 'soon'], {}).err).toContain('--since must be a date');
  });
});
