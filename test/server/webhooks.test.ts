// Webhooks out, against a receiver on 127.0.0.1: the right events from the shared documents (through the API and
// from a Node client), valid signatures, one delivery per event, retries after a 500, and sync that stays live
// while the receiver does not answer.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tickItem } from '../../src/lib/team/run-document.ts';
import { putIncidentSummary } from '../../src/lib/team/team-list.ts';
import { loadTokensFile } from '../../src/server/config.ts';
import {
  startTeamSyncServer,
  type RunningTeamSyncServer,
} from '../../src/server/team-sync-server.ts';
import { createTokenRegistry } from '../../src/server/token-registry.ts';
import type { Webhook } from '../../src/server/webhooks-config.ts';
import {
  connectClient,
  holders,
  makeWorkspace,
  readAuditLog,
  waitFor,
} from '../support/sync-server.mjs';

const SECRET = 'receiver-secret-0123456789';
const STAGING = 'deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const cleanups: (() => unknown)[] = [];
let workspace: ReturnType<typeof makeWorkspace>;

beforeEach(() => {
  workspace = makeWorkspace();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(workspace.dir, { recursive: true, force: true });
});

/** A webhook receiver; `answer` decides each response (it may also never answer). */
async function startReceiver(
  answer: (request: Received, response: ServerResponse) => void = (_, response) =>
    response.end('ok'),
) {
  const received: Received[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const got = {
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      };
      received.push(got);
      answer(got, response);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    receiver.closeAllConnections();
    return new Promise((resolve) => receiver.close(resolve));
  });
  const { port } = receiver.address() as { port: number };
  return { received, url: (path: string) => `http://127.0.0.1:${port}${path}` };
}

async function startServer(webhooks: Webhook[]) {
  const server: RunningTeamSyncServer = await startTeamSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: workspace.dataDir,
    auditLogFile: workspace.auditLogFile,
    tokens: createTokenRegistry(loadTokensFile(workspace.tokensFile)),
    webhooks,
    webhookTiming: { retryDelaysMs: [50, 100], timeoutMs: 5_000 },
  });
  cleanups.push(() => server.stop());
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${holders.dana.token}` },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await response.json()) as { id: string };
  };
  return { server, call };
}

function client(url: string, documentName: string) {
  const connected = connectClient(url, documentName, holders.sam.token);
  cleanups.push(() => connected.close());
  return connected;
}

const signed = ({ headers, body }: Received) =>
  headers['x-octoacme-signature'] ===
  `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

const ALL_EVENTS: Webhook['events'] = [
  'run.created',
  'run.item.changed',
  'run.completed',
  'incident.started',
  'incident.customer-impact',
  'incident.resolved',
];

describe('webhooks', () => {
  it('posts the events of the shared documents, signed, once each, as JSON and as chat text', async () => {
    const receiver = await startReceiver();
    const { server, call } = await startServer([
      { url: receiver.url('/json'), events: ALL_EVENTS, secret: SECRET, format: 'json' },
      {
        url: receiver.url('/slack'),
        events: ['run.item.changed'],
        secret: SECRET,
        format: 'slack',
      },
    ]);
    const run = await call('POST', '/runs', { version: '2.5.0' });
    await call('POST', '/runs', { version: '2.5.0' }); // a retried step: no second event
    await call('POST', `/runs/2.5.0/items/deployment/${STAGING}`, { action: 'done' });

    const team = client(server.url, 'team');
    await team.authenticated;
    await team.synced();
    putIncidentSummary(team.document, {
      id: 'inc-1',
      title: 'Checkout errors',
      startedAt: new Date().toISOString(),
      customerImpact: false,
    });
    await team.synced();
    putIncidentSummary(team.document, {
      id: 'inc-1',
      title: 'Checkout errors',
      startedAt: new Date().toISOString(),
      customerImpact: true,
    });
    await team.synced();

    await waitFor(() => receiver.received.length >= 5, 'five deliveries');
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more comes
    expect(receiver.received.every(signed)).toBe(true);
    const json = receiver.received.filter(({ path }) => path === '/json');
    expect(json.map(({ headers }) => headers['x-octoacme-event'])).toEqual([
      'run.created',
      'run.item.changed',
      'incident.started',
      'incident.customer-impact',
    ]);
    const ids = json.map(({ headers }) => headers['x-octoacme-event-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.parse(json[1]!.body)).toMatchObject({
      type: 'run.item.changed',
      run: { id: run.id, version: '2.5.0' },
      item: { checklist: 'deployment', id: STAGING, action: 'done', by: 'Dana (QA Lead)' },
    });
    const [slack] = receiver.received.filter(({ path }) => path === '/slack');
    expect(JSON.parse(slack!.body)).toEqual({
      text: '2.5.0 · Deploy to staging and run smoke tests (QA Lead signs off): done by Dana (QA Lead)',
    });
    expect(readAuditLog(workspace.auditLogFile)).toContainEqual(
      expect.objectContaining({ event: 'webhook', kind: 'run.item.changed' }),
    );
  });

  it('posts run.completed once, when the last open item of a run is ticked', async () => {
    const receiver = await startReceiver();
    const { call } = await startServer([
      { url: receiver.url('/done'), events: ['run.completed'], secret: SECRET, format: 'slack' },
    ]);
    await call('POST', '/runs', { version: '6.0.0', customerFacing: false });
    const detail = (await call('GET', '/runs/6.0.0')) as unknown as {
      checklists: { id: string; items: { id: string; state: string }[] }[];
    };
    for (const checklist of detail.checklists)
      for (const item of checklist.items.filter(({ state }) => state === 'open'))
        await call('POST', `/runs/6.0.0/items/${checklist.id}/${item.id}`, { action: 'done' });
    await waitFor(() => receiver.received.length === 1, 'the completion');
    expect(JSON.parse(receiver.received[0]!.body)).toEqual({
      text: '6.0.0 · every checklist is complete',
    });
    await call('POST', `/runs/6.0.0/items/deployment/${STAGING}`, { action: 'done' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
  });

  it('tries again after a 500, and logs each try', async () => {
    let answered = 0;
    const receiver = await startReceiver((_, response) => {
      answered += 1;
      response.statusCode = answered === 1 ? 500 : 200;
      response.end();
    });
    const { call } = await startServer([
      { url: receiver.url('/hook'), events: ['run.created'], secret: SECRET, format: 'json' },
    ]);
    await call('POST', '/runs', { version: '1.0.0' });
    await waitFor(() => receiver.received.length === 2, 'a second try');
    const [first, second] = receiver.received;
    expect(second!.headers['x-octoacme-event-id']).toBe(first!.headers['x-octoacme-event-id']);
    await waitFor(
      () =>
        readAuditLog(workspace.auditLogFile).some((line: { reason?: string }) =>
          line.reason?.includes('delivered (200), try 2'),
        ),
      'the delivery in the audit log',
    );
    expect(
      readAuditLog(workspace.auditLogFile).some((line: { reason?: string }) =>
        line.reason?.includes('try 1 failed (answered 500)'),
      ),
    ).toBe(true);
  });

  it('keeps sync live while the receiver does not answer', async () => {
    const receiver = await startReceiver(() => {}); // never answers
    const { server, call } = await startServer([
      { url: receiver.url('/hang'), events: ALL_EVENTS, secret: SECRET, format: 'slack' },
    ]);
    const run = await call('POST', '/runs', { version: '3.0.0' });
    await waitFor(() => receiver.received.length === 1, 'the hanging delivery');
    const dana = client(server.url, `run:${run.id}`);
    const sam = client(server.url, `run:${run.id}`);
    await Promise.all([dana.authenticated, sam.authenticated]);
    const sent = Date.now();
    tickItem(dana.document, 'deployment', STAGING, { at: new Date().toISOString(), by: 'Dana' });
    await waitFor(
      () => sam.document.getArray('itemActions').length === 1,
      'the tick in the other client',
      2000,
    );
    expect(Date.now() - sent).toBeLessThan(2000);
  });
});
