#!/usr/bin/env node
/**
 * End-to-end test of the task pane in a real browser (npm run test:e2e; not part of jest).
 *
 * Builds the E2E bundle (E2E=1 webpack → test-output/dist-e2e: no office.js tag), serves it on
 * 127.0.0.1, opens it in headless Chromium with the fake Excel injected before the page's own
 * script, then: Insert sample data → Build report (held mid-way for a screenshot) → checks the
 * generated sheets and charts in the fake → clicks a problem and checks the fake's selection.
 * Every request the page makes is recorded; none may leave 127.0.0.1.
 * Screenshots go to docs/images/taskpane-{before,building,done}.png.
 */
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { chromium } = require('playwright-core');
const { serveStatic } = require('./static-server');

const ROOT = path.join(__dirname, '..', '..');
// E2E_DIST: test an already built bundle (skips the build), e.g. while debugging the harness.
const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'test-output', 'dist-e2e');
const IMAGES = path.join(ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DISTRICTS = ['Bromsgrove', 'Malvern Hills', 'Redditch', 'Worcester', 'Wychavon', 'Wyre Forest'];
const BUILD_TIMEOUT_MS = 180000;

const results = [];
function check(name, condition, detail = '') {
  results.push({ name, ok: Boolean(condition) });
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function buildBundle() {
  const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  const run = spawnSync(webpack, ['--mode', 'production'], { cwd: ROOT, env: { ...process.env, E2E: '1' }, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error('E2E bundle build failed');
  }
}

/** The problem's location as the pane shows it ("List 3 · row 17 · Date of Referral"). */
function parseLocation(text) {
  const row = /row (\d+)/.exec(text);
  const parts = text.split(' · ');
  return { row: row ? Number(row[1]) : null, column: parts.length >= 3 ? parts[parts.length - 1] : null };
}

/** In the page: row number of the selection and the heading text above its column. */
function selectionFacts() {
  const state = window.__e2e.state();
  const selection = state.selection;
  if (!selection) return null;
  const sheet = state.sheets.find((s) => s.id === selection.sheetId);
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(selection.address.replace(/^.*!/, ''));
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  col -= 1;
  // The first filled cell of the column from the top is its heading (a messy sheet may start
  // lower). Nothing below it is returned: those are child-level values, kept out of the log.
  let heading = null;
  for (let r = 0; r < 10 && heading === null; r++) {
    const cell = sheet.cells[`${r},${col}`];
    if (cell && cell.value !== '') heading = String(cell.value);
  }
  return { sheet: sheet.name, row: Number(match[2]), heading };
}

/** In the page: writes text that is not a date into row 5's Date of Referral on the List 3 sheet. */
function spoilReferralDate() {
  const state = window.__e2e.state();
  const sheet = state.sheets.find((s) => /3/.test(s.name) && /list/i.test(s.name));
  if (!sheet) return null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (!/date of referral/i.test(String(cell.value))) continue;
    const [headingRow, col] = key.split(',').map(Number);
    const row = headingRow + 4;
    sheet.cells[`${row},${col}`] = { value: 'not a date', numberFormat: '@', formula: false, format: {} };
    return { sheet: sheet.name, row: row + 1, column: String(cell.value) };
  }
  return { sheets: state.sheets.map((s) => s.name) };
}

/**
 * Issue 10 (in the page): pastes List 1's first 40 data rows again below its last row, as last
 * quarter's rows left under a shorter paste look. Returns the sheet and the rows' span (no values).
 */
function repeatListOneRows() {
  const state = window.__e2e.state();
  const sheet = state.sheets.find((s) => /^(list[ _]?1|contacts)$/i.test(s.name));
  if (!sheet) return null;
  let headingRow = -1;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (/child unique id/i.test(String(cell.value))) headingRow = Number(key.split(',')[0]);
  }
  let lastRow = 0;
  for (const key of Object.keys(sheet.cells)) lastRow = Math.max(lastRow, Number(key.split(',')[0]));
  for (let r = 0; r < 40; r++) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      const [row, col] = key.split(',').map(Number);
      if (row === headingRow + 1 + r) sheet.cells[`${lastRow + 1 + r},${col}`] = { ...cell, format: { ...cell.format } };
    }
  }
  return { sheet: sheet.name, first: lastRow + 2, last: lastRow + 41 };
}

/** Issue 10 (in the page): for each sheet, the non-empty cells above and below its heading row. */
function listSheetFacts(names) {
  const state = window.__e2e.state();
  return names.map((name) => {
    const sheet = state.sheets.find((s) => s.name === name);
    if (!sheet) return { name, missing: true };
    let headingRow = -1;
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (/child unique id/i.test(String(cell.value))) headingRow = Number(key.split(',')[0]);
    }
    const filled = Object.entries(sheet.cells).filter(([, cell]) => cell.value !== '');
    return {
      name,
      headingRow,
      headings: filled.filter(([key]) => Number(key.split(',')[0]) === headingRow).length,
      below: filled.filter(([key]) => Number(key.split(',')[0]) > headingRow).length,
      cells: filled.length,
    };
  });
}

// ---- issue 12: accessibility audit (axe-core) ----
const AXE_SOURCE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Runs axe-core in the page (injected from node_modules: no network) over the whole document
 * and checks there is no violation in this state of the pane; each violation is listed by rule,
 * impact and the first offending element.
 */
async function auditAccessibility(page, state) {
  const injected = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!injected) await page.addScriptTag({ content: fs.readFileSync(AXE_SOURCE, 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes[0] ? v.nodes[0].target.join(' ') : ''}`);
  });
  check(`issue 12: axe-core finds no accessibility violation in the ${state} state`, violations.length === 0, violations.join(' | '));
}
// ---- end of issue 12 ----

async function main() {
  if (!process.env.E2E_DIST) buildBundle();
  const fakeBundle = fs.readFileSync(path.join(DIST, 'fake-excel.js'), 'utf8');
  const { server, origin } = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const requests = [];
  const pageErrors = [];
  try {
    // A task pane is about 350 px wide in Excel on Windows and the web.
    // Reduced motion: Fluent then skips its colour transitions, so screenshots show settled states.
    const page = await browser.newPage({ viewport: { width: 360, height: 720 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({ content: fakeBundle });
    await page.goto(`${origin}/taskpane.html`);

    const buildButton = page.getByRole('button', { name: 'Build report' });
    await buildButton.waitFor({ timeout: 30000 });
    fs.mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, 'taskpane-before.png') });
    check('pane opens idle with the Build report button', await buildButton.isEnabled());
    await auditAccessibility(page, 'before');

    await page.getByRole('button', { name: 'Insert sample data' }).click();
    await page.getByText(/Sample data inserted/).waitFor({ timeout: 60000 });
    const sourceSheets = await page.evaluate(() => window.__e2e.state().sheets.map((s) => s.name));
    check('sample data inserted source sheets', sourceSheets.length >= 7, sourceSheets.join(', '));

    await page.evaluate(() => window.__e2e.holdWhenProgress(0.3));
    await buildButton.click();
    await page.waitForFunction(() => window.__e2e.isHeld(), null, { timeout: BUILD_TIMEOUT_MS });
    const step = await page.locator('[role="progressbar"][aria-label^="Build progress"]').getAttribute('aria-valuenow');
    await page.screenshot({ path: path.join(IMAGES, 'taskpane-building.png') });
    check('build held mid-way with the progress bar showing', Number(step) >= 0.3 && Number(step) < 1, `progress ${step}`);
    await auditAccessibility(page, 'building');
    await page.evaluate(() => window.__e2e.release());

    const summary = page.getByTestId('indicators-available');
    await summary.waitFor({ timeout: BUILD_TIMEOUT_MS });
    const available = Number((await summary.textContent()).split('/')[0]);
    check('summary shows indicators available out of 23', available > 0 && available <= 23, `${available}/23`);
    await page.screenshot({ path: path.join(IMAGES, 'taskpane-done.png') });
    await auditAccessibility(page, 'done');
    
    const sheets = await page.evaluate(() =>
      window.__e2e.state().sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        charts: s.charts.length,
        chartSources: s.charts.flatMap((c) => c.series.map((x) => (x.values ? x.values.sheetId : null))),
      })),
    );
    const byName = new Map(sheets.map((s) => [s.name, s]));
    const expected = ['Performance Report', 'District Summary', ...DISTRICTS, 'Chart Data', 'Build Log'];
    const missing = expected.filter((name) => !byName.has(name));
    check('generated sheets exist', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : expected.join(', '));
    const generatedOrder = sheets.map((s) => s.name).filter((name) => expected.includes(name));
    check('generated sheets are in the report order', JSON.stringify(generatedOrder) === JSON.stringify(expected), generatedOrder.join(', '));
    const chartData = byName.get('Chart Data');
    check('Chart Data is hidden', chartData && chartData.visibility !== 'Visible', chartData && chartData.visibility);

    const report = byName.get('Performance Report');
    check('Performance Report has at least one chart per available indicator', report && report.charts >= available, `${report && report.charts} charts`);
    for (const name of ['District Summary', ...DISTRICTS]) {
      const sheet = byName.get(name);
      check(`${name} has charts`, sheet && sheet.charts > 0, `${sheet && sheet.charts} charts`);
    }
    check('Chart Data and Build Log have no charts', chartData && chartData.charts === 0 && byName.get('Build Log')?.charts === 0);
    const totalCharts = sheets.reduce((sum, s) => sum + s.charts, 0);
    const allSources = sheets.flatMap((s) => s.chartSources);
    check(
      'every chart series plots Chart Data',
      allSources.length > 0 && allSources.every((id) => id === chartData.id),
      `${totalCharts} charts, ${allSources.length} series`,
    );

    // The sample is clean, so spoil one referral date and rebuild: the rebuild must replace the
    // generated sheets and list the problem, which must select its cell when clicked.
    const spoiled = await page.evaluate(spoilReferralDate);
    check('a referral date was spoiled for the rebuild', spoiled && spoiled.row > 0, JSON.stringify(spoiled));
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.getByRole('region', { name: 'Problems' }).waitFor({ timeout: BUILD_TIMEOUT_MS });
    const sheetCount = await page.evaluate(() => window.__e2e.state().sheets.length);
    check('the rebuild replaced the generated sheets instead of adding more', sheetCount === sheets.length, `${sheetCount} sheets`);
    const problemButtons = page.getByRole('region', { name: 'Problems' }).getByRole('button');
    const problemCount = await problemButtons.count();
    check('the sample data yields problems to click', problemCount > 0, `${problemCount} listed`);
    if (problemCount > 0) {
      const first = problemButtons.first();
      const location = parseLocation(await first.locator('span').first().textContent());
      await first.click();
      await page.waitForFunction(() => window.__e2e.state().selection !== null, null, { timeout: 10000 });
      const selected = await page.evaluate(selectionFacts);
      check('clicking a problem selects its row', selected && selected.row === location.row, `${JSON.stringify(location)} → ${JSON.stringify(selected)}`);
      if (location.column) {
        check('… in the column it names', selected && selected.heading === location.column, selected && selected.heading);
      }
      await page.screenshot({ path: path.join(IMAGES, 'taskpane-done.png') });
    }


    // ---- Issue 10: the pre-build list summary, the stale-rows warning and Start a new quarter ----
    {
      const listsFound = page.getByRole('region', { name: 'Lists found' });
      const table = listsFound.getByRole('table', { name: 'Lists the build will read' });
      await table.waitFor({ timeout: 60000 });
      const listRows = await table.getByRole('row').count();
      check('issue 10: the list summary shows the sample lists before a build', listRows - 1 >= 7, `${listRows - 1} lists`);
      const firstRowCells = await table.getByTestId('list-1').getByRole('cell').allTextContents();
      check('issue 10: each list shows its sheet, rows and date range', firstRowCells.length === 4 && /\d\d\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4}/.test(firstRowCells[3]), firstRowCells.join(' | '));

      const repeated = await page.evaluate(repeatListOneRows);
      check('issue 10: 40 of List 1\'s rows were pasted again below it', repeated !== null, JSON.stringify(repeated));
      await listsFound.getByRole('button', { name: 'Check again' }).click();
      const warning = listsFound.getByText(/repeat earlier rows of the list/);
      await warning.waitFor({ timeout: 60000 });
      const warningText = await warning.textContent();
      check(
        'issue 10: the list summary warns about the repeated rows, naming the first and last and how many',
        repeated && warningText.includes(`40 rows between rows ${repeated.first} and ${repeated.last}`),
        warningText,
      );
      await warning.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(IMAGES, 'taskpane-lists-found.png') });

      await page.getByRole('button', { name: 'Build report' }).click();
      await page.getByRole('region', { name: 'Problems' }).waitFor({ timeout: BUILD_TIMEOUT_MS });
      await page.getByTestId('indicators-available').waitFor({ timeout: BUILD_TIMEOUT_MS });
      const problemsText = await page.getByRole('region', { name: 'Problems' }).textContent();
      check('issue 10: the build lists the repeated-rows warning too', /repeat earlier rows of the list/.test(problemsText));

      const sourceNames = await page.evaluate(() => window.__e2e.state().sheets.map((s) => s.name));
      await page.getByRole('button', { name: 'Start a new quarter', exact: true }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Start a new quarter?' });
      await dialog.waitFor({ timeout: 60000 });
      const items = await dialog.getByRole('listitem').allTextContents();
      check('issue 10: the confirmation names each list sheet and its rows', items.length >= 7 && items.every((t) => /^Sheet “.+” \(List \d+: .+\): [\d,]+ rows? below the headings in row \d+$/.test(t)), items.slice(0, 2).join(' / '));
      await dialog.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(IMAGES, 'taskpane-new-quarter.png') });
      const listNames = items.map((t) => /^Sheet “(.+?)”/.exec(t)[1]);
      const before = await page.evaluate(listSheetFacts, sourceNames);
      await dialog.getByRole('button', { name: /^Clear / }).click();
      await page.getByText(/^Cleared /).waitFor({ timeout: 60000 });
      const after = await page.evaluate(listSheetFacts, sourceNames);
      const cleared = after.filter((f) => listNames.includes(f.name));
      check('issue 10: every confirmed list keeps its headings and has no rows below them', cleared.length === listNames.length && cleared.every((f) => f.below === 0 && f.headings >= 2), JSON.stringify(cleared.slice(0, 2)));
      const others = after.filter((f) => !listNames.includes(f.name));
      const othersBefore = before.filter((f) => !listNames.includes(f.name));
      check('issue 10: settings, the report and every other sheet are untouched', JSON.stringify(others) === JSON.stringify(othersBefore), others.map((f) => `${f.name}:${f.cells}`).join(', '));
      // The summary reads the lists again: each is there, with no rows.
      await page.waitForFunction(() => {
        const cells = document.querySelectorAll('[data-testid="list-1"] td');
        return cells.length === 4 && cells[2].textContent === '0';
      }, null, { timeout: 60000 });
      check('issue 10: after the clear the summary shows the lists with no rows', true);
      await page.screenshot({ path: path.join(IMAGES, 'taskpane-new-quarter-done.png') });
    }
    // ---- end of issue 10 ----

    const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    check('no request left 127.0.0.1', outside.length === 0, outside.length ? outside.join(', ') : `${requests.length} requests`);
    check('no uncaught errors in the page', pageErrors.length === 0, pageErrors.join(' | '));
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((error) => {
    check('test ran to the end', false, error && error.stack ? error.stack : String(error));
  })
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  });
