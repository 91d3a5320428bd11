/**
 * Extracts written the way real tools write them (inputs.md "Heading matching"): the same lists
 * with the official headings, with the column names of Data to Insight's SSD Annex A SQL (files
 * `Ofsted List N - … 2021.csv`, headings in row 1, dates as DD/MM/YYYY text) and in UPPER_SNAKE
 * give the same results, down to the byte of the results JSON.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResults } from '../../src/engine/build';
import { dayFromExcelSerial, dayFromYmd, ukFromDay } from '../../src/engine/dates';
import { defaultSettings } from '../../src/engine/settings/defaults';
import type { CellValue, SourceSheet } from '../../src/engine/types';
import { readInput } from '../../src/io/read-input';
import { headingRowIndex, isDateHeading, writeSheetsXlsx } from '../../src/io/write-sheets-xlsx';
import { generateSample } from '../../src/sample/generate';

/** Official heading → the SSD Annex A SQL's column alias (admin/tools-ssd_dfe_returns/AnnexA_sqlserver_v1.2.0_1_20240731.sql). */
const SSD_NAMES: Record<string, string> = {
  'Child Unique ID': 'ChildUniqueID',
  Gender: 'Gender',
  Ethnicity: 'Ethnicity',
  'Date of Birth': 'DateOfBirth',
  'Age of Child (Years)': 'Age',
  'Date of Contact': 'DateOfContact',
  'Contact Source': 'ContactSource',
  'Date of referral': 'ReferralDate',
  'Referral Source': 'ReferralSource',
  'Referral NFA?': 'ReferralNFA',
  'Number of Referrals in Last 12 Months': 'ReferralsLast12Months',
  'Allocated Team': 'AllocatedTeam',
  'Allocated Worker': 'AllocatedWorker',
  'Continuous Assessment Start Date': 'ContinuousAssessmentStart',
  'Continuous Assessment Date of Authorisation': 'ContinuousAssessmentAuthDate',
  'CIN Start Date': 'CINStartDate',
  'Primary Need Code': 'PrimaryNeedCode',
  'CIN Closure Date': 'CINClosureDate',
  'Reason for Closure': 'ReasonForClosure',
  'Case status': 'CaseStatus',
  'Child Protection Plan Start Date': 'ChildProtectionPlanStartDate',
  'Initial Category of Abuse': 'InitialCategoryOfAbuse',
  'Latest Category of Abuse': 'LatestCategoryOfAbuse',
  'Child Protection Plan End Date': 'ChildProtectionPlanEndDate',
  'Number of Previous Child Protection Plans': 'NumberOfPreviousChildProtectionPlans',
  'Date Started to be Looked After': 'LoookedAfterStartDate',
  'Start date of current legal status': 'MostRecentLegalStatusStart',
  "Child's Legal Status": 'LegalStatus',
  'Date Ceased to be Looked After': 'CeasedLookedAfterDate',
  'Placement Type': 'PlacementType',
  'Placement postcode': 'PlacementPostcode',
  'Eligibility Category': 'EligibilityCategory',
  'LA In Touch': 'LAInTouch',
  'Type of Accommodation': 'TypeOfAccommodation',
  'Suitability of Accommodation': 'SuitabilityOfAccommodation',
  'Activity Status': 'ActivityStatus',
};

const SSD_FILE_NAMES: Record<string, string> = {
  List_1: 'Ofsted List 1 - Contacts 2021',
  List_3: 'Ofsted List 3 - Referrals 2021',
  List_4: 'Ofsted List 4 - Assessments 2021',
  List_6: 'Ofsted List 6 - Children in Need 2021',
  List_7: 'Ofsted List 7 - Child Protection 2021',
  List_8: 'Ofsted List 8 - Children in Care 2021',
  List_9: 'Ofsted List 9 - Care Leavers 2021',
};

/** Columns the SSD script does not write (local ones, List 8's location): PascalCase, as such a tool would add them. */
const pascal = (heading: string): string =>
  heading.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
const upperSnake = (heading: string): string =>
  heading.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toUpperCase()).join('_');

/** The sheet with its title row dropped and its headings renamed; values untouched. */
function rewrite(sheet: SourceSheet, rename: (heading: string) => string, name = sheet.name): SourceSheet {
  const h = headingRowIndex(sheet.values);
  const headings = sheet.values[h].map((cell) => (typeof cell === 'string' ? rename(cell.trim()) : cell));
  return { name, values: [headings, ...sheet.values.slice(h + 1)], firstRow: 1, firstColumn: 0 };
}

const ssdHeading = (heading: string): string => SSD_NAMES[heading] ?? pascal(heading);

function csvCell(value: CellValue, isDate: boolean): string {
  if (value === null || value === undefined) return '';
  const text = isDate && typeof value === 'number' ? ukFromDay(dayFromExcelSerial(value)) : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV files as the SSD script's users save them: DD/MM/YYYY text dates (the SQL FORMATs them so). */
function writeSsdCsvFolder(official: SourceSheet[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'csc-ssd-'));
  for (const sheet of official) {
    const headingRow = headingRowIndex(sheet.values);
    const dateColumns = sheet.values[headingRow].map(isDateHeading);
    const ssd = rewrite(sheet, ssdHeading);
    const lines = ssd.values.map((row, r) => row.map((v, c) => csvCell(v, r > 0 && dateColumns[c])).join(','));
    writeFileSync(join(folder, `${SSD_FILE_NAMES[sheet.name] ?? sheet.name}.csv`), `${lines.join('\r\n')}\r\n`);
  }
  return folder;
}

const settings = { ...defaultSettings(), financialYear: 2021, quarter: 2 as const };
const options = { today: dayFromYmd(2021, 10, 15), version: 'test' };
const resultsJson = (sheets: SourceSheet[]): string => JSON.stringify(buildResults(sheets, settings, options).results, null, 2);

/**
 * The clean sample still holds a few malformed postcodes (warnings naming the heading as found,
 * which differs between the styles by design): blank the cells the problems point at, so the
 * results JSON can be compared byte for byte.
 */
function withoutProblemCells(sheets: SourceSheet[]): SourceSheet[] {
  const problems = buildResults(sheets, settings, options).parsed.problems;
  const copy = sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((row) => [...row]) }));
  for (const problem of problems) {
    const sheet = copy.find((s) => s.name === problem.sheet);
    if (!sheet || problem.row === null || problem.columnIndex === null || problem.columnIndex === undefined) continue;
    sheet.values[problem.row - (sheet.firstRow ?? 1)][problem.columnIndex - (sheet.firstColumn ?? 0)] = null;
  }
  return copy;
}

describe('extracts written by other tools', () => {
  const official = withoutProblemCells(generateSample({ scale: 0.2, messy: false, seed: 11 }));
  const officialJson = resultsJson(official.map((sheet) => rewrite(sheet, (h) => h)));

  it('official headings, SSD names and UPPER_SNAKE give byte-identical results JSON', () => {
    const parsed = JSON.parse(officialJson) as { indicators: { available: boolean }[]; problems: { count: number } };
    expect(parsed.indicators.filter((i) => i.available)).toHaveLength(23);
    expect(parsed.problems.count).toBe(0);
    expect(resultsJson(official.map((sheet) => rewrite(sheet, ssdHeading)))).toBe(officialJson);
    expect(resultsJson(official.map((sheet) => rewrite(sheet, upperSnake)))).toBe(officialJson);
  });

  it('SSD-style CSV files ("Ofsted List 1 - Contacts 2021.csv", ChildUniqueID, DateOfContact…) give the same results', async () => {
    const sheets = await readInput(writeSsdCsvFolder(official));
    expect(sheets.map((s) => s.name)).toContain('Ofsted List 1 - Contacts 2021');
    expect(sheets.find((s) => s.name === 'Ofsted List 1 - Contacts 2021')?.values[0].slice(0, 2)).toEqual(['ChildUniqueID', 'Gender']);
    expect(resultsJson(sheets)).toBe(officialJson);
  });

  it('an SSD-style workbook (sheets named "Ofsted List N - …", SSD headings) gives the same results', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'csc-ssd-xlsx-')), 'ssd.xlsx');
    await writeSheetsXlsx(official.map((sheet) => rewrite(sheet, ssdHeading, (SSD_FILE_NAMES[sheet.name] ?? sheet.name).slice(0, 31))), path);
    expect(resultsJson(await readInput(path))).toBe(officialJson);
  });
});
