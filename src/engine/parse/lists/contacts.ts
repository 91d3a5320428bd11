/** List 1 Contacts. */
import type { ContactRow } from '../../lists';
import { SOURCE_CODES } from '../code-tables';
import { CodeLookup } from '../codes';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser, readBase } from './list-parser';

const sources = new CodeLookup(SOURCE_CODES);

export const contactsParser: ListParser<ContactRow> = {
  list: 1,
  dateFields: ['date'],
  fieldColumns: { ...BASE_FIELD_COLUMNS, date: COL.contactDate, source: COL.contactSource, outcome: COL.contactOutcome },
  read(reader) {
    const base = readBase(reader);
    const date = reader.requiredDate(COL.contactDate);
    const source = reader.code(COL.contactSource, sources);
    const outcome = reader.text(COL.contactOutcome);
    if (reader.excluded || date === null) return null;
    // A literal, not a spread: spreading costs a second object per row on 100k-row lists.
    return { row: base.row, childId: base.childId, dateOfBirth: base.dateOfBirth, district: base.district, postcode: base.postcode, team: base.team, date, source, outcome };
  },
};
