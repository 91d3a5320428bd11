import { buildReportModel } from '../../../src/report/build-model';
import { BUILT_AT, CHILD_ID, DATE_OF_BIRTH, POSTCODE, fixtureInput } from '../../report/fixture';
import { renderInChildProcess } from './render-fixture';
import { readAllEntries } from './read-package';

/**
 * Integration: the model that report/build-model makes from the report tests' hand-made results
 * renders, and the package holds what the model says — and no child-level value.
 */
const model = buildReportModel(fixtureInput(), { builtAt: BUILT_AT });
let entries: Record<string, string>;

beforeAll(async () => {
  entries = await readAllEntries(renderInChildProcess(model).bytes);
}, 60_000);

test('one chart part per ChartSpec, each showing empty cells as gaps', () => {
  const specCount = model.sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0);
  const parts = Object.keys(entries).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
  expect(specCount).toBeGreaterThan(0);
  expect(parts).toHaveLength(specCount);
  for (const part of parts) expect(entries[part]).toContain('<c:dispBlanksAs val="gap"/>');
});

test('the sheets are written in model order', () => {
  const names = [...entries['xl/workbook.xml'].matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'"));
  expect(names).toEqual(model.sheets.map((sheet) => sheet.name));
});

test('no child-level value from the problems list reaches the package', () => {
  for (const [name, text] of Object.entries(entries)) {
    for (const secret of [CHILD_ID, POSTCODE, DATE_OF_BIRTH]) {
      if (text.includes(secret)) throw new Error(`${secret} found in ${name}`);
    }
  }
});
