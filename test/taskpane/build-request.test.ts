import { toBuildRequest } from '../../src/taskpane/build-request';

describe('toBuildRequest', () => {
  test('empty selects mean "decided by the engine"; the unchanged authority is not sent', () => {
    expect(toBuildRequest({ financialYear: '', quarter: '', authority: 'Worcestershire' }, 'Worcestershire')).toEqual({
      financialYear: null,
      quarter: null,
    });
  });

  test('a chosen year and quarter and a new authority (trimmed) are sent', () => {
    expect(toBuildRequest({ financialYear: '2021', quarter: '2', authority: '  Herefordshire ' }, 'Worcestershire')).toEqual({
      financialYear: 2021,
      quarter: 2,
      authority: 'Herefordshire',
    });
  });

  test('a blanked authority falls back to the settings', () => {
    expect(toBuildRequest({ financialYear: '', quarter: '4', authority: '   ' }, 'Worcestershire')).toEqual({
      financialYear: null,
      quarter: 4,
    });
  });
});
