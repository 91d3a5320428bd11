/**
 * What each list parser provides: the list it reads, the row fields that hold dates (for
 * ListReadInfo.earliest; the first is the list's main date), the column each field comes from,
 * and the function that turns one data row into a typed row (null when the row is excluded).
 */
import type { BaseRow } from '../../lists';
import type { ListNumber } from '../../types';
import type { RowReader } from '../row-reader';
import { COL } from '../columns';

export interface ListParser<R extends BaseRow> {
  list: ListNumber;
  /** Date fields of R reported in ListReadInfo.earliest; [0] is the main (required) date. */
  dateFields: readonly (keyof R & string)[];
  /** Row field name → canonical column key, for ListReadInfo.fieldColumns. */
  fieldColumns: Readonly<Partial<Record<keyof R & string, string>>>;
  read(reader: RowReader): R | null;
}

export const BASE_FIELD_COLUMNS = {
  childId: COL.childId,
  dateOfBirth: COL.dateOfBirth,
  district: COL.district,
  postcode: COL.postcode,
  team: COL.team,
} as const;

/** The fields every list may carry. */
export function readBase(reader: RowReader): BaseRow {
  return {
    row: reader.row,
    childId: reader.id(COL.childId),
    dateOfBirth: reader.date(COL.dateOfBirth),
    district: reader.text(COL.district),
    postcode: reader.postcode(COL.postcode),
    team: reader.text(COL.team),
  };
}
