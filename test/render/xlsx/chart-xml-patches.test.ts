import { addMarkers, reverseBarCategoryOrder, splitTitleNote } from '../../../src/render/xlsx/chart-xml-patches';
import { addRowBreaks, addTabColor, fixDefaultRowHeight } from '../../../src/render/xlsx/sheet-xml-patches';

const CAT_AX = '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:crosses val="autoZero"/></c:catAx>';
const VAL_AX = '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:crosses val="autoZero"/></c:valAx>';

describe('reverseBarCategoryOrder', () => {
  test('bar chart: category axis maxMin, value axis crosses at max; nothing else changes', () => {
    const xml = `<c:barChart><c:barDir val="bar"/></c:barChart>${CAT_AX}${VAL_AX}`;
    expect(reverseBarCategoryOrder(xml)).toBe(
      '<c:barChart><c:barDir val="bar"/></c:barChart>' +
        '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:crosses val="autoZero"/></c:catAx>' +
        '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:crosses val="max"/></c:valAx>',
    );
  });

  test('column chart is left alone', () => {
    const xml = `<c:barChart><c:barDir val="col"/></c:barChart>${CAT_AX}${VAL_AX}`;
    expect(reverseBarCategoryOrder(xml)).toBe(xml);
  });
});

describe('addMarkers', () => {
  const ser = (idx: number) => `<c:ser><c:idx val="${idx}"/><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="12436D"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker></c:ser>`;
  const line = (marker: 'circle' | 'square' | 'none', color: string) => ({ type: 'line' as const, marker, color });

  test('each series gets the marker its spec names, in its own colour; none stays none', () => {
    const spec = { kind: 'line' as const, type: 'line' as const, series: [line('circle', '#12436D'), line('square', '#F46A25'), line('none', '#28A197')] };
    const out = addMarkers(`<c:lineChart>${ser(0)}${ser(1)}${ser(2)}</c:lineChart>`, spec as never);
    expect(out).toContain('<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="12436D"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="12436D"/></a:solidFill></a:ln></c:spPr></c:marker>');
    expect(out).toContain('<c:symbol val="square"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="F46A25"/>');
    expect(out).toContain(`${ser(2)}</c:lineChart>`);
  });

  test('a combination matches series by index: columns first, then the line', () => {
    const spec = { kind: 'combination' as const, type: 'column' as const, series: [{ type: 'line', marker: 'circle', color: '#801650' }, { type: 'column', marker: 'none', color: '#12436D' }] };
    // The writer pushes the main chart's (column) series first: idx 0 = the column, idx 1 = the line.
    const out = addMarkers(`<c:barChart>${ser(0)}</c:barChart><c:lineChart>${ser(1)}</c:lineChart>`, spec as never);
    expect(out).toContain(`<c:barChart>${ser(0)}</c:barChart>`);
    expect(out).toContain('<c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="801650"/>');
  });
});

describe('splitTitleNote', () => {
  const title = (text: string) =>
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${text}</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea/>`;

  test('the note after the newline becomes a small italic second paragraph', () => {
    expect(splitTitleNote(title('9. Rate\nNumbers below 10 have been suppressed'))).toBe(
      '<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>9. Rate</a:t></a:r></a:p>' +
        '<a:p><a:pPr><a:defRPr sz="900" b="0" i="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="900" b="0" i="1"/><a:t>Numbers below 10 have been suppressed</a:t></a:r></a:p>' +
        '</c:rich></c:tx></c:title><c:plotArea/>',
    );
  });

  test('a title without a note is unchanged', () => {
    expect(splitTitleNote(title('9. Rate'))).toBe(title('9. Rate'));
  });
});

describe('addTabColor', () => {
  test('into an existing <sheetPr> with children, first', () => {
    expect(addTabColor('<worksheet x="1"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/>', '#1f4e79')).toBe(
      '<worksheet x="1"><sheetPr><tabColor rgb="FF1F4E79"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/>',
    );
  });

  test('creates <sheetPr> right after <worksheet> when absent', () => {
    expect(addTabColor('<worksheet x="1"><dimension ref="A1"/>', '#7F7F7F')).toBe('<worksheet x="1"><sheetPr><tabColor rgb="FF7F7F7F"/></sheetPr><dimension ref="A1"/>');
  });

  test('opens a self-closing <sheetPr> with attributes', () => {
    expect(addTabColor('<worksheet><sheetPr filterMode="0"/><dimension/>', '#000000')).toBe('<worksheet><sheetPr filterMode="0"><tabColor rgb="FF000000"/></sheetPr><dimension/>');
  });
});

describe('addRowBreaks', () => {
  const sheetXml = '<worksheet><sheetData/><pageSetup paperSize="9"/><drawing r:id="rId1"/></worksheet>';

  test('sorted, de-duplicated breaks before <drawing>', () => {
    expect(addRowBreaks(sheetXml, [40, 12, 40])).toBe(
      '<worksheet><sheetData/><pageSetup paperSize="9"/>' +
        '<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="40" max="16383" man="1"/></rowBreaks>' +
        '<drawing r:id="rId1"/></worksheet>',
    );
  });

  test('before </worksheet> when there is no drawing; row 0 and no rows change nothing', () => {
    expect(addRowBreaks('<worksheet><sheetData/></worksheet>', [5])).toBe(
      '<worksheet><sheetData/><rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks></worksheet>',
    );
    expect(addRowBreaks(sheetXml, [0])).toBe(sheetXml);
    expect(addRowBreaks(sheetXml, [])).toBe(sheetXml);
  });
});

describe('fixDefaultRowHeight', () => {
  it('fixes rows without a height at 15 pt and marks the default custom, leaving explicit heights', () => {
    const xml = '<worksheet><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1" spans="1:3" ht="21" customHeight="1"><c r="A1"/></row><row r="7" spans="1:3"><c r="A7"/></row></sheetData></worksheet>';
    expect(fixDefaultRowHeight(xml)).toBe(
      '<worksheet><sheetFormatPr defaultRowHeight="15" customHeight="1"/><sheetData><row r="1" spans="1:3" ht="21" customHeight="1"><c r="A1"/></row><row r="7" spans="1:3" ht="15" customHeight="1"><c r="A7"/></row></sheetData></worksheet>',
    );
  });
});
