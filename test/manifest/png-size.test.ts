import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from './png-size';

describe('pngSize', () => {
  test('reads 16 x 16 from the committed icon', () => {
    expect(pngSize(readFileSync(join(__dirname, '..', '..', 'assets', 'icon-16.png')))).toEqual({ width: 16, height: 16 });
  });
  test('reads a hand-made header: 300 wide, 2 high', () => {
    const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 44, 0, 0, 0, 2]);
    expect(pngSize(header)).toEqual({ width: 300, height: 2 });
  });
  test('rejects bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a................'))).toThrow('not a PNG');
  });
});
