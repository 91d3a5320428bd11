/** #13 Current child protection plans – latest category of abuse (at S) — indicators.md: `Plans` open at S by Latest Category of Abuse; `Percent`. */
import { ABUSE_GROUPS, abuseGroupOf } from '../common/abuse-categories';
import type { Breakdown } from './types';

export const CP_CATEGORY: Breakdown<7> = {
  kind: 'breakdown',
  id: 13,
  head: {
    title: 'Current child protection plans – latest category of abuse (at S)',
    definition: 'Plans open at the period end by Latest Category of Abuse.',
  },
  list: 7,
  rows: { in: 'open at S' },
  count: 'Plans',
  groups: { labels: ABUSE_GROUPS, prepare: () => abuseGroupOf },
};
