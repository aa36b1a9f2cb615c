// Two instances behind nginx configured as the README says: two clients land on different instances and see each
// other's changes; the instance of one is killed, that client goes on through the other without losing a change.

import { afterEach, describe, expect, it } from 'vitest';
import { startLoadBalancer } from '../support/nginx.mjs';
import { missingServices, startFleet } from '../support/shared-services.mjs';
import { connectClient, holders, waitFor } from '../support/sync-server.mjs';

// Without the services on this machine: skipped with one line saying how to run them (fails with CI=true).
const missing = await missingServices({ nginx: true });

const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(missing)('instances behind nginx', () => {
  it('spreads clients over the instances and moves one to the survivor when its instance dies', async () => {
    const fleet = await startFleet(cleanups);
    const instances = [0, 1].map(() => fleet.instance());
    const ports = (await Promise.all(instances.map((instance) => instance.ready))).map(
      (ready) => ready.port,
    );
    const balancer = await startLoadBalancer(ports);
    cleanups.push(() => balancer.stop());
    expect((await fetch(`${balancer.httpUrl}/healthz`)).status).toBe(200);

    const connect = (token: string) => {
      const connected = connectClient(balancer.url, 'run:release', token, { reconnect: true });
      cleanups.push(() => connected.close());
      return connected;
    };
    const dana = connect(holders.dana.token);
    const sam = connect(holders.sam.token);
    const clients = [dana, sam];
    await Promise.all(clients.map((client) => client.synced()));
    const disconnects = clients.map(() => 0);
    clients.forEach((client, index) =>
      client.provider.on('status', ({ status }: { status: string }) => {
        if (status === 'disconnected') disconnects[index] = (disconnects[index] ?? 0) + 1;
      }),
    );

    dana.map.set('staging', 'done by Dana');
    await waitFor(
      () => sam.map.get('staging') === 'done by Dana',
      'the change across instances',
      2000,
    );

    const [killed] = instances;
    killed!.child.kill('SIGKILL');
    await killed!.exited;
    // Round robin put one client on each instance: exactly one of them lost its connection.
    await waitFor(() => disconnects.some((count) => count > 0), 'a client noticing', 5000);
    expect(disconnects.filter((count) => count > 0)).toHaveLength(1);

    dana.map.set('production', 'done by Dana');
    sam.map.set('smoke-tests', 'done by Sam');
    await waitFor(
      () =>
        sam.map.get('production') === 'done by Dana' &&
        dana.map.get('smoke-tests') === 'done by Sam',
      'both changes through the survivor',
      10_000,
    );
    await Promise.all(clients.map((client) => client.synced(10_000)));
  });
});
