/**
 * Checks that need the report period (inputs.md "Row problems", last paragraph): dates more than
 * a year after the period end, children under 0 or over 25 on the period end, and lists whose
 * earliest main date is later than 12 months before the financial year start. All warnings; no
 * row is excluded here. A date of birth is child-level, so its problems carry no value.
 */
import type { BaseRow, DayRange, ListReadInfo, ParsedLists } from '../lists';
import type { ReportPeriod } from '../period';
import { LIST_NUMBERS, type Day, type ListNumber, type Problem } from '../types';
import { addYears, ukFromDay } from '../dates';
import { LIST_PARSERS } from './lists/parsers';
import { lastDayWithAnniversaryOnOrBefore } from '../indicators/common/anniversaries';
import { messages } from './messages';

/** Over 25 means a 26th birthday on or before the period end. */
const AGE_LIMIT_YEARS = 25;

export function checkAgainstPeriod(parsed: ParsedLists, period: ReportPeriod): Problem[] {
  const problems: Problem[] = [];
  for (const list of LIST_NUMBERS) {
    const rows = parsed.lists[list] as readonly BaseRow[] | undefined;
    const info = parsed.info[list];
    if (rows === undefined || info === undefined) continue;
    const dateFields = LIST_PARSERS[list].dateFields as readonly string[];
    checkRows(problems, list, info, parsed.birthRanges?.[list], rows, dateFields, period);
    checkListStart(problems, list, info, dateFields[0], period);
  }
  return problems;
}

function checkRows(
  problems: Problem[], list: ListNumber, info: ListReadInfo, births: DayRange | undefined, rows: readonly BaseRow[], dateFields: readonly string[], period: ReportPeriod,
): void {
  const futureLimit = addYears(period.end, 1);
  // Over 25 = 26th birthday on or before the period end = born on or before this day (one Date
  // conversion for the list, not one per row).
  const lastBirthOver25 = lastDayWithAnniversaryOnOrBefore(AGE_LIMIT_YEARS + 1, period.end);
  if (allWithinLimits(info, births, dateFields, futureLimit, lastBirthOver25, period.end)) return;
  const periodEndText = ukFromDay(period.end);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let f = 0; f < dateFields.length; f++) {
      const field = dateFields[f];
      const day = (row as unknown as Record<string, number | null>)[field];
      if (day === null || day === undefined || day <= futureLimit) continue;
      const where = located(info, field);
      const shown = ukFromDay(day);
      problems.push(problem(list, info, row.row, where, shown, messages.farFuture(where.heading, shown, periodEndText)));
    }
    const dob = row.dateOfBirth;
    if (dob === null) continue;
    if (dob > period.end) {
      const where = located(info, 'dateOfBirth');
      problems.push(problem(list, info, row.row, where, null, messages.bornAfterPeriodEnd(where.heading, periodEndText)));
    } else if (dob <= lastBirthOver25) {
      const where = located(info, 'dateOfBirth');
      problems.push(problem(list, info, row.row, where, null, messages.olderThan25(where.heading, periodEndText)));
    }
  }
}

/**
 * True when the parser's date ranges show that no row can break a limit: every date field's
 * latest value is within a year of the period end, and every date of birth lies after the
 * over-25 limit and on or before the period end. Without recorded ranges, false (read the rows).
 */
function allWithinLimits(
  info: ListReadInfo, births: DayRange | undefined, dateFields: readonly string[], futureLimit: Day, lastBirthOver25: Day, periodEnd: Day,
): boolean {
  const { latest } = info;
  if (latest === undefined || births === undefined) return false;
  for (const field of dateFields) {
    if (!(field in latest)) return false;
    const last = latest[field];
    if (last !== null && last > futureLimit) return false;
  }
  return (births.earliest === null || births.earliest > lastBirthOver25) && (births.latest === null || births.latest <= periodEnd);
}

/** Re-referrals and repeat plans look back 12 months: the list should reach that far back. */
function checkListStart(problems: Problem[], list: ListNumber, info: ListReadInfo, mainField: string | undefined, period: ReportPeriod): void {
  if (mainField === undefined) return;
  const earliest = info.earliest[mainField];
  const lookBackStart = addYears(period.start, -1);
  if (earliest === null || earliest === undefined || earliest <= lookBackStart) return;
  const where = located(info, mainField);
  const shown = ukFromDay(earliest);
  problems.push(problem(list, info, null, where, shown, messages.listStartsLate(info.sheet, list, where.heading, shown, ukFromDay(lookBackStart))));
}

interface Location {
  heading: string;
  columnIndex: number | null;
}

const FIELD_HEADINGS: Readonly<Record<string, string>> = {
  dateOfBirth: 'Date of Birth',
  date: 'Date',
  start: 'Start date',
  end: 'End date',
  authorised: 'Date of Authorisation',
};

function located(info: ListReadInfo, field: string): Location {
  const found = info.fieldColumns?.[field];
  return found ? { heading: found.heading, columnIndex: found.columnIndex } : { heading: FIELD_HEADINGS[field] ?? field, columnIndex: null };
}

function problem(list: ListNumber, info: ListReadInfo, row: number | null, where: Location, value: string | null, message: string): Problem {
  return { list, sheet: info.sheet, row, column: where.heading, columnIndex: where.columnIndex, value, message, severity: 'warning', excluded: false };
}
