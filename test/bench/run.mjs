// `npm run bench`: the measured figures of the site, printed as Markdown tables.
// Timings are medians over repeats; weights are exact. Run it on a quiet machine.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BUDGETS, budgetFor, KB } from '../support/budgets.mjs';
import { buildSite, PROJECT_ROOT } from '../support/build-site.mjs';
import { listPages, pageWeight } from '../support/built-site.mjs';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';

const BUILD_REPEATS = Number(process.env.BENCH_BUILD_REPEATS ?? 3);
const TYPING_REPEATS = Number(process.env.BENCH_TYPING_REPEATS ?? 5);
const LIGHTHOUSE_REPEATS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_REPEATS) || 3);
const KEYSTROKES = 40;
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 20);
const SEARCH_QUERIES = [
  'rollback',
  'smoke tests',
  'release notes',
  'deployment',
  'customer success',
  'kubernetes',
];
const outDir = join(PROJECT_ROOT, 'test/.output/bench-site');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

async function benchBuild() {
  const durations = [];
  for (let run = 0; run < BUILD_REPEATS; run += 1) {
    await rm(outDir, { recursive: true, force: true });
    durations.push(await buildSite({ outDir }));
  }
  return durations;
}

async function benchWeights() {
  const rows = [];
  for (const page of await listPages(outDir)) {
    const weight = await pageWeight(outDir, '/', page.file);
    const budget = budgetFor(page.route);
    const within = weight.html <= budget.html && weight.css <= budget.css && weight.js <= budget.js;
    rows.push([
      page.route,
      budget === BUDGETS.reading ? 'reading' : 'interactive',
      kb(weight.html),
      kb(weight.css),
      kb(weight.js),
      weight.loadsReact ? 'yes' : 'no',
      within ? 'within' : '**over**',
    ]);
  }
  return rows;
}

async function benchLighthouse(siteUrl, routes) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROMIUM_ARGS,
  });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const rows = [];
  try {
    for (const route of routes) {
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_REPEATS; run += 1) {
        const result = await lighthouse(new URL(route.slice(1), siteUrl).href, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: categories,
          formFactor: 'mobile',
        });
        runs.push(
          categories.map((category) =>
            Math.round((result?.lhr.categories[category]?.score ?? 0) * 100),
          ),
        );
      }
      // Performance varies from run to run with the machine's load: each score is a median, with its range.
      const scores = categories.map((_, index) => {
        const values = runs.map((scores) => scores[index]);
        const [low, high] = [Math.min(...values), Math.max(...values)];
        return low === high ? String(low) : `${Math.round(median(values))} (${low}–${high})`;
      });
      rows.push([route, ...scores]);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/**
 * Search latency in Chromium, after the index is loaded: from the last keystroke (the field's input
 * event, with the full query) to the results and their count on screen. The debounce is included.
 */
async function benchSearch(siteUrl) {
  const browser = await launchChromium();
  const rows = [];
  const coldStarts = [];
  try {
    const page = await browser.newPage();
    const status = () => page.locator('[data-search-status]').textContent();
    // Cold: a fresh page load, `/`, a query: the search code and the index load on the way.
    for (let run = 0; run < 5; run += 1) {
      await page.goto(new URL('guide/', siteUrl).href, { waitUntil: 'networkidle' });
      await page.evaluate(() => performance.mark('open'));
      await page.keyboard.press('/');
      await page.keyboard.type('rollback');
      await page.waitForFunction(() =>
        document.querySelector('[data-search-status]')?.textContent?.includes('“rollback”'),
      );
      coldStarts.push(
        await page.evaluate(
          () => performance.now() - performance.getEntriesByName('open')[0].startTime,
        ),
      );
    }
    for (const query of SEARCH_QUERIES) {
      const timings = [];
      for (let run = 0; run < SEARCH_RUNS; run += 1) {
        await page.fill('#search-input', '');
        await page.waitForFunction(
          () => document.querySelector('[data-search-status]')?.textContent === '',
        );
        timings.push(
          await page.evaluate(
            (text) =>
              new Promise((resolve) => {
                const input = document.querySelector('#search-input');
                const statusText = document.querySelector('[data-search-status]');
                let started = 0;
                const observer = new MutationObserver(() => {
                  if (!statusText.textContent.includes(`“${text}”`)) return;
                  observer.disconnect();
                  resolve(performance.now() - started);
                });
                observer.observe(statusText, {
                  childList: true,
                  characterData: true,
                  subtree: true,
                });
                started = performance.now();
                input.value = text;
                input.dispatchEvent(new Event('input', { bubbles: true }));
              }),
            query,
          ),
        );
      }
      rows.push([
        query,
        median(timings).toFixed(1),
        String(timings.length),
        (await status()) ?? '',
      ]);
    }
  } finally {
    await browser.close();
  }
  return { rows, coldStart: median(coldStarts), coldRuns: coldStarts.length };
}

/**
 * Input latency in the release-notes generator: for each keystroke in the summary, the time from
 * the key event to the frame after it (the page has handled the input and painted), in the page's
 * own clock. Medians over `TYPING_REPEATS` runs of `KEYSTROKES` keys, with an empty and with a
 * 20,000-character summary.
 */
async function benchTyping(siteUrl) {
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [label, initial] of [
      ['empty summary', ''],
      ['20,000-character summary', 'Faster sync for large teams. '.repeat(690).slice(0, 20_000)],
    ]) {
      const latencies = [];
      for (let repeat = 0; repeat < TYPING_REPEATS; repeat += 1) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(new URL('templates/release-notes/', siteUrl).href);
        await page.waitForSelector('textarea:not([readonly])');
        const summary = page.getByLabel('Summary:', { exact: true });
        await summary.fill(initial);
        await summary.press('End');
        await page.evaluate(() => {
          window.keyLatencies = [];
          document.addEventListener(
            'keydown',
            (event) => {
              const start = event.timeStamp;
              requestAnimationFrame(() =>
                setTimeout(() => window.keyLatencies.push(performance.now() - start)),
              );
            },
            true,
          );
        });
        await summary.pressSequentially('x'.repeat(KEYSTROKES), { delay: 50 });
        await page.waitForFunction((count) => window.keyLatencies.length === count, KEYSTROKES);
        latencies.push(median(await page.evaluate(() => window.keyLatencies)));
        await context.close();
      }
      rows.push([
        label,
        String(TYPING_REPEATS),
        String(KEYSTROKES),
        `${median(latencies).toFixed(1)} ms`,
        `${Math.min(...latencies).toFixed(1)} ms`,
        `${Math.max(...latencies).toFixed(1)} ms`,
      ]);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const buildDurations = await benchBuild();
console.log(
  `## Build\n\n${table(['runs', 'median', 'min', 'max'], [[String(buildDurations.length), `${(median(buildDurations) / 1000).toFixed(2)} s`, `${(Math.min(...buildDurations) / 1000).toFixed(2)} s`, `${(Math.max(...buildDurations) / 1000).toFixed(2)} s`]])}\n`,
);

console.log(
  `## Page weight (gzip, first visit)\n\nBudgets: reading page ${kb(BUDGETS.reading.html)} HTML, ${kb(BUDGETS.reading.css)} CSS, ${kb(BUDGETS.reading.js)} JS; interactive page JS ${kb(BUDGETS.interactive.js)}.\n`,
);
console.log(
  `${table(['page', 'kind', 'HTML', 'CSS', 'JS', 'React', 'budget'], await benchWeights())}\n`,
);

const server = await serveStatic({ root: outDir });
try {
  const search = await benchSearch(server.url);
  console.log(
    `## Search (Chromium, index loaded)\n\nFrom the last keystroke to the results on screen, debounce included; median over repeated queries.\n`,
  );
  console.log(`${table(['query', 'median ms', 'runs', 'results'], search.rows)}\n`);
  console.log(
    `First search on a fresh page (\`/\`, type "rollback", results shown; loads the search code and the index): median ${search.coldStart.toFixed(0)} ms over ${search.coldRuns} page loads.\n`,
  );

  const routes = (await listPages(outDir))
    .map((page) => page.route)
    .filter((route) => route !== '/404.html');
  console.log(
    `## Release notes typing (ms per keystroke to the next frame)\n\n${table(['summary', 'runs', 'keys per run', 'median', 'best run', 'worst run'], await benchTyping(server.url))}\n`,
  );
  console.log(
    `## Lighthouse (mobile, median of ${LIGHTHOUSE_REPEATS} runs)\n\n${table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], await benchLighthouse(server.url, routes))}\n`,
  );
} finally {
  await server.close();
}

// Team mode: a tick's way to another browser and the sync code's weight, the sync server under load
// (20 clients × 50 changes), and two instances over PostgreSQL and Redis. Each runs in its own process,
// with its own build, servers and data.
for (const script of ['team-latency.mjs', 'sync-load.mjs', 'sync-instances.mjs']) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'test/bench', script)], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`${script} failed (exit ${result.status ?? result.signal}).`);
    process.exitCode = 1;
  }
}
