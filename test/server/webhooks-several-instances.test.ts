// Two instances sharing PostgreSQL and Redis, both with the same documents open: a change made on one reaches the
// other live, both see it, and the webhook receives each event once. The API works against PostgreSQL as well.
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tickItem } from '../../src/lib/team/run-document.ts';
import { missingServices, startFleet } from '../support/shared-services.mjs';
import { connectClient, holders, waitFor } from '../support/sync-server.mjs';

// Without the services on this machine: skipped with one line saying how to run them (fails with CI=true).
const missing = await missingServices();

const STAGING = 'deploy-to-staging-and-run-smoke-tests-qa-lead-signs-off';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startReceiver() {
  const eventIds: string[] = [];
  const receiver = createServer((request, response) => {
    eventIds.push(String(request.headers['x-octoacme-event-id']));
    request.resume();
    request.on('end', () => response.end('ok'));
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => receiver.close(resolve)));
  return { eventIds, url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/` };
}

describe.skipIf(missing)('webhooks with several instances', () => {
  it('deliver each event once, whichever instances see the change', async () => {
    const fleet = await startFleet(cleanups);
    const { workspace } = fleet;
    const receiver = await startReceiver();
    const webhooksFile = join(workspace.dir, 'webhooks.json');
    writeFileSync(
      webhooksFile,
      JSON.stringify([
        {
          url: receiver.url,
          events: ['run.created', 'run.item.changed'],
          secret: 'receiver-secret-0123456789',
          format: 'json',
        },
      ]),
    );
    const instances = [0, 1].map(() =>
      fleet.instance({ env: { SYNC_WEBHOOKS_FILE: webhooksFile } }),
    );
    const [one, two] = await Promise.all(instances.map(({ ready }) => ready));
    const open = (url: string, name: string) => {
      const connected = connectClient(url, name, holders.sam.token);
      cleanups.push(() => connected.close());
      return connected;
    };
    const teams = [open(one!.url, 'team'), open(two!.url, 'team')];
    await Promise.all(teams.map(({ authenticated }) => authenticated));

    const response = await fetch(`http://127.0.0.1:${one!.port}/api/v1/runs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${holders.dana.token}` },
      body: JSON.stringify({ version: '2.5.0' }),
    });
    const run = (await response.json()) as { id: string };
    expect(response.status).toBe(201);
    await waitFor(
      () => teams[1]!.document.getMap('runs').has(run.id),
      'the run on the other instance',
    );

    const [here, there] = [open(one!.url, `run:${run.id}`), open(two!.url, `run:${run.id}`)];
    await Promise.all([here.authenticated, there.authenticated]);
    await Promise.all([here.synced(), there.synced()]);
    tickItem(there.document, 'deployment', STAGING, { at: new Date().toISOString(), by: 'Sam' });
    await waitFor(
      () => here.document.getArray('itemActions').length === 1,
      'the tick on instance one',
    );

    await waitFor(() => receiver.eventIds.length >= 2, 'two deliveries');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second delivery would come by now
    expect(receiver.eventIds).toHaveLength(2);
    expect(receiver.eventIds).toContain(`run.created/${run.id}`);
    expect(
      receiver.eventIds.filter((id) => id.startsWith(`run.item.changed/${run.id}/`)),
    ).toHaveLength(1);

    // The API of the other instance reads the tick from PostgreSQL.
    const read = await fetch(`http://127.0.0.1:${two!.port}/api/v1/runs/2.5.0`, {
      headers: { Authorization: `Bearer ${holders.olu.token}` },
    });
    const detail = (await read.json()) as {
      checklists: { items: { id: string; state: string }[] }[];
    };
    expect(detail.checklists[1]!.items.find(({ id }) => id === STAGING)?.state).toBe('done');
  });
});
