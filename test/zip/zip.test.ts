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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(5, 18);
    local.writeUInt32LE(5, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(5, 20);
    central.writeUInt32LE(5, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + 5, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    expect(readZip(zip).map((entry) => [entry.name, text(entry.data)])).toEqual([['s.txt', 'hello']]);
  });

  test('rejects bytes that are not a zip', () => {
    expect(() => readZip(deflateRawSync(Buffer.from('not a zip at all, just text')))).toThrow('not a zip archive');
  });
});
