/** The heading row of the two tables of lists (found before a build, read by a build): List, Sheet, Rows and one last column. */
import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

interface Props {
  /** The last column's heading ("Dates", "Excluded"). */
  last: string;
  /** The class that right-aligns number columns. */
  numberClassName: string;
  /** Whether the last column holds numbers. */
  lastIsNumber: boolean;
}

export function ListsTableHeader({ last, numberClassName, lastIsNumber }: Props) {
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell>List</TableHeaderCell>
        <TableHeaderCell>Sheet</TableHeaderCell>
        <TableHeaderCell className={numberClassName}>Rows</TableHeaderCell>
        <TableHeaderCell className={lastIsNumber ? numberClassName : undefined}>{last}</TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
}
