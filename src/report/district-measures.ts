/**
 * Every district measure as one row of figures by area, shared by the District Summary (all areas
 * side by side) and each district profile (one district beside the authority): the looked-after
 * counts at the two dates, care leavers open and their in touch / suitable / EET percentages,
 * children on a plan (number, rate, the mix of categories) and children in need (number, rate).
 * The authority figure and, where a rate has a published one, England sit beside the areas.
 * Labels stay within 28 characters so that they never wrap (one row each on the printed page).
 */
import type { DistrictBlock, DistrictBlockId, Results, Series } from '../engine/results';
import { authorityFigure, authorityPercentAcross } from './authority-figures';
import type { DistrictContext } from './district-summary';
import type { TableValue } from './tables';
import { ukDate } from './text';

export const CP_CATEGORY_BLOCK = 'cp-category-pct';

export interface MeasureRow {
  blockId: DistrictBlockId;
  label: string;
  unit: Series['unit'];
  /** Figure of each area (the block's categories: districts, `Outside the authority`, `Unknown`). */
  byArea: Map<string, TableValue>;
  authority: TableValue;
  /** England's published value (only for the child protection rate, from #11), else null. */
  england: TableValue | null;
}

export interface DistrictMeasures {
  rows: MeasureRow[];
  /** Blocks with no figures, with the reason (a note under the table). */
  unavailable: { title: string; reason: string }[];
}

const LABELS: Partial<Record<DistrictBlockId, string>> = {
  'care-leavers-open': 'Care leavers (open)',
  'care-leavers-in-touch-pct': 'Care leavers in touch (%)',
  'care-leavers-suitable-pct': 'Suitably accommodated (%)',
  'care-leavers-eet-pct': 'Care leavers in EET (%)',
  'cp-number': 'On a child protection plan',
  'cp-rate': 'On a plan: rate per 10,000',
  'cin-local-number': 'Children in need (local)',
  'cin-local-rate': 'In need: rate per 10,000',
};

function valueAt(s: Series, i: number): TableValue {
  return { value: s.values[i] ?? null, suppressed: s.suppressed[i] ?? false, unit: s.unit };
}

/** England's child protection rate: the #11 benchmark at the period end (a flat line, so any month). */
function englandCpRate(results: Results): TableValue | null {
  const england = results.indicators.find((i) => i.id === 11)?.series.find((s) => s.benchmark && s.name === 'England');
  const value = england?.values.filter((v): v is number => v !== null).pop();
  return value === undefined ? null : { value, suppressed: false, unit: 'rate' };
}

function seriesLabel(block: DistrictBlock, s: Series): string {
  if (block.id === 'cla-by-placement-district') return `Looked after at ${ukDate(s.name)}`;
  return LABELS[block.id] ?? `${block.title}: ${s.name}`;
}

function byArea(categories: string[], s: Series): Map<string, TableValue> {
  return new Map(categories.map((c, i) => [c, valueAt(s, i)]));
}

/** The category-of-abuse block has one series per area and one category per group: one row per group. */
function categoryRows(block: DistrictBlock, ctx: DistrictContext): MeasureRow[] {
  return block.categories.map((group, i) => ({
    blockId: block.id,
    label: `Plans: ${group} (%)`,
    unit: 'percent' as const,
    byArea: new Map(block.series.map((s) => [s.name, valueAt(s, i)])),
    authority: authorityPercentAcross(block.series, i, ctx.threshold),
    england: null,
  }));
}

export function districtMeasures(results: Results, ctx: DistrictContext): DistrictMeasures {
  const rows: MeasureRow[] = [];
  const unavailable: DistrictMeasures['unavailable'] = [];
  const england = englandCpRate(results);
  for (const block of results.districts.blocks) {
    if (!block.available || block.series.length === 0) {
      unavailable.push({ title: block.title, reason: block.reason ?? 'no data' });
      continue;
    }
    if (block.id === CP_CATEGORY_BLOCK) {
      rows.push(...categoryRows(block, ctx));
      continue;
    }
    for (const s of block.series) {
      rows.push({
        blockId: block.id,
        label: seriesLabel(block, s),
        unit: s.unit,
        byArea: byArea(block.categories, s),
        authority: authorityFigure(s, ctx.population, ctx.threshold),
        england: block.id === 'cp-rate' ? england : null,
      });
    }
  }
  return { rows, unavailable };
}

/** "Not available: Care leavers in touch (List 9 … was not found)". */
export function unavailableNotes(measures: DistrictMeasures): string[] {
  return measures.unavailable.map((u) => `Not available: ${u.title} (${u.reason})`);
}
