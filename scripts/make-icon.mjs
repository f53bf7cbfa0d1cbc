// Draws media/icon.png (128x128): a teal rounded square with a white molecule-like mark.
// Run once with `node scripts/make-icon.mjs`; the PNG is committed.
import { deflateSync } from 'zlib';
import { writeFileSync, mkdirSync } from 'fs';

const W = 128, H = 128;
const px = Buffer.alloc(W * H * 4);
const set = (x, y, [r, g, b, a]) => { const i = (y * W + x) * 4; px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a; };
const inRounded = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), W - 1 - r), cy = Math.min(Math.max(y, r), H - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nodes = [[40, 44], [88, 44], [64, 84], [40, 96], [92, 96]];
const edges = [[0, 1], [0, 2], [1, 2], [2, 3], [2, 4]];
const distToSeg = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax, dy = by - ay, t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
  if (!inRounded(x, y, 24)) { set(x, y, [0, 0, 0, 0]); continue; }
  const shade = Math.round(20 * y / H);
  let c = [0, 121 - shade, 120 - shade, 255];
  if (edges.some(([a, b]) => distToSeg(x, y, nodes[a], nodes[b]) < 4)) c = [255, 255, 255, 255];
  if (nodes.some(([nx, ny]) => Math.hypot(x - nx, y - ny) < 11)) c = [255, 255, 255, 255];
  if (Math.hypot(x - 64, y - 84) < 6) c = [255, 196, 0, 255];
  set(x, y, c);
}
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) { raw[y * (W * 4 + 1)] = 0; px.copy(raw, y * (W * 4 + 1) + 1, y * W * 4, (y + 1) * W * 4); }
const crcTable = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
const crc = buf => { let c = -1; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ -1) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
mkdirSync('media', { recursive: true });
writeFileSync('media/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
