#!/usr/bin/env node
/**
 * Draws the add-in's icons (a green rounded square with a white "M") and writes them as PNG files
 * to assets/. No image tools are needed: pixels are computed here and encoded with zlib.
 * Run with `npm run icons`; the PNGs are committed, so this only needs re-running to change them.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const OUT_DIR = path.join(__dirname, "..", "assets");
const GREEN = [0x0b, 0x6e, 0x3b]; // background
const DARK = [0x06, 0x4a, 0x27]; // border
const WHITE = [0xff, 0xff, 0xff]; // the letter
const SAMPLES = 4; // 4x4 samples per pixel give smooth (anti-aliased) edges

// The "M" as a polyline in a unit square (0..1, y down), drawn with a round-capped stroke.
const M_POINTS = [
  [0.27, 0.74],
  [0.27, 0.27],
  [0.5, 0.56],
  [0.73, 0.27],
  [0.73, 0.74],
];
const STROKE = 0.13; // stroke width, as a fraction of the icon size
const RADIUS = 0.2; // corner radius of the square
const BORDER = 0.05; // border width

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed distance from a point to a rounded square filling the unit square (negative inside). */
function roundedSquareDistance(px, py) {
  const qx = Math.abs(px - 0.5) - (0.5 - RADIUS);
  const qy = Math.abs(py - 0.5) - (0.5 - RADIUS);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - RADIUS;
}

/** The colour (or undefined for transparent) of one sample point of the icon. */
function colourAt(x, y) {
  const edge = roundedSquareDistance(x, y);
  if (edge > 0) return undefined;
  for (let i = 1; i < M_POINTS.length; i++) {
    if (distanceToSegment(x, y, M_POINTS[i - 1], M_POINTS[i]) <= STROKE / 2) return WHITE;
  }
  return edge > -BORDER ? DARK : GREEN;
}

/** RGBA pixels for a size x size icon, each pixel averaged over SAMPLES x SAMPLES points. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((col + (sx + 0.5) / SAMPLES) / size, (row + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const at = (row * size + col) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter type 0 on every row). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    pixels.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Ribbon and add-in list icons (16/32/64/80 px) plus a larger logo for the task pane.
const FILES = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["logo-filled.png", 128],
];

if (require.main === module) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, size] of FILES) {
    fs.writeFileSync(path.join(OUT_DIR, name), encodePng(size, render(size)));
    console.log(`assets/${name} (${size}x${size})`);
  }
}

module.exports = { encodePng, render, FILES };
