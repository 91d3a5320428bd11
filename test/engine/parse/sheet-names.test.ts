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

  it.each([
    ['Ofsted List 1 - Contacts 2021', 1], ['Ofsted List 3 - Referrals 2021.csv', 3], ['List 1 Contacts', 1],
    ['ILACS List 8 (CLA)', 8], ['AnnexA_List_9_CareLeavers', 9], ['list-4 assessments', 4], ['Ofsted List 6 - Children in Need 2021', 6],
    ['Ofsted List\u00A07 - Child Protection 2021', 7],
  ])('"%s" holds "List %d" as words', (name, list) => {
    expect(matchSheetName(name)).toEqual({ kind: 'list', list });
  });

  it.each([
    ['Ofsted List 10 - Adoption 2021', 10], ['Ofsted List 2 - Early Help Assessments 2021', 2], ['List 11 adopters', 11],
  ])('"%s" is an ignored list (%d)', (name, number) => {
    expect(matchSheetName(name)).toEqual({ kind: 'ignored-list', number });
  });

  it.each(['Ofsted List 10 - Adoption 2021', 'List 1a', 'Checklist 1', 'List 12', 'Playlist 3', 'Blacklist_8', 'List 1000'])(
    '"%s" is never List 1 or any list we read',
    (name) => {
      expect(matchSheetName(name).kind).not.toBe('list');
    },
  );
});
