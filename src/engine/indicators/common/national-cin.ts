/** #16, #17: the national count unions CIN episodes with plans (List 7) and care (List 8); without those lists it understates. */
import type { IndicatorContext } from '../context';
import { missingListReason } from './result';

export function missingPartsWarnings(ctx: IndicatorContext): string[] {
  const warnings: string[] = [];
  if (!ctx.parsed.lists[7]) warnings.push(`${missingListReason(7)}: children on a plan but without a CIN episode are not counted`);
  if (!ctx.parsed.lists[8]) warnings.push(`${missingListReason(8)}: children looked after but without a CIN episode are not counted`);
  return warnings;
}
