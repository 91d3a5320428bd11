import { protectChartText, restoreChartText } from '../../../src/render/xlsx/chart-text';

describe('chart text protection', () => {
  test('"!" and a leading "=" are swapped out, nothing else', () => {
    expect(protectChartText('=Sheet1!$A$1')).toBe('\uE001Sheet1\uE000$A$1');
    expect(protectChartText('Rate = 5!')).toBe('Rate = 5\uE000');
    expect(protectChartText('Children looked after – rate per 10,000')).toBe('Children looked after – rate per 10,000');
  });

  test('restore gives back the original text inside XML', () => {
    const xml = `<a:t>${protectChartText('=Sheet1!$A$1')}</a:t><a:t>${protectChartText('Wow!')}</a:t>`;
    expect(restoreChartText(xml)).toBe('<a:t>=Sheet1!$A$1</a:t><a:t>Wow!</a:t>');
  });
});
