import { absoluteRef, columnLetters, quotedSheetName } from '../../../src/render/xlsx/a1';

describe('A1 references', () => {
  test('column letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  test('sheet names are quoted, apostrophes doubled', () => {
    expect(quotedSheetName('Chart Data')).toBe("'Chart Data'");
    expect(quotedSheetName("King's Lynn")).toBe("'King''s Lynn'");
  });

  test('absolute references to a cell and a range', () => {
    expect(absoluteRef({ sheet: 'Chart Data', firstRow: 0, firstCol: 1, lastRow: 0, lastCol: 1 })).toBe("'Chart Data'!$B$1");
    expect(absoluteRef({ sheet: 'Chart Data', firstRow: 1, firstCol: 0, lastRow: 6, lastCol: 0 })).toBe("'Chart Data'!$A$2:$A$7");
    expect(absoluteRef({ sheet: 'Chart Data', firstRow: 9, firstCol: 26, lastRow: 9, lastCol: 33 })).toBe("'Chart Data'!$AA$10:$AH$10");
  });
});
