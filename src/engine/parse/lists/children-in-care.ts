/** List 8 Children in care (looked after). */
import type { ClaRow } from '../../lists';
import { LEGAL_STATUSES, PLACEMENT_TYPES } from '../code-tables';
import { CodeLookup } from '../codes';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser, readBase } from './list-parser';

const legalStatuses = new CodeLookup(LEGAL_STATUSES);
const placementTypes = new CodeLookup(PLACEMENT_TYPES);

export const childrenInCareParser: ListParser<ClaRow> = {
  list: 8,
  dateFields: ['start', 'end'],
  fieldColumns: {
    ...BASE_FIELD_COLUMNS,
    start: COL.claStart,
    end: COL.claEnd,
    legalStatus: COL.legalStatus,
    legalStatusStart: COL.legalStatusStart,
    placementType: COL.placementType,
    placementPostcode: COL.placementPostcode,
    placementLocation: COL.placementLocation,
  },
  read(reader) {
    const base = readBase(reader);
    const start = reader.requiredDate(COL.claStart);
    const end = reader.date(COL.claEnd);
    const legalStatus = reader.code(COL.legalStatus, legalStatuses);
    const legalStatusStart = reader.date(COL.legalStatusStart);
    const placementType = reader.code(COL.placementType, placementTypes);
    const placementPostcode = reader.postcode(COL.placementPostcode);
    const placementLocation = reader.placementLocation(COL.placementLocation);
    reader.checkOrder(COL.claStart, start, COL.claEnd, end);
    if (reader.excluded || start === null) return null;
    // A literal, not a spread: spreading costs a second object per row on 100k-row lists.
    return { row: base.row, childId: base.childId, dateOfBirth: base.dateOfBirth, district: base.district, postcode: base.postcode, team: base.team, start, end, legalStatus, legalStatusStart, placementType, placementPostcode, placementLocation };
  },
};
