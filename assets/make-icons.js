/**
 * Draws the add-in's icons (16, 32, 64, 80 px PNG) without any image library: a red rounded
 * square with a white ballot paper and a red tick (the add-in and its pane), and for the ribbon's
 * other buttons the same square with a white bar chart (Kiểm phiếu), a pie with a slice out
 * (Phân bổ đại biểu) and a list with ticks (Kiểm tra danh sách). Run `node assets/make-icons.js`
 * to redraw.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const GOLD = [255, 205, 0];

/** Colour at a point in unit coordinates (0..1). */
function shade(u, v) {
  const r = 0.18;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null; // outside the rounded square
  // Ballot paper.
  if (u > 0.24 && u < 0.76 && v > 0.16 && v < 0.84) {
    // Tick: two strokes.
    const seg = (ax, ay, bx, by, w) => {
      const vx = bx - ax,
        vy = by - ay;
      const t = Math.max(0, Math.min(1, ((u - ax) * vx + (v - ay) * vy) / (vx * vx + vy * vy)));
      const px = ax + t * vx - u,
        py = ay + t * vy - v;
      return px * px + py * py < w * w;
    };
    if (seg(0.34, 0.52, 0.46, 0.64, 0.055) || seg(0.46, 0.64, 0.67, 0.36, 0.055)) return RED;
    if (v > 0.72 && v < 0.76 && u > 0.32 && u < 0.68) return [200, 200, 200];
    return WHITE;
  }
  // A gold band under the paper.
  if (v > 0.86 && v < 0.9 && u > 0.2 && u < 0.8) return GOLD;
  return RED;
}

/** Inside the rounded square (the shared background), in unit coordinates. */
function inSquare(u, v) {
  const r = 0.18;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

/** Kiểm phiếu: three white bars rising, on a gold base line. */
function shadeTally(u, v) {
  if (!inSquare(u, v)) return null;
  const bars = [
    [0.2, 0.34, 0.52],
    [0.42, 0.56, 0.3],
    [0.64, 0.78, 0.42],
  ];
  for (const [x0, x1, top] of bars) if (u > x0 && u < x1 && v > top && v < 0.78) return WHITE;
  if (v > 0.8 && v < 0.85 && u > 0.16 && u < 0.84) return GOLD;
  return RED;
}

/** Phân bổ đại biểu: a white pie with a gold slice drawn out of it. */
function shadeAllocate(u, v) {
  if (!inSquare(u, v)) return null;
  const dx = u - 0.47,
    dy = v - 0.53;
  const inPie = dx * dx + dy * dy < 0.3 * 0.3;
  const angle = Math.atan2(dy, dx); // the slice: from -90° (up) to 0° (right)
  const slice = angle > -Math.PI / 2 && angle < 0;
  if (inPie && !slice) return WHITE;
  const sx = u - 0.53,
    sy = v - 0.47;
  const sAngle = Math.atan2(sy, sx);
  if (sx * sx + sy * sy < 0.3 * 0.3 && sAngle > -Math.PI / 2 && sAngle < 0) return GOLD;
  return RED;
}

/** Kiểm tra danh sách: three white lines, each with a gold tick box on its left. */
function shadeCheck(u, v) {
  if (!inSquare(u, v)) return null;
  for (const y of [0.3, 0.5, 0.7]) {
    if (v > y - 0.06 && v < y + 0.06 && u > 0.18 && u < 0.3) return GOLD;
    if (v > y - 0.035 && v < y + 0.035 && u > 0.38 && u < 0.82) return WHITE;
  }
  return RED;
}

function pixel(x, y, size, draw = shade) {
  const n = 4; // 4×4 supersampling
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const c = draw((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
      if (!c) continue;
      r += c[0];
      g += c[1];
      b += c[2];
      a += 1;
    }
  if (a === 0) return [0, 0, 0, 0];
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (n * n))];
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size, pixel));
}
// The ribbon's command buttons (16, 32 and 80 px, as the manifest's Icon elements ask).
for (const [name, draw] of [
  ['tally', shadeTally],
  ['allocate', shadeAllocate],
  ['check', shadeCheck],
]) {
  for (const size of [16, 32, 80]) {
    fs.writeFileSync(
      path.join(__dirname, `${name}-${size}.png`),
      png(size, (x, y, s) => pixel(x, y, s, draw)),
    );
  }
}
