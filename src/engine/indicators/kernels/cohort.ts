/** Kernel: the care leavers whose 19th, 20th or 21st birthday falls in the period (#21–#23). */
import type { CareLeaverRow } from '../../lists';
import type { IndicatorContext } from '../context';
import { cohortTest } from '../common/care-leavers';

export function careLeaverCohort(ctx: IndicatorContext): CareLeaverRow[] {
  return ctx.derived.timelines.youngPeople.filter(cohortTest(ctx.period.start, ctx.period.end));
}
