import { columnIndex, dateFromSerial, parseSheetXml } from '../../src/io/xlsx-sheet';
import { isDateFormatCode } from '../../src/io/xlsx-parts';

const context = { sharedStrings: ['Child Unique ID', 'Date of Contact'], dateStyles: [false, true], date1904: false };

describe('xlsx sheet cells', () => {
  it('turns column letters into 0-based indexes', () => {
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('Z9')).toBe(25);
    expect(columnIndex('AB12')).toBe(27);
  });

  it('turns Excel serials into UTC dates (1900 and 1904 systems)', () => {
    expect(dateFromSerial(44197, false).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(dateFromSerial(44197.5, false).toISOString()).toBe('2021-01-01T12:00:00.000Z');
    expect(dateFromSerial(42735, true).toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });

  it('recognises date number formats but not numeric ones', () => {
    expect(isDateFormatCode('dd/mm/yyyy')).toBe(true);
    expect(isDateFormatCode('[$-809]dd mmmm yyyy')).toBe(true);
    expect(isDateFormatCode('#,##0.0')).toBe(false);
    expect(isDateFormatCode('0.0%')).toBe(false);
    expect(isDateFormatCode('"days"0')).toBe(false);
  });

  it('reads every cell type and pads rows to the sheet width', () => {
    const xml =
      '<sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>Rich </t></r><r><t>text</t></r></is></c></row>' +
      '<row r="3"><c r="A3"><v>123</v></c><c r="B3" s="1"><v>44197</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="b"><v>1</v></c></row>' +
      '<row r="4"><c r="A4" t="str"><f>A3&amp;"x"</f><v>123x &amp; &lt;y&gt;</v></c><c r="B4" s="1"/></row>' +
      '</sheetData>';
    expect(parseSheetXml(xml, context)).toEqual([
      ['Child Unique ID', 'Date of Contact', null, 'Rich text'],
      [null, null, null, null],
      [123, new Date(Date.UTC(2021, 0, 1)), '#N/A', true],
      ['123x & <y>', null, null, null],
    ]);
  });
});
