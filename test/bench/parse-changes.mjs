// `node test/bench/parse-changes.mjs`: how long the release-notes generator takes to read a pasted
// log of 5,000 commits, as a Markdown table row (median over repeats). The budget is 50 ms.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const REPEATS = Number(process.env.BENCH_PARSE_REPEATS ?? 25);
const COMMITS = 5000;
const BUDGET_MS = 50;

/** The TypeScript module bundled in memory, so that the bench runs on plain Node. */
async function loadParser() {
  const entry = fileURLToPath(
    new URL('../../src/lib/release-notes/changes/index.ts', import.meta.url),
  );
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const TYPES = [
  'feat',
  'fix(api)',
  'perf',
  'docs',
  'refactor(ui)',
  'chore(deps)',
  'feat(api)!',
  'test',
  'ci',
];

/** A full `git log` of `count` commits: headers, subjects of every type, bodies, a few merges. */
function fullLog(count) {
  const lines = [];
  for (let index = 0; index < count; index += 1) {
    const hash = (index * 2654435761 + 0x1234567)
      .toString(16)
      .padStart(8, '0')
      .repeat(5)
      .slice(0, 40);
    lines.push(`commit ${hash}`);
    if (index % 50 === 0) lines.push('Merge: 1a2b3c4 5d6e7f8');
    lines.push(
      'Author: Ada Lovelace <ada@octoacme.example>',
      'Date:   Mon Mar 2 10:00:00 2026 +0100',
      '',
    );
    lines.push(
      `    ${TYPES[index % TYPES.length]}: change number ${index} of the release (#${1000 + index})`,
      '',
    );
    lines.push('    A body line that explains why the change was made.', '');
    if (index % 97 === 0) lines.push('    BREAKING CHANGE: the old endpoint is gone.', '');
  }
  return lines.join('\n');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const { parseChanges } = await loadParser();
const formats = {
  'git log (full)': fullLog(COMMITS),
  'git log --oneline': Array.from(
    { length: COMMITS },
    (_, index) =>
      `${(0xa1b2c3d + index).toString(16)} ${TYPES[index % TYPES.length]}: change ${index} (#${index})`,
  ).join('\n'),
};
// Wall time is what a writer waits; CPU time (this process only) shows the parser's own cost when other
// work shares the machine. The budget applies to wall time on a quiet machine.
console.log('| input | commits | median wall | median CPU | budget |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, text] of Object.entries(formats)) {
  for (let run = 0; run < 5; run += 1) parseChanges(text); // warm up the JIT
  const walls = [];
  const cpus = [];
  for (let run = 0; run < REPEATS; run += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    parseChanges(text);
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const wall = median(walls);
  console.log(
    `| ${name} | ${COMMITS} | ${wall.toFixed(1)} ms | ${median(cpus).toFixed(1)} ms | ${wall <= BUDGET_MS ? 'within' : '**over**'} ${BUDGET_MS} ms |`,
  );
}
