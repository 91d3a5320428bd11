/** List 9 Care leavers. Date of Birth is required: the cohort is defined by birthdays. */
import type { CareLeaverRow, InTouch } from '../../lists';
import { ACCOMMODATION_TYPES, ACTIVITY_CODES, IN_TOUCH_CODES } from '../code-tables';
import { CodeLookup } from '../codes';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser } from './list-parser';

const inTouchCodes = new CodeLookup(IN_TOUCH_CODES);
const accommodationTypes = new CodeLookup(ACCOMMODATION_TYPES);
const activities = new CodeLookup(ACTIVITY_CODES);

export const careLeaversParser: ListParser<CareLeaverRow> = {
  list: 9,
  // Date of birth is child-level: it is never reported as an "earliest" date.
  dateFields: [],
  fieldColumns: {
    ...BASE_FIELD_COLUMNS,
    inTouch: COL.inTouch,
    suitable: COL.suitability,
    accommodationType: COL.accommodationType,
    activity: COL.activity,
  },
  read(reader) {
    const childId = reader.id(COL.childId);
    const dateOfBirth = reader.requiredDate(COL.dateOfBirth);
    const district = reader.text(COL.district);
    const postcode = reader.postcode(COL.postcode);
    const team = reader.text(COL.team);
    // The table holds only InTouch codes, so the cast is exact.
    const inTouch = reader.code(COL.inTouch, inTouchCodes) as InTouch | null;
    const suitable = reader.suitability(COL.suitability);
    const accommodationType = reader.code(COL.accommodationType, accommodationTypes);
    const activity = reader.code(COL.activity, activities);
    if (reader.excluded || dateOfBirth === null) return null;
    return { row: reader.row, childId, dateOfBirth, district, postcode, team, inTouch, suitable, accommodationType, activity };
  },
};
