/**
 * Every problem message the parser writes, one wording per kind (listed in
 * docs/definitions-parsing.md). `heading` is the column heading as found on the sheet.
 * Messages about child-identifying columns never contain the cell's value: callers pass
 * `shown = null` for those, and the wording then leaves the value out.
 */
import { LIST_NAMES, type ListNumber } from '../types';

export const DATE_FORMS = 'DD/MM/YYYY, YYYY-MM-DD or an Excel date';

function quoted(heading: string, shown: string | null): string {
  return shown === null ? heading : `${heading} "${shown}"`;
}

export const messages = {
  listLabel: (list: ListNumber) => `List ${list}: ${LIST_NAMES[list]}`,

  missingHeadings: (sheet: string, list: ListNumber, missing: readonly string[], found: readonly string[]) =>
    `Sheet "${sheet}" (${messages.listLabel(list)}) has no ${missing.map((h) => `"${h}"`).join(' or ')} ${missing.length > 1 ? 'columns' : 'column'} in its first 5 rows, ` +
    `so the list was not read. Headings found: ${found.length > 0 ? found.join(', ') : '(none)'}`,

  duplicatedHeading: (sheet: string, list: ListNumber, heading: string, columns: readonly string[]) =>
    `Sheet "${sheet}" (${messages.listLabel(list)}) has the column "${heading}" more than once (columns ${columns.join(', ')}), ` +
    'so the list was not read: keep one of them',

  duplicatedOptionalHeading: (sheet: string, heading: string, columns: readonly string[]) =>
    `Sheet "${sheet}" has the column "${heading}" more than once (columns ${columns.join(', ')}): the first one was used`,

  alreadyRead: (sheet: string, list: ListNumber, firstSheet: string) =>
    `Sheet "${sheet}" also looks like ${messages.listLabel(list)}, which was already read from sheet "${firstSheet}": it was ignored`,

  noDataRows: (sheet: string, list: ListNumber) =>
    `Sheet "${sheet}" (${messages.listLabel(list)}) has headings but no data rows: the list is read as empty`,

  blankId: (heading: string) => `${heading} is blank: the row was left out`,

  blankRequiredDate: (heading: string) => `${heading} is blank: the row was left out`,

  invalidRequiredDate: (heading: string, shown: string | null) =>
    `${quoted(heading, shown)} is not a valid date: expected ${DATE_FORMS}; the row was left out`,

  invalidDate: (heading: string, shown: string | null) =>
    `${quoted(heading, shown)} is not a valid date: expected ${DATE_FORMS}; read as blank`,

  unknownCode: (heading: string, shown: string, expected: string) =>
    `${quoted(heading, shown)} is not a recognised code: expected ${expected}; read as blank`,

  unknownOpenCode: (heading: string, shown: string, kept: string) =>
    `${quoted(heading, shown)} is not a recognised code: kept as "${kept}"`,

  notYesNo: (heading: string, shown: string) =>
    `${quoted(heading, shown)} is not Yes or No: expected a) Yes, Yes, Y, 1, TRUE, b) No, No, N, 0 or FALSE; read as blank`,

  notSuitability: (heading: string, shown: string) =>
    `${quoted(heading, shown)} is not Suitable or Unsuitable: read as blank`,

  notLocation: (heading: string, shown: string) => `${quoted(heading, shown)} is not In or Out: read as blank`,

  notCountAsZero: (heading: string, shown: string) =>
    `${quoted(heading, shown)} is not a whole number: expected 0, 1, 2, ...; read as 0`,

  notCountAsBlank: (heading: string, shown: string) =>
    `${quoted(heading, shown)} is not a whole number: expected 0, 1, 2, ...; read as blank`,

  invalidPostcode: (heading: string) =>
    `${heading} is not a valid UK postcode; the district falls back to the allocated team or Unknown`,

  excelError: (heading: string, error: string) => `${heading} holds the Excel error ${error}: read as blank`,

  endBeforeStart: (endHeading: string, end: string, startHeading: string, start: string) =>
    `${endHeading} (${end}) is before ${startHeading} (${start}): the row was left out`,

  hiddenRows: (sheet: string, list: ListNumber) =>
    `Sheet "${sheet}" (${messages.listLabel(list)}) has hidden rows (a filter, or rows hidden by hand): they were read and counted ` +
    'like the others. Clear the filter or unhide them to see every row the figures include',

  headingRowAgain: (sheet: string) =>
    `This row of sheet "${sheet}" repeats the headings (the list looks pasted twice, or pasted over an old copy): the row was left out`,

  repeatedRows: (sheet: string, list: ListNumber, first: number, last: number, count: number, idHeading: string, dateHeading: string) =>
    `${messages.listLabel(list)} on sheet "${sheet}": ${count.toLocaleString('en-GB')} rows between rows ${first} and ${last} ` +
    `repeat earlier rows of the list (the same ${idHeading} and ${dateHeading}), in blocks of 20 or more. ` +
    'That is how last quarter\'s rows left below a shorter paste, or a list pasted twice, look. ' +
    'They were kept and counted: if they are old rows, use Start a new quarter (or delete them) and build again',

  staleList: (sheet: string, list: ListNumber, latest: string, newest: string) =>
    `${messages.listLabel(list)} on sheet "${sheet}": its latest date is ${latest}, more than a quarter before the latest date ` +
    `of the other lists (${newest}): is it last quarter's extract? Paste this quarter's list and build again`,

  listLaterThanOthers: (sheet: string, list: ListNumber, earliest: string, othersLatest: string) =>
    `${messages.listLabel(list)} on sheet "${sheet}": every date is later than every date of the other lists ` +
    `(its earliest is ${earliest}; theirs end on ${othersLatest}): check the extract's date range, or the year it was run for`,

  // Period checks (period-checks.ts)
  farFuture: (heading: string, shown: string, periodEnd: string) =>
    `${quoted(heading, shown)} is more than a year after the period end (${periodEnd}): check the date`,

  bornAfterPeriodEnd: (heading: string, periodEnd: string) =>
    `${heading} is after the period end (${periodEnd}): the child's age would be under 0; check the date`,

  olderThan25: (heading: string, periodEnd: string) =>
    `${heading} makes the child over 25 on the period end (${periodEnd}); check the date`,

  listStartsLate: (sheet: string, list: ListNumber, heading: string, earliest: string, lookBackStart: string) =>
    `${messages.listLabel(list)} on sheet "${sheet}": the earliest ${heading} is ${earliest}, later than ${lookBackStart} ` +
    '(12 months before the financial year start), so re-referral and repeat-plan figures may be understated',
};
