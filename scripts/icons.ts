/**
 * Draws the toolbar and store icons, public/icon/<size>.png (which WXT lists in the manifest), from
 * scripts/icon.svg with Chromium: `npx tsx scripts/icons.ts`. The PNGs are committed; run this again
 * after changing the drawing.
 */
import { chromiumPath } from '../tests/e2e/browsers';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'scripts/icon.svg'), 'utf8');
const out = join(root, 'public/icon');

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath() });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
console.log(`Drew ${SIZES.map((size) => `${size}.png`).join(', ')} in public/icon.`);
