// The sync server in this process on a free loopback port, with Node clients through @hocuspocus/provider.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { decodeIdentityMessage } from '../../src/lib/team/identity-message.ts';
import { loadTokensFile } from '../../src/server/config.ts';
import {
  startTeamSyncServer,
  type RunningTeamSyncServer,
} from '../../src/server/team-sync-server.ts';
import { createTokenRegistry } from '../../src/server/token-registry.ts';
import { openUpdateStore } from '../../src/server/update-store.ts';
import {
  connectClient,
  holders,
  makeWorkspace,
  readAuditLog,
  waitFor,
} from '../support/sync-server.mjs';

let workspace: ReturnType<typeof makeWorkspace>;
let server: RunningTeamSyncServer | undefined;
const clients: ReturnType<typeof connectClient>[] = [];

async function start() {
  server = await startTeamSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: workspace.dataDir,
    auditLogFile: workspace.auditLogFile,
    tokens: createTokenRegistry(loadTokensFile(workspace.tokensFile)),
  });
  return server;
}

function client(documentName: string, token: string) {
  const connected = connectClient(server!.url, documentName, token);
  clients.push(connected);
  return connected;
}

beforeEach(() => {
  workspace = makeWorkspace();
});

afterEach(async () => {
  for (const connected of clients.splice(0)) connected.close();
  await server?.stop();
  server = undefined;
  rmSync(workspace.dir, { recursive: true, force: true });
});

describe('team sync server', () => {
  it('lets two clients see each other’s changes', async () => {
    await start();
    const dana = client('run:r1', holders.dana.token);
    const sam = client('run:r1', holders.sam.token);
    await Promise.all([dana.authenticated, sam.authenticated]);

    dana.map.set('version', '2.4.0');
    await waitFor(() => sam.map.get('version') === '2.4.0', 'Sam sees Dana’s change');
    sam.map.set('owner', 'Sam');
    await waitFor(() => dana.map.get('owner') === 'Sam', 'Dana sees Sam’s change');
    expect(dana.map.toJSON()).toEqual(sam.map.toJSON());
  });

  it('listens on the configured host only', async () => {
    const running = await start();
    expect(running.address).toBe('127.0.0.1');
    expect(running.url).toBe(`ws://127.0.0.1:${running.port}`);
  });

  it('refuses to open a data folder another server is using, and says so', async () => {
    await start();
    const second = startTeamSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDir: workspace.dataDir,
      auditLogFile: workspace.auditLogFile,
      tokens: createTokenRegistry([]),
    });
    await expect(second).rejects.toThrow(
      `The data folder ${join(workspace.dataDir, 'documents')} is in use by another sync server.`,
    );
  });

  it('tells each client who the server says it is', async () => {
    await start();
    const dana = client('team', holders.dana.token);
    const olu = client('team', holders.olu.token);
    expect(await dana.authenticated).toBe('read-write');
    expect(await olu.authenticated).toBe('readonly');
    expect(decodeIdentityMessage(await dana.identity)).toEqual({
      name: 'Dana',
      role: 'QA Lead',
      access: 'read-write',
    });
    expect(decodeIdentityMessage(await olu.identity)).toEqual({ name: 'Olu', access: 'read-only' });
  });

  it('refuses an unknown token and a document outside the team’s namespace, and logs both', async () => {
    await start();
    const stranger = client('team', 'not-a-token-of-this-team');
    expect(await stranger.refused).toBe('unknown-token');
    const dana = client('secrets', holders.dana.token);
    expect(await dana.refused).toBe('unknown-document');

    const refusals = readAuditLog(workspace.auditLogFile).filter(
      (line) => line.event === 'refused',
    );
    expect(refusals).toEqual([
      expect.objectContaining({ reason: 'unknown-token', document: 'team', address: '127.0.0.1' }),
      expect.objectContaining({ reason: 'unknown-document', document: 'secrets', name: 'Dana' }),
    ]);
    expect(JSON.stringify(refusals)).not.toContain('not-a-token-of-this-team');
  });

  it('sends live changes to a read-only client and refuses its writes, even sent raw', async () => {
    await start();
    const dana = client('incident:i1', holders.dana.token);
    const olu = client('incident:i1', holders.olu.token);
    await Promise.all([dana.authenticated, olu.authenticated]);
    dana.map.set('status', 'rolling back');
    await waitFor(
      () => olu.map.get('status') === 'rolling back',
      'the read-only client sees the change',
    );
    await dana.synced();

    const forged = new Y.Doc();
    forged.getMap('fields').set('status', 'resolved');
    const savedFlag = await sendRawUpdate(
      server!.url,
      'incident:i1',
      holders.olu.token,
      Y.encodeStateAsUpdate(forged),
    );
    expect(savedFlag).toBe(0);

    const reader = client('incident:i1', holders.sam.token);
    await reader.authenticated;
    await waitFor(() => reader.map.get('status') !== undefined, 'a fresh client has the document');
    expect(reader.map.get('status')).toBe('rolling back');
    expect(dana.map.get('status')).toBe('rolling back');

    for (const connected of clients.splice(0)) connected.close();
    await server!.stop();
    server = undefined;
    const stored = await storedDocument('incident:i1');
    expect(stored.getMap('fields').toJSON()).toEqual({ status: 'rolling back' });
    const refusals = readAuditLog(workspace.auditLogFile).filter(
      (line) => line.event === 'refused',
    );
    expect(refusals).toEqual([
      expect.objectContaining({ reason: 'read-only', name: 'Olu', document: 'incident:i1' }),
    ]);
  });

  it('logs each stored change with its holder, and each connection and disconnection', async () => {
    await start();
    const dana = client('run:r2', holders.dana.token);
    const sam = client('run:r2', holders.sam.token);
    await Promise.all([dana.authenticated, sam.authenticated]);
    dana.map.set('a', 1);
    await dana.synced();
    sam.map.set('b', 2);
    await sam.synced();
    dana.close();
    await waitFor(
      () => readAuditLog(workspace.auditLogFile).some((line) => line.event === 'disconnect'),
      'disconnect',
    );

    const lines = readAuditLog(workspace.auditLogFile);
    const changes = lines.filter((line) => line.event === 'change');
    expect(
      changes.map(({ name, role, document, kind }) => ({ name, role, document, kind })),
    ).toEqual([
      { name: 'Dana', role: 'QA Lead', document: 'run:r2', kind: 'update' },
      { name: 'Sam', role: 'Release Manager', document: 'run:r2', kind: 'update' },
    ]);
    for (const change of changes) expect(change.bytes).toBeGreaterThan(0);
    expect(
      lines
        .filter((line) => line.event === 'connect')
        .map((line) => line.name)
        .sort(),
    ).toEqual(['Dana', 'Sam']);
    expect(lines.filter((line) => line.event === 'disconnect').map((line) => line.name)).toEqual([
      'Dana',
    ]);
    for (const line of lines) expect(Number.isNaN(Date.parse(line.time))).toBe(false);
  });

  it('keeps every change across a clean restart, compacted into one stored update', async () => {
    await start();
    const dana = client('team', holders.dana.token);
    await dana.authenticated;
    for (let index = 0; index < 20; index += 1) dana.map.set(`k${index}`, index);
    await dana.synced();
    dana.close();
    clients.splice(0);
    await server!.stop();

    const store = await openUpdateStore(join(workspace.dataDir, 'documents'));
    expect((await store.read('team')).keys).toHaveLength(1);
    await store.close();

    await start();
    const again = client('team', holders.sam.token);
    await again.authenticated;
    await waitFor(() => again.map.size === 20, 'all 20 fields after the restart');
    expect(again.map.get('k19')).toBe(19);
  });

  async function storedDocument(name: string) {
    const store = await openUpdateStore(join(workspace.dataDir, 'documents'));
    const doc = new Y.Doc();
    for (const update of (await store.read(name)).updates) Y.applyUpdate(doc, update);
    await store.close();
    return doc;
  }
});

/**
 * Authenticates over a bare WebSocket and sends one Yjs update as a sync message, skipping the provider and
 * any read-only guard a client might have. Resolves with the server's sync status (1 saved, 0 refused).
 */
function sendRawUpdate(
  url: string,
  documentName: string,
  token: string,
  update: Uint8Array,
): Promise<number> {
  const frame = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => reject(new Error('no sync status from the server')), 5000);
    socket.on('open', () => {
      socket.send(
        frame(
          (e) => (
            encoding.writeVarUint(e, 2),
            encoding.writeVarUint(e, 0),
            encoding.writeVarString(e, token)
          ),
        ),
      );
    });
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === 2 && decoding.readVarUint(decoder) === 2) {
        socket.send(
          frame(
            (e) => (
              encoding.writeVarUint(e, 0),
              encoding.writeVarUint(e, 2),
              encoding.writeVarUint8Array(e, update)
            ),
          ),
        );
      } else if (type === 8) {
        clearTimeout(timer);
        resolve(decoding.readVarUint(decoder));
        socket.close();
      }
    });
    socket.on('error', reject);
  });
}
