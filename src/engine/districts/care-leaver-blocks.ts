/**
 * District blocks of care leavers: all List 9 young people (distinct children, any age) by home
 * district, and the in touch / suitable accommodation / EET percentages over them.
 */
import type { CareLeaverRow } from '../lists';
import type { DistrictBlock } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { isInEet, isInTouch, isSuitablyHoused } from '../indicators/common/care-leavers';
import { missingListReason } from '../indicators/common/result';
import {
  availableBlock, countByDistrict, districtCountSeries, districtNames, districtPercentSeries, unavailableBlock, type BlockHead,
} from './district-table';

const OPEN: BlockHead = {
  id: 'care-leavers-open',
  title: 'Care leavers open for services',
  definition: 'Young people in List 9 (each counted once), by home district.',
};
const PERCENT_BLOCKS: { head: BlockHead; test: (r: CareLeaverRow) => boolean }[] = [
  {
    head: { id: 'care-leavers-in-touch-pct', title: 'Care leavers in touch', definition: 'Percentage of the district’s care leavers the authority is in touch with.' },
    test: isInTouch,
  },
  {
    head: { id: 'care-leavers-suitable-pct', title: 'Care leavers in suitable accommodation', definition: 'Percentage of the district’s care leavers in suitable accommodation.' },
    test: isSuitablyHoused,
  },
  {
    head: { id: 'care-leavers-eet-pct', title: 'Care leavers in education, employment or training', definition: 'Percentage of the district’s care leavers in education, employment or training.' },
    test: isInEet,
  },
];

export function careLeaverBlocks(ctx: IndicatorContext): DistrictBlock[] {
  const names = districtNames(ctx.settings);
  const list = ctx.parsed.lists[9];
  if (!list) {
    return [OPEN, ...PERCENT_BLOCKS.map((b) => b.head)].map((head) => unavailableBlock(head, names, missingListReason(9)));
  }
  const people = ctx.derived.timelines.youngPeople;
  const districtOf = (r: CareLeaverRow): string => ctx.resolver.homeDistrict(r);
  const totals = countByDistrict(people, names, districtOf);
  return [
    availableBlock(OPEN, names, [districtCountSeries('Care leavers', totals)]),
    ...PERCENT_BLOCKS.map(({ head, test }) =>
      availableBlock(head, names, [districtPercentSeries('Percent', countByDistrict(people.filter(test), names, districtOf), totals)]),
    ),
  ];
}
