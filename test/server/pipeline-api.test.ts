// The API for CI on the sync server's port, against the embedded store: every endpoint and error, a tick seen by a
// Node Hocuspocus client, the gate flipping when a client ticks the last item, and read-only tokens refused.
import { describe, expect, it } from 'vitest';
import { readItem, tickItem } from '../../src/lib/team/run-document.ts';
import { readWitness, witnessKey } from '../../src/lib/team/witness.ts';
import { readItemStates, readActions } from '../../src/lib/team/item-history.ts';
import { holders, readAuditLog, waitFor } from '../support/sync-server.mjs';
import { useSyncServer } from './server-harness.ts';

// A JSON answer, read loosely: each test checks the fields it is about.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const harness = useSyncServer();

const STAGING = 'deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off';
const PRODUCTION = 'deploy-to-production-automated-pipeline-preferred';

function api(base: string) {
  return async (
    method: string,
    path: string,
    { token = holders.dana.token, body }: { token?: string | null; body?: unknown } = {},
  ) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
    return { status: response.status, json: (await response.json()) as Json };
  };
}

async function startApi() {
  const server = await harness.start();
  return api(`http://127.0.0.1:${server.port}`);
}

describe('the API for CI', () => {
  it('creates a run once per version, lists it and reads it with the site’s checklists', async () => {
    const call = await startApi();
    const created = await call('POST', '/runs', { body: { version: '2.5.0', type: 'minor' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ version: '2.5.0', type: 'minor', complete: false });
    const again = await call('POST', '/runs', { body: { version: 'v2.5.0' } });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(created.json.id);

    const list = await call('GET', '/runs', { token: holders.olu.token });
    expect(list.status).toBe(200);
    expect(list.json.runs).toHaveLength(1);
    expect(list.json.runs[0]).toMatchObject({ id: created.json.id, version: '2.5.0' });
    expect(list.json.runs[0].progress.total).toBeGreaterThan(10);

    for (const ref of [created.json.id, '2.5.0', 'current']) {
      const read = await call('GET', `/runs/${ref}`, { token: holders.olu.token });
      expect(read.status).toBe(200);
      expect(read.json.checklists.map((c: { id: string }) => c.id)).toEqual([
        'pre-release',
        'deployment',
      ]);
      const deployment = read.json.checklists[1];
      expect(deployment.items.find((i: { id: string }) => i.id === STAGING)).toMatchObject({
        state: 'open',
        owners: ['qa-lead'],
      });
    }
  });

  it('answers 400 for a version that is not semver, a bad body, or N/A without a reason', async () => {
    const call = await startApi();
    expect((await call('POST', '/runs', { body: { version: 'next' } })).json.error).toBe(
      'invalid-version',
    );
    expect((await call('POST', '/runs', { body: '{' })).status).toBe(400);
    expect((await call('POST', '/runs', { body: { version: '1.0.0', type: 'huge' } })).status).toBe(
      400,
    );
    await call('POST', '/runs', { body: { version: '1.0.0' } });
    const na = await call('POST', `/runs/1.0.0/items/deployment/${STAGING}`, {
      body: { action: 'na' },
    });
    expect(na).toMatchObject({ status: 400, json: { error: 'reason-required' } });
  });

  it('answers 401 without a token or with an unknown one, 403 to a read-only write (nothing stored)', async () => {
    const call = await startApi();
    expect((await call('GET', '/runs', { token: null })).status).toBe(401);
    expect((await call('GET', '/runs', { token: 'not-a-token-0123456789' })).status).toBe(401);
    const refused = await call('POST', '/runs', {
      token: holders.olu.token,
      body: { version: '3.0.0' },
    });
    expect(refused).toMatchObject({ status: 403, json: { error: 'read-only' } });
    expect((await call('GET', '/runs')).json.runs).toEqual([]);
  });

  it('answers 404 listing what exists, and 413 for a body over 64 KB', async () => {
    const call = await startApi();
    expect((await call('GET', '/runs/current')).json.error).toBe('unknown-run');
    await call('POST', '/runs', { body: { version: '1.2.3' } });
    const run = await call('GET', '/runs/9.9.9');
    expect(run.status).toBe(404);
    expect(run.json.runs).toEqual([expect.objectContaining({ version: '1.2.3' })]);
    const checklist = await call('POST', '/runs/1.2.3/items/nope/x', { body: { action: 'done' } });
    expect(checklist.json).toMatchObject({ error: 'unknown-checklist' });
    expect(checklist.json.checklists).toContain('deployment');
    const item = await call('POST', '/runs/1.2.3/items/deployment/nope', {
      body: { action: 'done' },
    });
    expect(item.status).toBe(404);
    expect(item.json.items.map((i: { id: string }) => i.id)).toContain(STAGING);
    expect((await call('GET', '/runs/%E0%A4%A')).json.error).toBe('invalid-path');
    expect((await call('GET', '/nothing')).status).toBe(404);
    expect((await call('DELETE', '/runs')).status).toBe(405);
    const big = await call('POST', '/runs', {
      body: { version: '1.0.0', name: 'x'.repeat(70 * 1024) },
    });
    expect(big.status).toBe(413);
  });

  it('refuses to tick an item that waits for open work (409) unless forced, recorded like "Tick anyway"', async () => {
    const call = await startApi();
    await call('POST', '/runs', { body: { version: '2.0.0' } });
    const early = await call('POST', `/runs/2.0.0/items/deployment/${PRODUCTION}`, {
      body: { action: 'done' },
    });
    expect(early.status).toBe(409);
    expect(early.json.open).toContain('Deploy to staging and run smoke tests (QA Lead signs off)');
    const forced = await call('POST', `/runs/2.0.0/items/deployment/${PRODUCTION}`, {
      body: { action: 'done', force: true },
    });
    expect(forced.status).toBe(200);
    expect(forced.json).toMatchObject({ state: 'done', by: 'Dana (QA Lead)' });
    expect(forced.json.reason).toMatch(/^Ticked while open: Deploy to staging/);
  });

  it('writes a tick a Node client sees within 2 s, signed and witnessed as the token holder', async () => {
    const call = await startApi();
    const run = (await call('POST', '/runs', { body: { version: '2.5.0' } })).json;
    const watcher = harness.client(`run:${run.id}`, holders.sam.token);
    await watcher.authenticated;
    const started = Date.now();
    const ticked = await call('POST', `/runs/current/items/deployment/${STAGING}`, {
      body: { action: 'done', note: 'smoke tests green' },
    });
    expect(ticked).toMatchObject({
      status: 200,
      json: { state: 'done', note: 'smoke tests green' },
    });
    await waitFor(
      () => readItem(watcher.document, 'deployment', STAGING)?.status === 'done',
      'the API tick in the client',
      2000,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    const [action] = readActions(watcher.document);
    expect(action).toMatchObject({ action: 'done', by: 'Dana (QA Lead)', role: 'QA Lead' });
    await waitFor(
      () => readWitness(watcher.document, witnessKey('itemActions', action!.id)) !== undefined,
      'the server’s witness',
    );
    expect(readWitness(watcher.document, witnessKey('itemActions', action!.id))?.name).toBe('Dana');

    const audit = readAuditLog(harness.workspace().auditLogFile);
    expect(audit).toContainEqual(
      expect.objectContaining({
        event: 'api',
        kind: `POST /api/v1/runs/current/items/deployment/${STAGING}`,
        reason: '200',
        name: 'Dana',
        document: `run:${run.id}`,
      }),
    );
  });

  it('gates: 412 with what is open, 200 once a client ticks the last item', async () => {
    const call = await startApi();
    const run = (await call('POST', '/runs', { body: { version: '4.0.0' } })).json;
    const gatePath = `/runs/4.0.0/gate?require=deployment/${STAGING},deployment/${PRODUCTION}`;
    await call('POST', `/runs/4.0.0/items/deployment/${PRODUCTION}`, {
      body: { action: 'done', force: true },
    });
    const closed = await call('GET', gatePath, { token: holders.olu.token });
    expect(closed).toMatchObject({ status: 412, json: { ready: false } });
    expect(closed.json.open).toEqual([expect.objectContaining({ item: STAGING })]);

    const browser = harness.client(`run:${run.id}`, holders.sam.token);
    await browser.authenticated;
    await waitFor(() => readActions(browser.document).length > 0, 'the run document');
    tickItem(browser.document, 'deployment', STAGING, { at: new Date().toISOString(), by: 'Sam' });
    await browser.synced();
    const open = await call('GET', gatePath, { token: holders.olu.token });
    expect(open).toMatchObject({ status: 200, json: { ready: true } });
    expect((await call('GET', `/runs/4.0.0/gate?require=deployment/typo`)).status).toBe(404);
    expect(readItemStates(browser.document).get('deployment')?.[STAGING]?.by).toBe('Sam');
  });

  it('keeps changes made through the API after a restart', async () => {
    const call = await startApi();
    await call('POST', '/runs', { body: { version: '5.0.0' } });
    await call('POST', `/runs/5.0.0/items/deployment/${STAGING}`, { body: { action: 'done' } });
    await harness.stop();
    const again = api(`http://127.0.0.1:${(await harness.restart()).port}`);
    const read = await again('GET', '/runs/5.0.0');
    const staging = read.json.checklists[1].items.find((i: { id: string }) => i.id === STAGING);
    expect(staging).toMatchObject({ state: 'done', by: 'Dana (QA Lead)' });
  });
});
