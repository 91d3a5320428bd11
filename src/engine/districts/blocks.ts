/** All district blocks (indicators.md "District profiles"), in outputs.md order. */
import type { Results } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { districtNames } from './district-table';
import { claByPlacementDistrict } from './cla-block';
import { careLeaverBlocks } from './care-leaver-blocks';
import { cpBlocks } from './cp-blocks';
import { cinBlocks } from './cin-blocks';

export function buildDistrictBlocks(ctx: IndicatorContext): Results['districts'] {
  return {
    names: districtNames(ctx.settings),
    blocks: [claByPlacementDistrict(ctx), ...careLeaverBlocks(ctx), ...cpBlocks(ctx), ...cinBlocks(ctx)],
  };
}
