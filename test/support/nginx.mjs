/**
 * Debian's nginx as the load balancer in front of several sync server instances, started by a test in a folder of
 * its own on a free loopback port and stopped by it. The configuration is the one the README gives for several
 * instances (`loadBalancerConfig`), with the test's addresses filled in.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './sync-server.mjs';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The `upstream` and `location` blocks of the README's "Several instances" section, for these instances. */
export function loadBalancerConfig(instancePorts) {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const block = /<!-- load-balancer -->\n```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no load-balancer block');
  const servers = instancePorts.map(
    (port) => `  server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`,
  );
  return block
    .replace(/^ {2}server 127\.0\.0\.1:\d+.*\n/gm, '')
    .replace('upstream sync {\n', `upstream sync {\n${servers.join('\n')}\n`);
}

/**
 * Starts nginx in front of the instances; resolves with its ws:// URL and `stop()`. `port`: where it listens (a
 * team build names its sync server's address long before a test starts the balancer), else a free port.
 */
export async function startLoadBalancer(instancePorts, { port: wanted } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sync-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const port = wanted ?? (await freePort());
  const config = `
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs', 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  ${loadBalancerConfig(instancePorts).replace(/listen \d+;/, `listen 127.0.0.1:${port};`)}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  const checked = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], {
    encoding: 'utf8',
  });
  if (checked.status !== 0)
    throw new Error(`nginx rejected the configuration:\n${checked.stderr}\n${config}`);
  const child = spawn(
    NGINX,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off; master_process off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const deadline = Date.now() + 5000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`nginx did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', resolve),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
