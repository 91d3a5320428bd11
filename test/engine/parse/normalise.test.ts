import { normaliseHeading, normaliseSheetName, tidyText } from '../../../src/engine/parse/normalise';

describe('normaliseHeading', () => {
  it('lower-cases, trims and collapses white space including non-breaking spaces', () => {
    expect(normaliseHeading('  Date\u00A0of   Referral ')).toBe('date of referral');
    expect(normaliseHeading('LA In Touch ')).toBe('la in touch');
    expect(normaliseHeading('Date Ceased to be Looked After ')).toBe('date ceased to be looked after');
  });
  it('straightens curly apostrophes', () => {
    expect(normaliseHeading('Child’s Legal Status')).toBe("child's legal status");
  });
  it('drops a trailing question mark', () => {
    expect(normaliseHeading('Referral NFA?')).toBe('referral nfa');
    expect(normaliseHeading('Referral NFA ?')).toBe('referral nfa');
  });
  it('collapses doubled closing brackets', () => {
    expect(normaliseHeading('Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))')).toBe(
      'unaccompanied asylum seeking child (uasc) within the last 12 months (y/n)',
    );
    expect(normaliseHeading('Age of Child (Years))')).toBe('age of child (years)');
  });
});

describe('normaliseSheetName', () => {
  it('ignores case and every space, and drops a .csv extension', () => {
    expect(normaliseSheetName('List 1')).toBe('list1');
    expect(normaliseSheetName(' LIST  1 ')).toBe('list1');
    expect(normaliseSheetName('List_1.csv')).toBe('list_1');
    expect(normaliseSheetName('Children in Need')).toBe('childreninneed');
  });
});

describe('tidyText', () => {
  it('keeps case but straightens quotes and dashes', () => {
    expect(tidyText('Children’s Homes – “K2”')).toBe('Children\'s Homes - "K2"');
  });
});
