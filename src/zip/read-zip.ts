/**
 * A minimal reader of .zip archives (an .xlsx is one), enough for the workbooks Excel and other
 * tools write: stored and deflated entries, no ZIP64, no encryption. Node's zlib does the
 * inflating, so reading needs no extra dependency and each part is inflated only when asked for.
 * Used by the input reader (src/io) and by the report renderer's package patches (src/render/xlsx).
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipArchive {
  /** Entry names as stored ("xl/workbook.xml"). */
  names(): string[];
  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Buffer | null;
}

interface EntryLocation {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export function openZip(bytes: Buffer): ZipArchive {
  const entries = readCentralDirectory(bytes);
  return {
    names: () => [...entries.keys()],
    read: (name) => {
      const entry = entries.get(name);
      return entry ? inflateEntry(bytes, name, entry) : null;
    },
  };
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('not a zip archive (an .xlsx file is one): no central directory found');
}

function readCentralDirectory(bytes: Buffer): Map<string, EntryLocation> {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, EntryLocation>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new Error('damaged zip archive: bad central directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateEntry(bytes: Buffer, name: string, entry: EntryLocation): Buffer {
  const header = entry.localHeaderOffset;
  if (bytes.readUInt32LE(header) !== LOCAL_FILE_HEADER) throw new Error(`damaged zip archive: bad header for ${name}`);
  // The local header's own name/extra lengths can differ from the central directory's.
  const dataStart = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === STORED) return Buffer.from(data);
  if (entry.method === DEFLATED) return inflateRawSync(data);
  throw new Error(`unsupported zip compression method ${entry.method} for ${name}`);
}
