/**
 * Parsing sheet by sheet (WorkbookParser, as the command line does while it reads) gives exactly
 * what parsing the whole workbook at once gives, and the build from those lists the same results.
 */
import { buildResults, buildResultsFromParsed } from '../../src/engine/build';
import { dayFromYmd } from '../../src/engine/dates';
import { WorkbookParser, parseWorkbook } from '../../src/engine/parse';
import { defaultSettings } from '../../src/engine/settings/defaults';
import type { SourceSheet } from '../../src/engine/types';
import { generateSample } from '../../src/sample/generate';

const settings = { ...defaultSettings(), financialYear: 2021, quarter: 2 as const };
const options = { today: dayFromYmd(2021, 10, 15), version: 'test' };

test('sheet by sheet, with a sheet that is no list and a second List 3, equals the whole workbook at once', () => {
  const sample = generateSample({ scale: 0.1, messy: true, seed: 5 });
  const sheets: SourceSheet[] = [...sample, { name: 'Notes', values: [['anything']] }, { ...sample[1], name: 'Referrals' }];
  const parser = new WorkbookParser();
  for (const sheet of sheets) parser.add(sheet);
  const parsed = parser.finish();
  expect(parsed).toEqual(parseWorkbook(sheets));
  expect(parsed.ignoredSheets).toEqual(['Notes', 'Referrals']);
  expect(parser.sheetNames).toEqual(sheets.map((s) => s.name));
  expect(buildResultsFromParsed(parsed, parser.sheetNames, settings, options).results).toEqual(buildResults(sheets, settings, options).results);
});

test('the parser keeps no reference to a sheet it was given', () => {
  const sheet = generateSample({ scale: 0.05, messy: false, seed: 9 })[0];
  const parser = new WorkbookParser();
  parser.add(sheet);
  const parsed = parser.finish();
  // Emptying the sheet's rows afterwards changes nothing that was parsed.
  const before = JSON.stringify(parsed);
  for (const row of sheet.values) row.fill(null);
  sheet.values.length = 0;
  expect(JSON.stringify(parsed)).toBe(before);
  expect(parsed.info[1]?.rowsRead).toBeGreaterThan(100);
});

test('no list at all: the message names every sheet given', () => {
  const parser = new WorkbookParser();
  parser.add({ name: 'Sheet1', values: [['a']] });
  parser.add({ name: 'Notes', values: [] });
  expect(() => buildResultsFromParsed(parser.finish(), parser.sheetNames, settings, options)).toThrow('(sheets found: "Sheet1", "Notes")');
});
