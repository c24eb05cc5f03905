// npx tsx scripts/make-favicon.ts - writes app/favicon.ico (16, 32 and 48 px PNGs) by drawing the
// shapes of app/icon.svg: a rounded square, two lines of text and a check mark. Run it again after
// changing the icon; nothing else in the build needs it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const navy: Rgba = [0x1f, 0x3a, 0x5f, 255];
const white: Rgba = [255, 255, 255, 255];
const green: Rgba = [0x7f, 0xd1, 0x8b, 255];

// Shapes in the SVG's 32-unit square, each a test of whether a point is inside.
function inRoundedRect(x: number, y: number, left: number, top: number, width: number, height: number, radius: number): boolean {
  const nearestX = Math.min(Math.max(x, left + radius), left + width - radius);
  const nearestY = Math.min(Math.max(y, top + radius), top + height - radius);
  return (x - nearestX) ** 2 + (y - nearestY) ** 2 <= radius ** 2;
}

function nearSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number], halfWidth: number): boolean {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= halfWidth ** 2;
}

function colourAt(x: number, y: number): Rgba | null {
  if (nearSegment(x, y, [13, 21.5], [17, 25.5], 1.5) || nearSegment(x, y, [17, 25.5], [25.5, 16.5], 1.5)) return green;
  if (inRoundedRect(x, y, 7, 8, 13, 2.5, 1.25) || inRoundedRect(x, y, 7, 13, 9, 2.5, 1.25)) return white;
  return inRoundedRect(x, y, 0, 0, 32, 32, 6) ? navy : null;
}

/** The icon at `size` pixels, each pixel the average of 4 × 4 samples. */
function pixels(size: number): Buffer {
  const samples = 4;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    rows[row * (size * 4 + 1)] = 0;
    for (let column = 0; column < size; column += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt(((column + (sx + 0.5) / samples) * 32) / size, ((row + (sy + 0.5) / samples) * 32) / size);
          if (!colour) continue;
          for (let channel = 0; channel < 3; channel += 1) sum[channel] = (sum[channel] ?? 0) + (colour[channel] ?? 0);
          sum[3] = (sum[3] ?? 0) + 255;
        }
      }
      const covered = (sum[3] ?? 0) / 255;
      const offset = row * (size * 4 + 1) + 1 + column * 4;
      for (let channel = 0; channel < 3; channel += 1) rows[offset + channel] = covered ? Math.round((sum[channel] ?? 0) / covered) : 0;
      rows[offset + 3] = Math.round((sum[3] ?? 0) / samples ** 2);
    }
  }
  return rows;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels(size))), chunk('IEND', Buffer.alloc(0))]);
}

/** An ICO file holding PNG images, which every current browser reads. */
function ico(sizes: number[]): Buffer {
  const images = sizes.map(png);
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, index) => {
    const entry = Buffer.alloc(16);
    const size = sizes[index] ?? 0;
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

const target = path.resolve(import.meta.dirname, '../app/favicon.ico');
writeFileSync(target, ico([16, 32, 48]));
process.stdout.write(`${target}\n`);
