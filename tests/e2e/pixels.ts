import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';

/** A decoded screenshot: 8-bit RGB(A), as Chromium and Firefox write them. */
interface Pixels {
  width: number;
  height: number;
  rgb(x: number, y: number): [number, number, number];
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG (what `screenshot()` gives). */
export function decodePng(png: Buffer): Pixels {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const chunk = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      if (chunk[8] !== 8 || chunk[12] !== 0) throw new Error('Only 8-bit, non-interlaced PNGs are read.');
      channels = chunk[9] === 6 ? 4 : chunk[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`PNG colour type ${chunk[9]} is not read.`);
    } else if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i]!;
      const left = i >= channels ? out[y * stride + i - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      out[y * stride + i] = (value + (predicted ?? 0)) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = y * stride + x * channels;
      return [out[at]!, out[at + 1]!, out[at + 2]!];
    },
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The browser's screenshot of a mark's box, with room below for its underline. */
export async function markPixels(page: Page, mark: Locator): Promise<Pixels> {
  const box = await mark.boundingBox();
  if (!box) throw new Error(`${mark.toString()} has no box.`);
  const clip = { x: box.x, y: box.y, width: Math.max(1, box.width), height: box.height + 6 };
  return decodePng(await page.screenshot({ clip }));
}

/**
 * The share of a mark's pixels drawn in a colour (not white, black or grey): its verdict's underline
 * and tint. Text in the page's black or grey counts for nothing, so a mark the page managed to
 * unstyle scores about 0.
 */
export const colouredShare = async (page: Page, mark: Locator): Promise<number> =>
  shareOfColour(await markPixels(page, mark));

/** The share of the pixels drawn in a colour, not white, black or a grey. */
export function shareOfColour(pixels: Pixels): number {
  let coloured = 0;
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) {
      const [r, g, b] = pixels.rgb(x, y);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    }
  return coloured / (pixels.width * pixels.height);
}
