/** List 3 Referrals. */
import type { ReferralRow } from '../../lists';
import { SOURCE_CODES } from '../code-tables';
import { CodeLookup } from '../codes';
import { COL } from '../columns';
import { BASE_FIELD_COLUMNS, type ListParser, readBase } from './list-parser';

const sources = new CodeLookup(SOURCE_CODES);

export const referralsParser: ListParser<ReferralRow> = {
  list: 3,
  dateFields: ['date'],
  fieldColumns: {
    ...BASE_FIELD_COLUMNS,
    date: COL.referralDate,
    source: COL.referralSource,
    nfa: COL.referralNfa,
    referralsLast12Months: COL.referralsLast12Months,
    outcome: COL.referralOutcome,
  },
  read(reader) {
    const base = readBase(reader);
    const date = reader.requiredDate(COL.referralDate);
    const source = reader.code(COL.referralSource, sources);
    const nfa = reader.yesNo(COL.referralNfa);
    const referralsLast12Months = reader.count(COL.referralsLast12Months, null);
    const outcome = reader.text(COL.referralOutcome);
    if (reader.excluded || date === null) return null;
    // A literal, not a spread: spreading costs a second object per row on 100k-row lists.
    return { row: base.row, childId: base.childId, dateOfBirth: base.dateOfBirth, district: base.district, postcode: base.postcode, team: base.team, date, source, nfa, referralsLast12Months, outcome };
  },
};
