/** #18 Current children looked after – placement type (at S) — indicators.md: children looked after at S by Placement Type of their current period; `Percent`. */
import type { ClaRow } from '../../lists';
import { codeLookup } from '../common/groups';
import { NOT_RECORDED } from '../common/outcome-text';
import type { Breakdown } from './types';

const PLACEMENT_TYPE_GROUPS = [
  ['Foster placements', ['U1', 'U2', 'U3', 'U4', 'U5', 'U6']],
  ['Placed for adoption', ['A3', 'A4', 'A5', 'A6']],
  ['Placed with parents', ['P1']],
  ['Independent and semi-independent living', ['P2', 'H5']],
  ["Children's homes and secure units", ['K1', 'K2', 'R1']],
  ['Other residential settings', ['R2', 'R3', 'R5', 'S1', 'P3']],
  ['Other placements', ['Z1', 'T0', 'T1', 'T2', 'T3', 'T4']],
  [NOT_RECORDED, []],
] as const;
/** indicators.md: "Other placements (Z1, T0–T4, other codes)". */
const OTHER_PLACEMENTS = 'Other placements';
const GROUP_OF_CODE = codeLookup(PLACEMENT_TYPE_GROUPS);

function placementTypeGroup(row: ClaRow): string {
  if (row.placementType === null || row.placementType.trim() === '') return NOT_RECORDED;
  return GROUP_OF_CODE.get(row.placementType.toUpperCase()) ?? OTHER_PLACEMENTS;
}

export const CLA_PLACEMENT_TYPE: Breakdown<8> = {
  kind: 'breakdown',
  id: 18,
  head: {
    title: 'Current children looked after – placement type (at S)',
    definition: 'Children looked after at the period end by the Placement Type of their current period of care.',
  },
  list: 8,
  rows: { in: 'current care at S' },
  count: 'Children',
  groups: { labels: PLACEMENT_TYPE_GROUPS.map(([label]) => label), prepare: () => placementTypeGroup },
};
