/**
 * "What the build will read" (issue 10): reads the source sheets and parses them, without
 * building, so the task pane can show each list's sheet, rows and date range, and warn about a
 * stale list or an old extract left under a new one before the analyst builds.
 */
import { parseWorkbook } from '../engine/parse';
import { summariseLists, type ListsSurvey } from '../engine/parse/list-summary';
import { readSourceSheets } from './read-sources';
import { listSheets } from './source-sheets';

export type { ListsSurvey };

export async function surveyLists(): Promise<ListsSurvey> {
  return Excel.run(async (context) => summariseLists(parseWorkbook(listSheets(await readSourceSheets(context)))));
}
