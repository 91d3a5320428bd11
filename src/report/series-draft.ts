/**
 * A chart series drafted from a row of table values: the District Summary and the district
 * profiles chart the same table cells they show, so values and suppression flags come from one place.
 */
import type { ChartSeriesDraft } from './drafts';
import type { TableValue } from './tables';

export function seriesFromTableValues(
  name: string,
  values: TableValue[],
  type: ChartSeriesDraft['type'],
  color: string,
  pointColors?: string[],
): ChartSeriesDraft {
  return {
    name,
    values: values.map((v) => v.value),
    suppressed: values.map((v) => v.suppressed),
    unit: values[0]?.unit ?? 'count',
    type,
    color,
    ...(pointColors ? { pointColors } : {}),
  };
}
