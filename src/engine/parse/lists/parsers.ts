/** The parser of each list the product reads. */
import type { ListRows } from '../../lists';
import type { ListNumber } from '../../types';
import { assessmentsParser } from './assessments';
import { careLeaversParser } from './care-leavers';
import { childProtectionParser } from './child-protection';
import { childrenInCareParser } from './children-in-care';
import { childrenInNeedParser } from './children-in-need';
import { contactsParser } from './contacts';
import type { ListParser } from './list-parser';
import { referralsParser } from './referrals';

export const LIST_PARSERS: { readonly [L in ListNumber]: ListParser<ListRows[L][number]> } = {
  1: contactsParser,
  3: referralsParser,
  4: assessmentsParser,
  6: childrenInNeedParser,
  7: childProtectionParser,
  8: childrenInCareParser,
  9: careLeaversParser,
};
