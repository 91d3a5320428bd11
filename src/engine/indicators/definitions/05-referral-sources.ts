/** #5 Referral sources – year to date — indicators.md: referrals in the period by source group, fixed order; blank or unmatched `Not recorded`. */
import type { ReferralRow } from '../../lists';
import { codeLookup } from '../common/groups';
import { NOT_RECORDED } from '../common/outcome-text';
import type { Breakdown } from './types';

const REFERRAL_SOURCE_GROUPS = [
  ['Individual', ['1A', '1B', '1C', '1D', '1']],
  ['Schools', ['2A']],
  ['Education services', ['2B']],
  ['Health services', ['3A', '3B', '3C', '3D', '3E', '3F', '3']],
  ['Housing', ['4']],
  ['LA services', ['5A', '5B', '5C', '5D', '5']],
  ['Police', ['6']],
  ['Other legal agency', ['7']],
  ['Other', ['8']],
  ['Anonymous', ['9']],
  ['Unknown', ['10']],
  [NOT_RECORDED, []],
] as const;
const GROUP_OF_CODE = codeLookup(REFERRAL_SOURCE_GROUPS);

export const REFERRAL_SOURCES: Breakdown<3> = {
  kind: 'breakdown',
  id: 5,
  head: {
    title: 'Referral sources – year to date',
    definition: 'Referrals received in the period by Referral Source group, as a percentage of all referrals in the period.',
  },
  list: 3,
  rows: { in: 'the period', date: 'date' },
  count: 'Referrals',
  groups: {
    labels: REFERRAL_SOURCE_GROUPS.map(([label]) => label),
    // The group of each source code once per build, not an upper-casing per row.
    prepare: () => {
      const known = new Map<string, string>();
      return (r: ReferralRow) => {
        if (r.source === null) return NOT_RECORDED;
        let label = known.get(r.source);
        if (label === undefined) known.set(r.source, (label = GROUP_OF_CODE.get(r.source.toUpperCase()) ?? NOT_RECORDED));
        return label;
      };
    },
  },
};
