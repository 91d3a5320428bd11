#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80): a chart-bars glyph in a strong
 * blue on a transparent background. Written by hand with zlib so the icons can be regenerated
 * without an image editor or extra packages: `node scripts/draw-icons.js`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
/** Fluent "brand" blue (#0F6CBD): strong enough to read at 16 px on light and dark ribbons. */
const BLUE = [0x0f, 0x6c, 0xbd];
/** Samples per pixel side, so edges get partial alpha instead of jagged steps at odd sizes. */
const SUPERSAMPLE = 4;

/** The glyph in unit coordinates (0..1, y down): three rising bars on a baseline. */
const SHAPES = [
  { x0: 0.12, x1: 0.32, y0: 0.52, y1: 0.86 },
  { x0: 0.40, x1: 0.60, y0: 0.32, y1: 0.86 },
  { x0: 0.68, x1: 0.88, y0: 0.12, y1: 0.86 },
  { x0: 0.06, x1: 0.94, y0: 0.86, y1: 0.94 },
];

function insideGlyph(u, v) {
  return SHAPES.some((s) => u >= s.x0 && u < s.x1 && v >= s.y0 && v < s.y1);
}

/** Fraction of a pixel's sub-samples that fall inside the glyph (0..1). */
function coverage(px, py, size) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const u = (px + (sx + 0.5) / SUPERSAMPLE) / size;
      const v = (py + (sy + 0.5) / SUPERSAMPLE) / size;
      if (insideGlyph(u, v)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

/** Raw scanlines for PNG: each row starts with filter byte 0, then RGBA pixels. */
function drawRgba(size) {
  const rowBytes = 1 + size * 4;
  const raw = Buffer.alloc(rowBytes * size);
  for (let y = 0; y < size; y++) {
    raw[y * rowBytes] = 0;
    for (let x = 0; x < size; x++) {
      const at = y * rowBytes + 1 + x * 4;
      raw[at] = BLUE[0];
      raw[at + 1] = BLUE[1];
      raw[at + 2] = BLUE[2];
      raw[at + 3] = Math.round(coverage(x, y, size) * 255);
    }
  }
  return raw;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  const idat = zlib.deflateSync(drawRgba(size), { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

main();
