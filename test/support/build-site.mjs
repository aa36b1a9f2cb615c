// Build the site into a folder of its own, at the root or under a sub-path.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The test runner exports its own Vite variables (BASE_URL, MODE, NODE_ENV=test, …) into the
// environment; a build must not inherit them, or `import.meta.env.BASE_URL` is wrong.
const RUNNER_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|VITE_.*|TEST)$/;

/**
 * The environment for an `astro` command (build or dev) run from the tests, with `BASE_PATH` set to
 * `base`. `REPO_URL` is only what a test asks for, never the shell's: the plain builds have no repository.
 */
export function astroEnvironment(base, repoUrl = '') {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLES.test(name)),
  );
  // A team build is asked for explicitly (`buildSite({ env: { SYNC_URL } })`), never inherited.
  delete env.SYNC_URL;
  for (const name of Object.keys(env)) if (name.startsWith('SYNC_OIDC_')) delete env[name];
  return { ...env, BASE_PATH: base, REPO_URL: repoUrl, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Run `astro build` into `outDir`, with `BASE_PATH` set to `base` (and `REPO_URL` to `repoUrl`). Resolves
 * with the build's duration in milliseconds; rejects with the build's output when it fails.
 * `env` adds variables (SYNC_URL for a team build); `signal` ends the build (a run that is over).
 * @param {{ outDir: string, base?: string, repoUrl?: string, cwd?: string, env?: Record<string, string>, signal?: AbortSignal }} options
 */
export function buildSite({
  outDir,
  base = '/',
  repoUrl = '',
  cwd = PROJECT_ROOT,
  env = {},
  signal,
}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`${PROJECT_ROOT}/node_modules/astro/astro.js`, 'build', '--outDir', outDir],
      {
        cwd,
        env: { ...astroEnvironment(base, repoUrl), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        signal,
      },
    );
    let output = '';
    child.on('error', (error) => reject(Object.assign(error, { output })));
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - started);
      else
        reject(
          Object.assign(new Error(`astro build failed (exit ${code}):\n${output}`), { output }),
        );
    });
  });
}
