// `npm run bench`: the measured figures of the site, printed as Markdown tables.
// Timings are medians over repeats; weights are exact. Run it on a quiet machine.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BUDGETS, budgetFor, KB } from '../support/budgets.mjs';
import { buildSite, PROJECT_ROOT } from '../support/build-site.mjs';
import { listPages, pageWeight } from '../support/built-site.mjs';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';

const BUILD_REPEATS = Number(process.env.BENCH_BUILD_REPEATS ?? 3);
const outDir = join(PROJECT_ROOT, 'test/.output/bench-site');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

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
    rows.push([page.route, budget === BUDGETS.reading ? 'reading' : 'interactive', kb(weight.html), kb(weight.css), kb(weight.js), weight.loadsReact ? 'yes' : 'no', within ? 'within' : '**over**']);
  }
  return rows;
}

async function benchLighthouse(siteUrl, routes) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const rows = [];
  try {
    for (const route of routes) {
      const result = await lighthouse(new URL(route.slice(1), siteUrl).href, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: categories,
        formFactor: 'mobile',
      });
      const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      rows.push([route, ...scores.map(String)]);
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

const buildDurations = await benchBuild();
console.log(`## Build\n\n${table(['runs', 'median', 'min', 'max'], [[String(buildDurations.length), `${(median(buildDurations) / 1000).toFixed(2)} s`, `${(Math.min(...buildDurations) / 1000).toFixed(2)} s`, `${(Math.max(...buildDurations) / 1000).toFixed(2)} s`]])}\n`);

console.log(`## Page weight (gzip, first visit)\n\nBudgets: reading page ${kb(BUDGETS.reading.html)} HTML, ${kb(BUDGETS.reading.css)} CSS, ${kb(BUDGETS.reading.js)} JS; interactive page JS ${kb(BUDGETS.interactive.js)}.\n`);
console.log(`${table(['page', 'kind', 'HTML', 'CSS', 'JS', 'React', 'budget'], await benchWeights())}\n`);

const server = await serveStatic({ root: outDir });
try {
  const routes = (await listPages(outDir)).map((page) => page.route).filter((route) => route !== '/404.html');
  console.log(`## Lighthouse (mobile)\n\n${table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], await benchLighthouse(server.url, routes))}\n`);
} finally {
  await server.close();
}
