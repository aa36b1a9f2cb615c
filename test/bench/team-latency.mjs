/**
 * Team mode in the browser, measured: how long a tick takes to show in another person's browser
 * (two Chromium contexts on a team build, the sync server in a child process, all on loopback),
 * and what the sync code weighs (gzip): the chunk loaded once someone joins a team, and what it imports.
 *   node test/bench/team-latency.mjs [ticks]
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB } from '../support/budgets.mjs';
import { buildSite, PROJECT_ROOT } from '../support/build-site.mjs';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { freePort, holders, makeWorkspace, spawnServer } from '../support/sync-server.mjs';

const TICKS = Number(process.argv[2] ?? 30);
const ITEM = 'Deploy to staging and run smoke tests (QA Lead signs off)';
const outDir = join(PROJECT_ROOT, 'test/.output/bench-team-site');

const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** The sync chunk alone, and with every chunk it imports (what joining a team downloads at most). */
async function syncChunkWeight() {
  const dir = join(outDir, '_astro');
  const files = await readdir(dir);
  const entry = files.find((file) => file.startsWith('team-connection') && file.endsWith('.js'));
  if (!entry) throw new Error('The team build has no team-connection chunk.');
  const gzip = async (file) => gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  const seen = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(join(dir, file), 'utf8');
    for (const [, imported] of source.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      await visit(imported);
  };
  await visit(entry);
  let closure = 0;
  for (const file of seen) closure += await gzip(file);
  return { entry, alone: await gzip(entry), closure, chunks: seen.size };
}

const port = await freePort();
await rm(outDir, { recursive: true, force: true });
await buildSite({ outDir, env: { SYNC_URL: `ws://127.0.0.1:${port}` } });
const weight = await syncChunkWeight();

const workspace = makeWorkspace('team-bench-');
const server = spawnServer(workspace, { SYNC_PORT: String(port) });
const site = await serveStatic({ root: outDir });
const browser = await launchChromium();
const latencies = [];
try {
  await server.ready;
  const open = async (token) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      `${new URL('guide/deployment/', site.url).href}#join=${encodeURIComponent(token)}`,
    );
    await page.waitForFunction(
      () => document.querySelector('.team-status')?.textContent?.startsWith('Connected as'),
      undefined,
      { timeout: 15_000 },
    );
    await page.getByLabel(ITEM, { exact: true }).and(page.locator(':enabled')).waitFor();
    return page;
  };
  const dana = await open(holders.dana.token);
  const sam = await open(holders.sam.token);
  // A fresh team has no run: the first tick would ask for one. Dana starts it; Sam lands on it.
  await dana.getByRole('button', { name: 'Start a release run' }).first().click();
  const runForm = dana.getByRole('dialog', { name: 'New release run' });
  await runForm.getByLabel('Version').fill('0.1.0');
  await runForm.getByRole('button', { name: 'Create release run' }).click();
  await sam.getByText('Current run').first().waitFor({ timeout: 15_000 });
  for (let tick = 0; tick < TICKS; tick += 1) {
    // Sam's row changes class when the tick arrives; both pages read the same system clock.
    const arrived = sam.evaluate(
      (text) =>
        new Promise((resolve, reject) => {
          const input = [...document.querySelectorAll('.checklist-item input[type=checkbox]')].find(
            (box) => box.labels?.[0]?.textContent === text,
          );
          const row = input.closest('.checklist-item');
          const before = row.className;
          const observer = new MutationObserver(() => {
            if (row.className === before) return;
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          });
          observer.observe(row, { attributes: true, attributeFilter: ['class'] });
          setTimeout(() => reject(new Error(`"${text}" did not change within 10 s`)), 10_000);
        }),
      ITEM,
    );
    const sent = await dana.evaluate((text) => {
      const input = [...document.querySelectorAll('.checklist-item input[type=checkbox]')].find(
        (box) => box.labels?.[0]?.textContent === text,
      );
      const at = performance.timeOrigin + performance.now();
      input.click();
      return at;
    }, ITEM);
    latencies.push((await arrived) - sent);
  }
} finally {
  await browser.close();
  await site.close();
  server.child.kill('SIGTERM');
  await server.exited;
  await rm(workspace.dir, { recursive: true, force: true });
}

console.log(`## Team mode (Chromium, loopback)\n`);
console.log(
  `${table(
    ['measure', 'value'],
    [
      [
        `tick to the other browser, p50 (${latencies.length} ticks)`,
        `${percentile(latencies, 0.5).toFixed(1)} ms`,
      ],
      [`tick to the other browser, p95`, `${percentile(latencies, 0.95).toFixed(1)} ms`],
      [`sync chunk \`${weight.entry}\` (gzip)`, `${(weight.alone / KB).toFixed(1)} KB`],
      [
        `with the ${weight.chunks - 1} chunks it imports (gzip; the page has loaded some of them already)`,
        `${(weight.closure / KB).toFixed(1)} KB`,
      ],
    ],
  )}\n`,
);
