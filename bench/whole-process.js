#!/usr/bin/env node
/**
 * npm run bench:whole — the whole `csc-report build` process on a folder of CSV files, against the
 * floor: a fresh Node process that only reads the same files and splits them into rows and cells.
 * Both are timed from spawn to exit (Node's own start-up included on both sides), alternately,
 * median of 5 each, with the peak memory of each process (/usr/bin/time -f %M, when present).
 *
 *   node bench/whole-process.js [--scales 1,10] [--runs 5] [--write]
 *
 * The input is the synthetic sample (seed 2021, 2021/22) written as CSV the way case-management
 * systems export it: dates as DD/MM/YYYY text, a byte-order mark, CRLF. It is generated once
 * into the system's temporary folder and reused. `--write` puts the table into
 * docs/performance.md's "Whole process" section.
 *
 * Three processes per round:
 * - floor: read every .csv (readFileSync, UTF-8) and split it on line ends and commas;
 * - build --json: `csc-report build DIR --json r.json` (the figures only: no workbook);
 * - build + workbook: the same with `--out report.xlsx` as well.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist-cli');
const BIN = path.join(ROOT, 'bin', 'csc-report.js');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const SEED = 2021;
const FINANCIAL_YEAR = 2021;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const SCALES = option('--scales', '1,10').split(',').map(Number);
const RUNS = Number(option('--runs', '5'));
const WRITE = process.argv.includes('--write');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The sample as a CSV folder (cached by scale, seed and year). Returns the folder and its size. */
function csvFolder(scale) {
  const dir = path.join(os.tmpdir(), `csc-whole-process-s${scale}-seed${SEED}-fy${FINANCIAL_YEAR}`);
  if (!fs.existsSync(path.join(dir, 'done'))) {
    const { generateSample } = require(path.join(DIST, 'sample', 'generate.js'));
    const { headingRowIndex, isDateHeading } = require(path.join(DIST, 'io', 'write-sheets-xlsx.js'));
    const { dayFromExcelSerial, ukFromDay } = require(path.join(DIST, 'engine', 'dates.js'));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const sheet of generateSample({ scale, messy: false, seed: SEED, financialYear: FINANCIAL_YEAR })) {
      const headingRow = headingRowIndex(sheet.values);
      const dateColumns = (sheet.values[headingRow] ?? []).map(isDateHeading);
      const cell = (value, isDate) => {
        if (value === null || value === undefined) return '';
        const text = isDate && typeof value === 'number' ? ukFromDay(dayFromExcelSerial(value)) : String(value);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      };
      const lines = sheet.values.map((row, r) => row.map((v, c) => cell(v, r > headingRow && dateColumns[c])).join(','));
      fs.writeFileSync(path.join(dir, `${sheet.name}.csv`), `\ufeff${lines.join('\r\n')}\r\n`);
    }
    fs.writeFileSync(path.join(dir, 'done'), '');
  }
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.csv'));
  const bytes = files.reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
  const rows = files.reduce((sum, name) => sum + fs.readFileSync(path.join(dir, name), 'utf8').split('\n').length - 2, 0);
  return { dir, bytes, rows };
}

const FLOOR_SCRIPT = `
const fs = require('node:fs'), path = require('node:path');
let cells = 0;
for (const name of fs.readdirSync(process.argv[1]).filter((n) => n.endsWith('.csv'))) {
  const rows = fs.readFileSync(path.join(process.argv[1], name), 'utf8').split('\\n');
  for (const row of rows) cells += row.split(',').length;
}
if (cells === 0) process.exit(1);`;

/** Runs one process; wall time from spawn to exit, and its peak RSS in MB (null without /usr/bin/time). */
function timed(args, cwd) {
  const command = TIME ? [TIME, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const kb = TIME ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

function measure(scale) {
  const input = csvFolder(scale);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-whole-run-'));
  const period = ['--year', `${FINANCIAL_YEAR}/${String((FINANCIAL_YEAR + 1) % 100).padStart(2, '0')}`, '--quarter', '2'];
  const kinds = {
    floor: ['-e', FLOOR_SCRIPT, input.dir],
    json: [BIN, 'build', input.dir, '--json', 'r.json', ...period],
    full: [BIN, 'build', input.dir, '--json', 'r.json', '--out', 'report.xlsx', ...period],
  };
  timed(kinds.json, work); // one untimed run: the file cache warm for every kind alike
  const runs = { floor: [], json: [], full: [] };
  for (let i = 0; i < RUNS; i++) for (const kind of Object.keys(kinds)) runs[kind].push(timed(kinds[kind], work));
  fs.rmSync(work, { recursive: true, force: true });
  const pick = (kind, key) => median(runs[kind].map((r) => r[key]));
  return {
    scale,
    rows: input.rows,
    mb: input.bytes / 1024 / 1024,
    floor: pick('floor', 'ms'),
    json: pick('json', 'ms'),
    full: pick('full', 'ms'),
    floorMb: pick('floor', 'mb'),
    jsonMb: pick('json', 'mb'),
    fullMb: pick('full', 'mb'),
  };
}

function table(results) {
  const f0 = (n) => (n === null ? '–' : Math.round(n).toLocaleString('en-GB'));
  const x = (a, b) => `${(a / b).toFixed(1)}×`;
  return [
    '| scale | rows | CSV (MB) | floor (ms) | build --json (ms) | ÷ floor | build + workbook (ms) | ÷ floor | peak MB: floor / --json / + workbook |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.scale} | ${f0(r.rows)} | ${r.mb.toFixed(1)} | ${f0(r.floor)} | ${f0(r.json)} | ${x(r.json, r.floor)} | ${f0(r.full)} | ${x(r.full, r.floor)} | ${f0(r.floorMb)} / ${f0(r.jsonMb)} / ${f0(r.fullMb)} |`),
  ].join('\n');
}

function machine() {
  return `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

function main() {
  if (!fs.existsSync(path.join(DIST, 'cli', 'main.js'))) throw new Error('dist-cli is not built: run "npm run build:cli"');
  const results = SCALES.map(measure);
  const text = `${table(results)}\n\nMachine: ${machine()}; median of ${RUNS} alternating runs each.`;
  process.stdout.write(`${text}\n`);
  if (WRITE) writeSection(text);
}

/** Replaces the table between the markers in docs/performance.md ("Whole process" section). */
function writeSection(text) {
  const file = path.join(ROOT, 'docs', 'performance.md');
  const doc = fs.readFileSync(file, 'utf8');
  const begin = '<!-- whole-process:begin -->';
  const end = '<!-- whole-process:end -->';
  if (!doc.includes(begin) || !doc.includes(end)) throw new Error(`docs/performance.md has no ${begin} … ${end} markers`);
  fs.writeFileSync(file, `${doc.slice(0, doc.indexOf(begin) + begin.length)}\n${text}\n${doc.slice(doc.indexOf(end))}`);
  process.stdout.write('Written: docs/performance.md (Whole process)\n');
}

main();
