/** List 6 Children in need. */
import type { CinRow } from '../../lists';
import { CLOSURE_REASONS } from '../code-tables';
import { CodeLookup } from '../codes';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser, readBase } from './list-parser';

const closureReasons = new CodeLookup(CLOSURE_REASONS);

export const childrenInNeedParser: ListParser<CinRow> = {
  list: 6,
  dateFields: ['start', 'end'],
  fieldColumns: { ...BASE_FIELD_COLUMNS, start: COL.cinStart, end: COL.cinClosure, closureReason: COL.closureReason },
  read(reader) {
    const base = readBase(reader);
    const start = reader.requiredDate(COL.cinStart);
    const end = reader.date(COL.cinClosure);
    const closureReason = reader.code(COL.closureReason, closureReasons);
    reader.checkOrder(COL.cinStart, start, COL.cinClosure, end);
    if (reader.excluded || start === null) return null;
    // A literal, not a spread: spreading costs a second object per row on 100k-row lists.
    return { row: base.row, childId: base.childId, dateOfBirth: base.dateOfBirth, district: base.district, postcode: base.postcode, team: base.team, start, end, closureReason };
  },
};
