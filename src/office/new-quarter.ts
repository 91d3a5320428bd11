/**
 * "Start a new quarter" (issue 10): the analyst's routine is to paste this quarter's extracts over
 * last quarter's lists and build; a shorter paste leaves old rows below the new ones. This clears
 * the data rows of every list the build reads, keeping each heading row (and anything above it),
 * the Report Settings, the lookups, the analyst's own sheets and the generated report.
 *
 * Two steps, so the pane can confirm first: planNewQuarter() says which sheets and how many rows;
 * startNewQuarter(plan) clears them. The clear re-reads each sheet's used range (rows pasted since
 * the plan are cleared too) and touches only the sheets the analyst confirmed. Contents only:
 * formats, column widths and the heading row stay.
 */
import { parseWorkbook } from '../engine/parse';
import { LIST_NAMES, type ListNumber } from '../engine/types';
import { readSourceSheets } from './read-sources';
import { listSheets } from './source-sheets';

export interface QuarterPlanEntry {
  list: ListNumber;
  name: string;
  sheet: string;
  /** Worksheet row number of the headings (kept). */
  headingRow: number;
  /** Non-blank data rows below the headings (what will be cleared). */
  rows: number;
}

export interface NewQuarterPlan {
  entries: QuarterPlanEntry[];
}

export interface ClearedLists {
  /** Sheet → rows cleared. */
  cleared: { sheet: string; rows: number }[];
}

export async function planNewQuarter(): Promise<NewQuarterPlan> {
  return Excel.run(async (context) => {
    const parsed = parseWorkbook(listSheets(await readSourceSheets(context)));
    const entries: QuarterPlanEntry[] = [];
    for (const info of Object.values(parsed.info)) {
      if (!info || info.headingRow === undefined || info.rowsRead === 0) continue;
      entries.push({ list: info.list, name: LIST_NAMES[info.list], sheet: info.sheet, headingRow: info.headingRow, rows: info.rowsRead });
    }
    return { entries };
  });
}

export async function startNewQuarter(plan: NewQuarterPlan): Promise<ClearedLists> {
  return Excel.run(async (context) => {
    const targets = plan.entries.map((entry) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(entry.sheet);
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount,columnIndex,columnCount');
      return { entry, sheet, used };
    });
    await context.sync();
    const cleared: { sheet: string; rows: number }[] = [];
    for (const { entry, sheet, used } of targets) {
      if (sheet.isNullObject || used.isNullObject) continue;
      // headingRow is 1-based: the first data row's 0-based index is headingRow itself.
      const firstDataRow = entry.headingRow;
      const lastRow = used.rowIndex + used.rowCount - 1;
      if (lastRow < firstDataRow) continue;
      // From column A: a list pasted one column to the right still clears whole rows of data.
      const columns = used.columnIndex + used.columnCount;
      sheet.getRangeByIndexes(firstDataRow, 0, lastRow - firstDataRow + 1, columns).clear('Contents');
      cleared.push({ sheet: entry.sheet, rows: entry.rows });
    }
    await context.sync();
    return { cleared };
  });
}
