// Anyone who can reach the port, without a token: connections that never authenticate are closed, an address
// holds only a few of them, and a flood of refusals grows the audit log by kilobytes, not megabytes.
import { existsSync, statSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { holders, readAuditLog, waitFor } from '../support/sync-server.mjs';
import { frame, openRawClient, type RawClient } from './raw-client.ts';
import { useSyncServer } from './server-harness.ts';

const sync = useSyncServer();

const auditBytes = () =>
  existsSync(sync.workspace().auditLogFile) ? statSync(sync.workspace().auditLogFile).size : 0;

function sendAuth(client: RawClient, documentName: string, token: string) {
  client.socket.send(
    frame(documentName, (e) => {
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, token);
    }),
  );
}

async function openMany(url: string, count: number) {
  const clients: RawClient[] = [];
  for (let index = 0; index < count; index += 1) clients.push(await openRawClient(url));
  return clients;
}

describe('before authentication', () => {
  it('closes a connection that has not authenticated in time', async () => {
    const server = await sync.start({ authTimeoutMs: 500 });
    const idle = await openRawClient(server.url);
    const started = Date.now();
    expect(await idle.closed).toMatchObject({ code: 4408, reason: 'authentication-timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    // A connection that authenticated stays.
    const dana = sync.client('team', holders.dana.token);
    await dana.authenticated;
    await new Promise((resolve) => setTimeout(resolve, 800));
    dana.map.set('still', 'connected');
    await dana.synced();
  });

  it('closes 300 connections with 1 MB document names and an unknown token at once, logging kilobytes', async () => {
    const server = await sync.start();
    const before = auditBytes();
    const clients = await openMany(server.url, 300);
    const started = Date.now();
    clients.forEach((client, index) =>
      sendAuth(client, `run:${String(index).padEnd(1024 * 1024, 'x')}`, 'not-a-token-of-this-team'),
    );
    await Promise.all(clients.map((client) => client.closed));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(auditBytes() - before).toBeLessThan(100 * 1024);
  });

  it('refuses long names and unknown tokens by reason, logged per address and minute, then closes them', async () => {
    const server = await sync.start({ authTimeoutMs: 1500, maxUnauthenticatedPerAddress: 400 });
    const before = auditBytes();
    const clients = await openMany(server.url, 300);
    const answers = clients.map((client, index) =>
      index % 2
        ? client.authenticate(`run:${'y'.repeat(100 * 1024)}${index}`, holders.dana.token)
        : client.authenticate('team', `stranger-token-${index}-0123456789`),
    );
    const said = await Promise.all(answers);
    expect(new Set(said)).toEqual(
      new Set(['refused: document-name-too-long', 'refused: unknown-token']),
    );
    await Promise.all(clients.map((client) => client.closed));
    await sync.stop();
    expect(auditBytes() - before).toBeLessThan(100 * 1024);
    const refusals = readAuditLog(sync.workspace().auditLogFile).filter(
      (line) => line.event === 'refused',
    );
    const longName = refusals.find((line) => line.reason === 'document-name-too-long');
    expect(longName.document.length).toBe(200);
    const counted = (reason: string) =>
      refusals
        .filter((line) => line.reason === reason)
        .reduce((sum, line) => sum + (line.count ?? 1), 0); // an aggregated line counts the rest
    expect(counted('unknown-token')).toBe(150);
    expect(counted('document-name-too-long')).toBe(150);
    expect(counted('authentication-timeout')).toBe(300);
    expect(refusals.length).toBeLessThanOrEqual(6);
  });

  it('holds at most the set number of unauthenticated connections per address', async () => {
    const server = await sync.start({ maxUnauthenticatedPerAddress: 5 });
    const clients = await openMany(server.url, 8);
    await waitFor(() => clients.filter((client) => client.isClosed()).length === 3, '3 closed');
    const closed = await Promise.all(clients.filter((c) => c.isClosed()).map((c) => c.closed));
    for (const event of closed)
      expect(event).toEqual({ code: 4429, reason: 'too-many-unauthenticated' });
    // Authenticating frees a place.
    expect(await clients[0]!.authenticate('team', holders.sam.token)).toBe('read-write');
    const another = await openRawClient(server.url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(another.isClosed()).toBe(false);
    another.close();
  });
});
