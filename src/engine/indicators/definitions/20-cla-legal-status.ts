/** #20 Current children looked after – legal status (at S) — indicators.md: children looked after at S by their current Child's Legal Status; `Percent`. */
import type { ClaRow } from '../../lists';
import { codeLookup } from '../common/groups';
import { NOT_RECORDED } from '../common/outcome-text';
import type { Breakdown } from './types';

const LEGAL_STATUS_GROUPS = [
  ['Interim care order', ['C1']],
  ['Full care order', ['C2']],
  ['Placement order', ['E1', 'D1']],
  ['Accommodated under section 20', ['V2']],
  ['Detained for child protection', ['L1', 'L2', 'L3']],
  ['Youth justice legal statuses', ['J1', 'J2', 'J3']],
  [NOT_RECORDED, []],
] as const;
const GROUP_OF_CODE = codeLookup(LEGAL_STATUS_GROUPS);

export const CLA_LEGAL_STATUS: Breakdown<8> = {
  kind: 'breakdown',
  id: 20,
  head: {
    title: 'Current children looked after – legal status (at S)',
    definition: "Children looked after at the period end by their current Child's Legal Status.",
  },
  list: 8,
  rows: { in: 'current care at S' },
  count: 'Children',
  groups: {
    labels: LEGAL_STATUS_GROUPS.map(([label]) => label),
    prepare: () => (row: ClaRow) => (row.legalStatus === null ? NOT_RECORDED : GROUP_OF_CODE.get(row.legalStatus.toUpperCase()) ?? NOT_RECORDED),
  },
};
