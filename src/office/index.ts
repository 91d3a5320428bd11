/** The add-in's Excel operations (what the task pane calls). */
export { buildInExcel } from './build';
export { createBlankSourceSheets } from './blank-sheets';
export { insertSampleData } from './sample-data';
export { openSettings } from './settings';
export { selectProblemCell } from './select-problem';
export { detectHost } from './detect-host';
export { surveyLists, type ListsSurvey } from './survey-lists';
export { planNewQuarter, startNewQuarter, type ClearedLists, type NewQuarterPlan } from './new-quarter';
