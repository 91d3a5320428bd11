/** List 7 Child protection. Previous plans: blank or not a number reads as 0 (indicators.md). */
import type { AbuseCategory, CpRow } from '../../lists';
import { ABUSE_CATEGORIES } from '../code-tables';
import { CodeLookup } from '../codes';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser, readBase } from './list-parser';

const categories = new CodeLookup(ABUSE_CATEGORIES);

export const childProtectionParser: ListParser<CpRow> = {
  list: 7,
  dateFields: ['start', 'end'],
  fieldColumns: {
    ...BASE_FIELD_COLUMNS,
    start: COL.cpStart,
    end: COL.cpEnd,
    latestCategory: COL.latestCategory,
    initialCategory: COL.initialCategory,
    previousPlans: COL.previousPlans,
  },
  read(reader) {
    const base = readBase(reader);
    const start = reader.requiredDate(COL.cpStart);
    const end = reader.date(COL.cpEnd);
    // The table holds only AbuseCategory codes, so the cast is exact.
    const latestCategory = reader.code(COL.latestCategory, categories) as AbuseCategory | null;
    const initialCategory = reader.code(COL.initialCategory, categories) as AbuseCategory | null;
    const previousPlans = reader.count(COL.previousPlans, 0);
    reader.checkOrder(COL.cpStart, start, COL.cpEnd, end);
    if (reader.excluded || start === null) return null;
    // A literal, not a spread: spreading costs a second object per row on 100k-row lists.
    return { row: base.row, childId: base.childId, dateOfBirth: base.dateOfBirth, district: base.district, postcode: base.postcode, team: base.team, start, end, latestCategory, initialCategory, previousPlans };
  },
};
