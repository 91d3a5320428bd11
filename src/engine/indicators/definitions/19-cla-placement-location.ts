/** #19 Current children looked after – placement location (at S) — indicators.md: by Placement Location, or when blank by placement postcode (a configured district: inside; other valid: outside; else Not recorded). */
import type { ClaRow } from '../../lists';
import { NOT_RECORDED } from '../common/outcome-text';
import type { Breakdown } from './types';

const INSIDE = 'Inside the authority';
const OUTSIDE = 'Outside the authority';

export const CLA_PLACEMENT_LOCATION: Breakdown<8> = {
  kind: 'breakdown',
  id: 19,
  head: {
    title: 'Current children looked after – placement location (at S)',
    definition: 'Children looked after at the period end by Placement Location, else by placement postcode.',
  },
  list: 8,
  rows: { in: 'current care at S' },
  count: 'Children',
  groups: {
    labels: [INSIDE, OUTSIDE, NOT_RECORDED],
    prepare: (ctx) => (row: ClaRow) => {
      if (row.placementLocation === 'in') return INSIDE;
      if (row.placementLocation === 'out') return OUTSIDE;
      const inside = ctx.resolver.isInsideAuthority(row.placementPostcode);
      return inside === null ? NOT_RECORDED : inside ? INSIDE : OUTSIDE;
    },
  },
};
