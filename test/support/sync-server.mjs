/**
 * Helpers shared by the sync server's tests and its load bench: start the server as a child process (as
 * `npm run sync-server` does, so a test can kill -9 it), connect Node clients through @hocuspocus/provider over
 * the `ws` package, and wait for what a client sees.
 */
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Token holders the tests use; tokens are long enough for the tokens file's rules. */
export const holders = {
  dana: { token: 'dana-0123456789abcdef', name: 'Dana', role: 'QA Lead', access: 'read-write' },
  sam: {
    token: 'sam-0123456789abcdef',
    name: 'Sam',
    role: 'Release Manager',
    access: 'read-write',
  },
  olu: { token: 'olu-0123456789abcdef', name: 'Olu', access: 'read-only' },
};

/** A fresh folder with a tokens file of `holders`; returns the folder, the tokens file and a data folder. */
export function makeWorkspace(prefix = 'sync-test-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const tokensFile = join(dir, 'tokens.json');
  writeFileSync(tokensFile, JSON.stringify(Object.values(holders), null, 2));
  return {
    dir,
    tokensFile,
    dataDir: join(dir, 'data'),
    auditLogFile: join(dir, 'data', 'audit.jsonl'),
  };
}

/** The audit log's lines, parsed. */
export function readAuditLog(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/**
 * Starts `src/server/main.ts` in a child process on a free port. Resolves once it prints its address;
 * rejects with its output if it exits first.
 * @param {{ tokensFile: string, dataDir: string }} workspace
 */
export function spawnServer(workspace, env = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      SYNC_HOST: '127.0.0.1',
      SYNC_PORT: '0',
      SYNC_DATA_DIR: workspace.dataDir,
      SYNC_TOKENS_FILE: workspace.tokensFile,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (ws:\/\/\S+) \(port (\d+)\)/.exec(output);
      if (match) resolve({ url: match[1], port: Number(match[2]) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then(({ code, signal }) =>
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`)),
    );
  });
  return { child, ready, exited, output: () => output };
}

/** A loopback port free at the moment of asking (a server told to listen on it later takes it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Hold a free loopback port for a sync server that starts later (a team build names its server's
 * address, and is built long before its test starts the server): nothing else can listen on it
 * meanwhile. The hold ends when something connects to it (`releasePort`), or with `close`.
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function reservePort() {
  const holder = createServer((socket) => {
    holder.close();
    socket.destroy();
  });
  await new Promise((resolve, reject) => {
    holder.once('error', reject);
    holder.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = holder.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => (holder.listening ? holder.close(() => resolve()) : resolve())),
  };
}

/** Ends the hold `reservePort` keeps on `port` (if any), so that a server can listen on it. */
export function releasePort(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    // The holder stops listening, then hangs up: once the connection is closed, the port is free.
    socket.once('close', () => resolve(undefined));
    socket.once('error', () => undefined);
  });
}

/**
 * A Node client of one document (`reconnect`: it keeps reconnecting, as a page does). `identity` resolves with the server's identity message, `authenticated` with
 * the scope, `refused` with the reason the server gave.
 */
export function connectClient(url, documentName, token, { reconnect = false } = {}) {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // By default one attempt: most tests end the server on purpose. A page reconnects, as `reconnect` does.
    ...(reconnect ? { delay: 100, minDelay: 100, maxDelay: 500 } : { maxAttempts: 1 }),
  });
  // The provider reconnects after a close by calling connect() without handling its rejection; once the one
  // attempt allowed here fails (the server was killed on purpose), that would be an unhandled rejection.
  const connect = socket.connect.bind(socket);
  socket.connect = () => connect().catch(() => undefined);
  const document = new Y.Doc();
  const authenticated = deferred();
  const refused = deferred();
  const identity = deferred();
  authenticated.promise.catch(() => {});
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token,
    document,
    onAuthenticated: ({ scope }) => authenticated.resolve(scope),
    onAuthenticationFailed: ({ reason }) => {
      authenticated.reject(new Error(`refused: ${reason}`));
      refused.resolve(reason);
    },
    onStateless: ({ payload }) => identity.resolve(payload),
  });
  provider.attach();
  return {
    provider,
    document,
    map: document.getMap('fields'),
    /** @type {Promise<string>} the scope: "read-write" or "readonly" */
    authenticated: authenticated.promise,
    /** @type {Promise<string>} the first stateless message from the server */
    identity: identity.promise,
    /** @type {Promise<string>} why the server refused the token */
    refused: refused.promise,
    /** Resolves once the server has acknowledged every change this client sent. */
    synced: (timeoutMs = 5000) =>
      waitFor(() => provider.isSynced && provider.unsyncedChanges === 0, 'acknowledged', timeoutMs),
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

function deferred() {
  let resolve = (/** @type {any} */ _value) => {};
  let reject = (/** @type {Error} */ _error) => {};
  const promise = new Promise((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** Polls `predicate` every 10 ms until it holds; fails after `timeoutMs` naming what it waited for. */
export async function waitFor(predicate, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
