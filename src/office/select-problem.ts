/** Clicking a problem: show its sheet and select its cell (row as the user sees it, columnIndex 0 = A). */
import type { Problem } from '../engine/types';

/** Returns false (and does nothing) when the problem names no sheet or row. */
export async function selectProblemCell(problem: Problem): Promise<boolean> {
  if (!problem.sheet || problem.row === null || problem.row < 1) return false;
  const sheetName = problem.sheet;
  const row = problem.row;
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRangeByIndexes(row - 1, Math.max(0, problem.columnIndex ?? 0), 1, 1).select();
    await context.sync();
    return true;
  });
}
