/** The #13 groups of Latest Category of Abuse, also used by the district child protection block. */
import type { AbuseCategory, CpRow } from '../../lists';
import { NOT_RECORDED } from './outcome-text';

const ABUSE_CATEGORY_LABELS: Record<AbuseCategory, string> = {
  NEG: 'Neglect',
  PHY: 'Physical abuse',
  SAB: 'Sexual abuse',
  EMO: 'Emotional abuse',
  MUL: 'Multiple',
};
export const ABUSE_GROUPS = [...Object.values(ABUSE_CATEGORY_LABELS), NOT_RECORDED];

export function abuseGroupOf(row: CpRow): string {
  return row.latestCategory === null ? NOT_RECORDED : ABUSE_CATEGORY_LABELS[row.latestCategory] ?? NOT_RECORDED;
}
