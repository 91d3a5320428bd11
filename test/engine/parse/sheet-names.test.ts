import { matchSheetName } from '../../../src/engine/parse/sheet-names';

describe('matchSheetName', () => {
  it.each([
    ['List 1', 1], ['List_1', 1], ['List1', 1], ['contacts', 1], ['CONTACTS', 1],
    ['List 3', 3], ['Referrals', 3],
    ['List_4', 4], ['Assessments', 4],
    ['List 6', 6], ['Children in need', 6], ['CIN', 6],
    ['List 7', 7], ['Child Protection', 7], ['cp', 7],
    ['List 8', 8], ['Children in care', 8], ['Looked after', 8], ['CLA', 8], ['LAC', 8],
    ['List 9', 9], ['Care leavers', 9], ['CARE LEAVERS', 9],
  ])('%s is list %d', (name, list) => {
    expect(matchSheetName(name)).toEqual({ kind: 'list', list });
  });

  it.each([['List 2', 2], ['List_5', 5], ['List 10', 10], ['list_11', 11]])('%s is recognised and ignored', (name, number) => {
    expect(matchSheetName(name)).toEqual({ kind: 'ignored-list', number });
  });

  it('does not confuse List 1 with List 10 or match other sheets', () => {
    expect(matchSheetName('List 10')).not.toEqual({ kind: 'list', list: 1 });
    expect(matchSheetName('Report Settings')).toEqual({ kind: 'none' });
    expect(matchSheetName('Codes_used')).toEqual({ kind: 'none' });
  });
});
