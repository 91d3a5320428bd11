#!/usr/bin/env node
/**
 * npm run bench: times the engine on synthetic samples (scale 1 and 10) using the compiled
 * command-line build (dist-cli), prints a table and writes docs/performance.md.
 *
 * Each scale runs in its own child process so that its peak memory (maxRSS) is its own. Per scale:
 * one warm-up run, then the median of 5 runs of parseWorkbook (parse only) and of buildResults (the
 * whole engine); at scale 1 also the median of 5 reads (readInput) of the sample written as .xlsx,
 * for reference. The warm-up makes the scales comparable: without it the first timed runs at
 * scale 1 include compiling the code, which makes time look worse than linear in rows.
 */
'use strict';
const { execFileSync, fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist-cli');
const RUNS = 5;
const SCALES = [1, 10];
const SEED = 2021;
const FINANCIAL_YEAR = 2021;

function load(relative, name) {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file)) throw new Error(`${relative} is not built (run "npm run build:cli"; is the module written yet?)`);
  const fn = require(file)[name];
  if (typeof fn !== 'function') throw new Error(`${relative} has no ${name}`);
  return fn;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Steady-state timing: a GC, then WARMUPS untimed runs (the JIT compiles the hot code and the heap
 * grows to its working size at every scale alike), then RUNS timed runs back to back. No GC is
 * forced between timed runs: a forced GC shrinks the young generation and made the small-scale
 * runs about twice as slow as the engine ever is in use, which measured the collector, not us.
 */
const WARMUPS = 3;
function timeRuns(fn) {
  if (global.gc) global.gc();
  for (let i = 0; i < WARMUPS; i++) fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

async function timeAsyncRuns(fn) {
  if (global.gc) global.gc();
  for (let i = 0; i < WARMUPS; i++) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Child: measure one scale and send the figures to the parent. */
async function measureScale(scale) {
  const generateSample = load('sample/generate.js', 'generateSample');
  const parseWorkbook = load('engine/parse/index.js', 'parseWorkbook');
  const buildResults = load('engine/build.js', 'buildResults');
  const { defaultSettings } = require(path.join(DIST, 'engine/settings/defaults.js'));
  const { dayFromYmd } = require(path.join(DIST, 'engine/dates.js'));
  const sheets = generateSample({ scale, messy: false, seed: SEED, financialYear: FINANCIAL_YEAR });
  const { headingRowIndex } = require(path.join(DIST, 'io/write-sheets-xlsx.js'));
  // Data rows: below each sheet's heading row (the sample has a title row above the headings).
  const rows = sheets.reduce((sum, sheet) => sum + Math.max(0, sheet.values.length - 1 - headingRowIndex(sheet.values)), 0);
  if (global.gc) global.gc();
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  let engineRss = 0;
  const settings = { ...defaultSettings(), financialYear: FINANCIAL_YEAR, quarter: 2 };
  // RSS sampled at every progress step of the engine: the engine's own high-water mark, without the generator's.
  const options = { today: dayFromYmd(2021, 10, 15), version: 'bench', onProgress: () => (engineRss = Math.max(engineRss, process.memoryUsage.rss())) };
  const parseMs = timeRuns(() => parseWorkbook(sheets));
  const engineMs = timeRuns(() => buildResults(sheets, settings, options));
  let readXlsxMs = null;
  if (scale === 1) {
    const { writeSheetsXlsx } = require(path.join(DIST, 'io/write-sheets-xlsx.js'));
    const { readInput } = require(path.join(DIST, 'io/read-input.js'));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'csc-bench-')), 'sample.xlsx');
    await writeSheetsXlsx(sheets, file);
    readXlsxMs = await timeAsyncRuns(() => readInput(file));
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.send({ scale, rows, parseMs, engineMs, readXlsxMs, maxRssMb, baselineRssMb, engineRssMb: engineRss / 1024 / 1024 });
}

function runChild(scale) {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--scale', String(scale)], { execArgv: ['--expose-gc'] });
    let figures = null;
    child.on('message', (message) => (figures = message));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && figures ? resolve(figures) : reject(new Error(`scale ${scale} failed (exit ${code})`))));
  });
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = (/model name\s*:\s*(.+)/.exec(cpuinfo) || [])[1] || os.cpus()[0]?.model || 'unknown';
  let nproc = os.cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    /* os.cpus() is close enough */
  }
  return { nproc, model: model.trim(), memoryGb: (os.totalmem() / 1024 ** 3).toFixed(1), node: process.version };
}

const fmt = (n, digits = 0) => (n === null ? '–' : n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function table(results) {
  const header = '| scale | rows | parse (ms) | engine (ms) | engine ÷ parse | after parse (µs/row) | parse rows/s | engine rows/s | RSS after sample (MB) | RSS in engine (MB) | maxRSS (MB) | .xlsx read (ms) |';
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = results.map(
    (r) =>
      `| ${r.scale} | ${fmt(r.rows)} | ${fmt(r.parseMs)} | ${fmt(r.engineMs)} | ${fmt(r.engineMs / r.parseMs, 2)} | ${fmt(((r.engineMs - r.parseMs) * 1000) / r.rows, 2)} | ${fmt(r.rows / (r.parseMs / 1000))} | ${fmt(r.rows / (r.engineMs / 1000))} | ${fmt(r.baselineRssMb)} | ${fmt(r.engineRssMb)} | ${fmt(r.maxRssMb)} | ${fmt(r.readXlsxMs)} |`,
  );
  return [header, rule, ...lines].join('\n');
}

function verdicts(results) {
  const [one, ten] = results;
  const check = (ok) => (ok ? 'met' : '**not met**');
  const rate1 = one.rows / one.engineMs;
  const rate10 = ten.rows / ten.engineMs;
  return [
    `- Engine ≤ 2 × parse time: scale 1 ${fmt(one.engineMs / one.parseMs, 2)}×, scale 10 ${fmt(ten.engineMs / ten.parseMs, 2)}× — ${check(one.engineMs <= 2 * one.parseMs && ten.engineMs <= 2 * ten.parseMs)}.`,
    `- Scale 1 ≤ 1 s: ${fmt(one.engineMs)} ms — ${check(one.engineMs <= 1000)}.`,
    `- Scale 10 ≤ 5 s and ≤ 1 GB: ${fmt(ten.engineMs)} ms; maxRSS of the whole child ${fmt(ten.maxRssMb)} MB (it includes the in-memory sample, ${fmt(ten.baselineRssMb)} MB after generation) — ${check(ten.engineMs <= 5000 && ten.maxRssMb <= 1024)}.`,
    `- Linear in rows: ${fmt(rate1 * 1000)} rows/s at scale 1, ${fmt(rate10 * 1000)} rows/s at scale 10 (ratio ${fmt(rate10 / rate1, 2)}; 1.00 is perfectly linear).`,
  ].join('\n');
}

function report(results, m) {
  return `# Performance

Measured by \`npm run bench\` (bench/run.js, on the compiled command line in dist-cli). Regenerate
this page with the same command; the figures below are from its last run.

## Machine

- CPUs (nproc): ${m.nproc}
- CPU: ${m.model}
- Memory: ${m.memoryGb} GB
- Node: ${m.node}

## Method

- Input: \`generateSample({ scale, messy: false, seed: ${SEED}, financialYear: ${FINANCIAL_YEAR} })\` in memory; period 2021/22 Q2.
- Each scale runs in its own child process (\`--expose-gc\`); each measurement starts with a GC and ${WARMUPS} untimed warm-up runs (so both scales are timed with the code compiled and the heap at its working size), then times are the median of ${RUNS} runs back to back, with no GC forced between them (steady state, as in use).
- parse = \`parseWorkbook(sheets)\`; engine = \`buildResults(sheets, settings, options)\` (parse, period checks, 23 indicators, district blocks, suppression).
- RSS after sample = RSS once the sample is generated (after a GC): the input itself. RSS in engine = the highest \`process.memoryUsage().rss\` sampled at the engine's progress steps. maxRSS = \`process.resourceUsage().maxRSS\` of the whole child, which includes generating the sample (the generator's own peak) and every run.
- .xlsx read = \`readInput\` of the scale-1 sample written with \`writeSheetsXlsx\` (for reference; not part of the engine target).

## Figures

${table(results)}

## Targets

${verdicts(results)}

## Notes

- How the engine stays cheap (docs/architecture.md, src/engine/indicators/common/shared.ts): children are numbered once per build and every grouping several indicators or district blocks need (days by child, counted rows, open masks at the month ends, current rows at a date, distinct care leavers) is computed once in the IndicatorContext cache; month-end counts take two binary searches per row, not a loop over the months; ages and the care-leaver cohort are plain Day comparisons against thresholds worked out once; calendar shifts are memoised per distinct date; each distinct postcode is normalised once per process (shared by the parser's postcode check and the district resolver).
- "engine" includes the parse, so engine ÷ parse − 1 is the cost of everything after it (period checks, the 23 indicators, the district blocks, suppression); the "after parse" column is that cost per row. At scale 10 it is well under the parse time. At scale 1 it is not, for two reasons that do not grow with the rows: the parse itself runs about 1.5 times as many rows a second as at scale 10 (the sheets fit in the CPU caches), and the engine's run is dominated by when the garbage collector runs (the engine keeps the lists alive while it works). On this shared 2-core machine the scale-1 ratio moved between 1.95× and 2.8× from one run of the bench to the next (the engine between 39 and 64 ms; the after-parse cost between 0.32 and 0.68 µs a row), so at scale 1 the target holds in some runs and not in others: the verdict above is this run's. At scale 10 every run met it (1.3×–1.8×).
- Caches that outlive a build are keyed by the lookup they derive from (the outward-code table and each postcode's district, src/engine/districts/resolve.ts); postcodes already in canonical form are recognised by their characters without a look-up.
- An earlier version of this bench forced a GC before every timed run; that made the scale-1 engine run about twice as slow as in steady use (a freshly shrunk young generation), so the bench now times steady state after warm-up.
`;
}

async function mainBench() {
  const results = [];
  for (const scale of SCALES) {
    process.stderr.write(`… scale ${scale}\n`);
    results.push(await runChild(scale));
  }
  const m = machine();
  process.stdout.write(`${table(results)}\n\n${verdicts(results)}\n`);
  fs.writeFileSync(path.join(ROOT, 'docs', 'performance.md'), report(results, m));
  process.stdout.write('Written: docs/performance.md\n');
}

const scaleFlag = process.argv.indexOf('--scale');
const run = scaleFlag >= 0 ? measureScale(Number(process.argv[scaleFlag + 1])) : mainBench();
run.catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
