/**
 * The app icons, drawn in code so they need no design tool and stay identical to public/favicon.svg: an NHS-blue
 * tile with white code brackets and a yellow slash. Rendered to PNG with anti-aliased strokes; deterministic, so a
 * test can check the committed files are current. Runs in Node (zlib) at authoring time, not in the browser.
 */
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
type Point = [number, number];

/** favicon.svg's geometry, in its 64-unit viewBox. */
const BLUE: Rgb = [0x00, 0x5e, 0xb8];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xff, 0xb8, 0x1c];
const STROKE = 6;
const CORNER = 12;
const strokes: Array<{ colour: Rgb; points: Point[] }> = [
  { colour: WHITE, points: [[22, 20], [10, 32], [22, 44]] },
  { colour: WHITE, points: [[42, 20], [54, 32], [42, 44]] },
  { colour: YELLOW, points: [[35, 16], [29, 48]] },
];

export type IconKind = 'any' | 'maskable';

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance to a rounded square covering the whole 64-unit tile (negative inside). */
function roundedSquareDistance([x, y]: Point): number {
  const qx = Math.abs(x - 32) - (32 - CORNER);
  const qy = Math.abs(y - 32) - (32 - CORNER);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - CORNER;
}

const blend = (under: Rgb, over: Rgb, alpha: number): Rgb => under.map((u, i) => u + (over[i]! - u) * alpha) as Rgb;
const coverage = (distanceOutside: number, unitsPerPixel: number) => Math.max(0, Math.min(1, 0.5 - distanceOutside / unitsPerPixel));

/** RGBA pixels of the icon. 'maskable' fills the whole square and shrinks the glyph into the safe zone. */
export function drawIcon(size: number, kind: IconKind): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unitsPerPixel = 64 / size;
  const glyphScale = kind === 'maskable' ? 0.8 : 1;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const p: Point = [(col + 0.5) * unitsPerPixel, (row + 0.5) * unitsPerPixel];
      const alpha = kind === 'maskable' ? 1 : coverage(roundedSquareDistance(p), unitsPerPixel);
      let colour = BLUE;
      const g: Point = [32 + (p[0] - 32) / glyphScale, 32 + (p[1] - 32) / glyphScale];
      for (const { colour: ink, points } of strokes) {
        let d = Infinity;
        for (let i = 1; i < points.length; i++) d = Math.min(d, distanceToSegment(g, points[i - 1]!, points[i]!));
        colour = blend(colour, ink, coverage((d - STROKE / 2) * glyphScale, unitsPerPixel));
      }
      pixels.set([...colour.map(Math.round), Math.round(alpha * 255)], (row * size + col) * 4);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes RGBA pixels as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** Every icon file the site ships, by path under public/. */
export const iconFiles: ReadonlyArray<{ path: string; size: number; kind: IconKind }> = [
  { path: 'icons/icon-192.png', size: 192, kind: 'any' },
  { path: 'icons/icon-512.png', size: 512, kind: 'any' },
  { path: 'icons/icon-maskable-192.png', size: 192, kind: 'maskable' },
  { path: 'icons/icon-maskable-512.png', size: 512, kind: 'maskable' },
  // iOS ignores the manifest's icons and rounds this square itself.
  { path: 'icons/apple-touch-icon.png', size: 180, kind: 'maskable' },
];

export function renderIcon(size: number, kind: IconKind): Buffer {
  return encodePng(size, size, drawIcon(size, kind));
}
