/**
 * Reads every sheet the product did not generate, as SourceSheet values, in row chunks sized so
 * each response stays under about 1 MB (Excel on the web refuses responses over 5 MB): a first
 * small chunk per sheet measures the bytes of a row, then the rest is read in chunks that fit.
 */
import type { CellValue, SourceSheet } from '../engine/types';
import { queueMarkerLookup } from '../render/office/marker';

export const RESPONSE_BUDGET_BYTES = 1_000_000;
/** Rows of the first chunk of each sheet (measures the row size). */
export const PROBE_ROWS = 100;
/** Share of the budget a planned chunk may use: later rows may be longer than the probe's. */
const SAFETY = 0.75;

interface UsedArea {
  name: string;
  sheet: Excel.Worksheet;
  firstRow: number;
  firstCol: number;
  rows: number;
  cols: number;
  /** Some rows hidden (Range.rowHidden is null when some are, true when all are). */
  hiddenRows: boolean;
}

interface Chunk {
  area: UsedArea;
  start: number;
  rows: number;
}

export async function readSourceSheets(context: Excel.RequestContext): Promise<SourceSheet[]> {
  const areas = await usedAreas(context);
  const values = new Map<UsedArea, CellValue[][]>(areas.map((a) => [a, []]));
  const probes = areas.map((area) => ({ area, start: 0, rows: Math.min(PROBE_ROWS, area.rows) }));
  const probeBytes = await readChunks(context, probes, values);
  const rest: Chunk[] = [];
  areas.forEach((area, i) => {
    const perRow = Math.max(probeBytes[i] / Math.max(1, probes[i].rows), area.cols * 4);
    const size = Math.max(1, Math.floor((RESPONSE_BUDGET_BYTES * SAFETY) / perRow));
    for (let start = probes[i].rows; start < area.rows; start += size) rest.push({ area, start, rows: Math.min(size, area.rows - start) });
  });
  await readInBudget(context, rest, values);
  return areas.map((area) => ({
    name: area.name,
    values: values.get(area) ?? [],
    firstRow: area.firstRow + 1,
    firstColumn: area.firstCol,
    ...(area.hiddenRows ? { hiddenRows: true } : {}),
  }));
}

/** Sheet names, markers and used ranges (two syncs); generated and empty sheets are left out. */
async function usedAreas(context: Excel.RequestContext): Promise<UsedArea[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const probes = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden');
    return { sheet, used, marker: queueMarkerLookup(sheet) };
  });
  await context.sync();
  return probes
    .filter((p) => p.marker.isNullObject && !p.used.isNullObject)
    .map((p) => ({ name: p.sheet.name, sheet: p.sheet, firstRow: p.used.rowIndex, firstCol: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount, hiddenRows: p.used.rowHidden !== false }));
}

/** Reads the chunks in syncs whose estimated responses stay within the budget. */
async function readInBudget(context: Excel.RequestContext, chunks: Chunk[], values: Map<UsedArea, CellValue[][]>): Promise<void> {
  let batch: Chunk[] = [];
  let used = 0;
  for (const chunk of chunks) {
    const estimate = (RESPONSE_BUDGET_BYTES * SAFETY * chunk.rows) / chunkCapacity(chunks, chunk);
    if (batch.length > 0 && used + estimate > RESPONSE_BUDGET_BYTES * SAFETY) {
      await readChunks(context, batch, values);
      batch = [];
      used = 0;
    }
    batch.push(chunk);
    used += estimate;
  }
  if (batch.length > 0) await readChunks(context, batch, values);
}

/** Rows a full chunk of this sheet holds (the planned chunk size). */
function chunkCapacity(chunks: Chunk[], chunk: Chunk): number {
  return Math.max(...chunks.filter((c) => c.area === chunk.area).map((c) => c.rows));
}

/** One sync: loads the chunks, appends their rows in order, returns each chunk's bytes. */
async function readChunks(context: Excel.RequestContext, chunks: Chunk[], values: Map<UsedArea, CellValue[][]>): Promise<number[]> {
  const ranges = chunks.map((c) => {
    const range = c.area.sheet.getRangeByIndexes(c.area.firstRow + c.start, c.area.firstCol, c.rows, c.area.cols);
    range.load('values');
    return range;
  });
  await context.sync();
  return chunks.map((c, i) => {
    const rows = ranges[i].values as CellValue[][];
    values.get(c.area)?.push(...rows);
    return JSON.stringify(rows).length;
  });
}
