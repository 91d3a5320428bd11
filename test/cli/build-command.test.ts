import { defaultReportName, reportPath } from '../../src/cli/build-command';
import { describeProblem } from '../../src/cli/summary';

describe('defaultReportName', () => {
  it('names the report after the input', () => {
    expect(defaultReportName('data/extracts.xlsx')).toBe('extracts-report.xlsx');
    expect(defaultReportName('exports/q2-csv/')).toBe('q2-csv-report.xlsx');
  });
});

describe('reportPath', () => {
  const cwd = '/home/analyst';
  it('puts the report beside its input, not in the folder the command runs in', () => {
    expect(reportPath({ out: null, json: null }, '/data/exports/q2-csv/', cwd)).toBe('/data/exports/q2-csv-report.xlsx');
    expect(reportPath({ out: null, json: null }, '/data/extracts.xlsx', cwd)).toBe('/data/extracts-report.xlsx');
  });

  it('takes --out relative to the folder the command runs in', () => {
    expect(reportPath({ out: 'reports/q2.xlsx', json: 'r.json' }, '/data/extracts.xlsx', cwd)).toBe('/home/analyst/reports/q2.xlsx');
  });

  it('writes no workbook when only --json is given', () => {
    expect(reportPath({ out: null, json: 'r.json' }, '/data/extracts.xlsx', cwd)).toBeNull();
  });
});

describe('describeProblem', () => {
  it('locates a problem and leaves out a withheld value', () => {
    expect(
      describeProblem({ list: 8, sheet: 'List 8', row: 3, column: 'Placement postcode', value: null, message: 'not a valid postcode', severity: 'warning' }),
    ).toBe('Warning: List 8, row 3, Placement postcode: not a valid postcode');
    expect(
      describeProblem({ list: null, sheet: 'Report Settings', row: 12, column: 'Value', value: 'ten', message: 'expected a number', severity: 'error' }),
    ).toBe('Error: Report Settings, row 12, Value "ten": expected a number');
  });
});
