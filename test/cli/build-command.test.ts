import { defaultReportName } from '../../src/cli/build-command';
import { describeProblem } from '../../src/cli/summary';

describe('defaultReportName', () => {
  it('names the report after the input, in the current folder', () => {
    expect(defaultReportName('data/extracts.xlsx')).toBe('extracts-report.xlsx');
    expect(defaultReportName('exports/q2-csv/')).toBe('q2-csv-report.xlsx');
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
