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

/**
 * The fields every list may carry, read into the reader's scratch object: every list parser copies
 * them straight into its own row literal, so one object per sheet serves every row instead of a
 * throw-away object per row (garbage the collector would copy on lists of 100,000 rows).
 */
export function readBase(reader: RowReader): Readonly<BaseRow> {
  const base = reader.scratchBase;
  base.row = reader.row;
  base.childId = reader.id(COL.childId);
  base.dateOfBirth = reader.date(COL.dateOfBirth);
  base.district = reader.text(COL.district);
  base.postcode = reader.postcode(COL.postcode);
  base.team = reader.text(COL.team);
  return base;
}
