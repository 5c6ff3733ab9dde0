/**
 * Draws the toolbar and store icons (public/icon/<size>.png): a blue rounded square with lines
 * of text, one of them marked, which is what Backstory does. Rasterised here with 4×4
 * supersampling so no image tool or font is needed; run it again after changing the design.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
type Rgba = [number, number, number, number];
const BLUE: Rgba = [31, 95, 191, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const ORANGE: Rgba = [240, 150, 60, 255];

/** The design in unit coordinates (0..1): later shapes paint over earlier ones. */
function colourAt(x: number, y: number): Rgba | null {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const bar = (top: number, left: number, right: number) => y >= top && y <= top + 0.1 && x >= left && x <= right;
  if (bar(0.44, 0.2, 0.8) && x >= 0.36 && x <= 0.68) return ORANGE;
  if (bar(0.24, 0.2, 0.8) || bar(0.44, 0.2, 0.8) || bar(0.64, 0.2, 0.6)) return WHITE;
  return BLUE;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3]! += c[3];
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const alpha = sum[3]! / (samples * samples);
      for (let i = 0; i < 3; i++) raw[o + i] = sum[3] ? Math.round(sum[i]! / sum[3]!) : 0;
      raw[o + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
