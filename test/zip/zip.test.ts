import { deflateRawSync } from 'node:zlib';
import { readZip, writeZip } from '../../src/zip/write-zip';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(data: Uint8Array): Promise<{ files: Record<string, unknown>; file(name: string): { async(type: 'string'): Promise<string> } | null }>;
};

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('zip reader and writer', () => {
  test('write then read gives the same entries in the same order', () => {
    const entries = [
      { name: '[Content_Types].xml', data: bytesOf('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: bytesOf('<worksheet>Bromsgrove – £ ü</worksheet>'.repeat(50)) },
      { name: 'empty.txt', data: new Uint8Array(0) },
    ];
    const back = readZip(writeZip(entries));
    expect(back.map((entry) => entry.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'empty.txt']);
    expect(text(back[1].data)).toBe('<worksheet>Bromsgrove – £ ü</worksheet>'.repeat(50));
    expect(back[2].data.length).toBe(0);
  });

  test('another zip reader (jszip) accepts what we write, CRCs included', async () => {
    const zip = await JSZip.loadAsync(writeZip([{ name: 'a/b.xml', data: bytesOf('<x>42</x>') }]));
    expect(Object.keys(zip.files)).toEqual(['a/b.xml']);
    expect(await zip.file('a/b.xml')?.async('string')).toBe('<x>42</x>');
  });

  test('reads a stored (uncompressed) entry written by hand', () => {
    // Build a one-entry stored zip by hand: local header, data, central header, end record.
    const name = bytesOf('s.txt');
    const data = bytesOf('hello');
    // Fields as [byte offset, width, value], little-endian, per the zip format's record layouts.
    const local = record(30, [[0, 4, 0x04034b50], [8, 2, 0], [18, 4, 5], [22, 4, 5], [26, 2, name.length]]);
    const central = record(46, [[0, 4, 0x02014b50], [10, 2, 0], [20, 4, 5], [24, 4, 5], [28, 2, name.length], [42, 4, 0]]);
    const end = record(22, [[0, 4, 0x06054b50], [8, 2, 1], [10, 2, 1], [12, 4, 46 + name.length], [16, 4, 30 + name.length + 5]]);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    expect(readZip(zip).map((entry) => [entry.name, text(entry.data)])).toEqual([['s.txt', 'hello']]);
  });

  test('rejects bytes that are not a zip', () => {
    expect(() => readZip(deflateRawSync(Buffer.from('not a zip at all, just text')))).toThrow('not a zip archive');
  });
});

/** A record of `size` zero bytes with the given little-endian fields written in. */
function record(size: number, fields: [offset: number, width: 2 | 4, value: number][]): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [offset, width, value] of fields) {
    if (width === 2) bytes.writeUInt16LE(value, offset);
    else bytes.writeUInt32LE(value, offset);
  }
  return bytes;
}
