/** List 4 Assessments. An authorisation before the start is a row problem and excludes the row. */
import type { AssessmentRow } from '../../lists';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser, readBase } from './list-parser';

export const assessmentsParser: ListParser<AssessmentRow> = {
  list: 4,
  dateFields: ['start', 'authorised'],
  fieldColumns: { ...BASE_FIELD_COLUMNS, start: COL.assessmentStart, authorised: COL.assessmentAuthorised },
  read(reader) {
    const base = readBase(reader);
    const start = reader.requiredDate(COL.assessmentStart);
    const authorised = reader.date(COL.assessmentAuthorised);
    reader.checkOrder(COL.assessmentStart, start, COL.assessmentAuthorised, authorised);
    if (reader.excluded || start === null) return null;
    // A literal, not a spread: spreading costs a second object per row on 100k-row lists.
    return { row: base.row, childId: base.childId, dateOfBirth: base.dateOfBirth, district: base.district, postcode: base.postcode, team: base.team, start, authorised };
  },
};
