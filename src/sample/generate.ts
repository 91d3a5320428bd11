/**
 * Synthetic Annex A extracts for demonstration and testing: a Worcestershire-sized county
 * (about 119,000 children) at scale 1, Q2 2021/22 by default. Pure and deterministic for a seed.
 * See docs/sample-data.md for what is modelled.
 */
import { defaultSettings } from '../engine/settings/defaults';
import type { SourceSheet } from '../engine/types';
import { renderMessySheet } from './messy';
import { PostcodePools } from './places';
import { Rng } from './prng';
import { renderCleanSheet } from './render';
import { buildLists } from './sheets';
import { simulate } from './simulate';
import { sampleWindow } from './window';

export interface SampleOptions {
  /** Multiplies every volume: 1 ≈ a county of 119,000 children (15,000 contacts a year). */
  scale: number;
  /** Mix in the real-world forms and faults of inputs.md. */
  messy: boolean;
  seed?: number;
  /** First calendar year of the financial year (2021 = 2021/22); the extract runs to 30 September of it. */
  financialYear?: number;
}

/** The period the sample targets by default: 2021/22 Q2, report period 1 April–30 September 2021. */
export const SAMPLE_DEFAULTS = {
  financialYear: 2021,
  quarter: 2 as const,
  periodStart: '2021-04-01',
  periodEnd: '2021-09-30',
  extractStart: '2020-04-01',
  seed: 20210930,
  scale: 1,
};

export function generateSample(options: SampleOptions): SourceSheet[] {
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new Error(`Sample scale must be a positive number, not ${options.scale}`);
  const seed = options.seed ?? SAMPLE_DEFAULTS.seed;
  const settings = defaultSettings();
  const window = sampleWindow(options.financialYear ?? SAMPLE_DEFAULTS.financialYear);
  // Separate streams, so that rendering choices never shift what was simulated.
  const simulationRng = new Rng(seed);
  const detailRng = new Rng(seed ^ 0x5bd1e995);
  const messyRng = new Rng(seed ^ 0x27d4eb2f);
  const records = simulate(simulationRng, window, new Set(settings.bankHolidays), new PostcodePools(settings), options.scale);
  const lists = buildLists(records, window, detailRng);
  return lists.map((list) => (options.messy ? renderMessySheet(list, messyRng) : renderCleanSheet(list)));
}

