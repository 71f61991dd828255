import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { ARTICLE } from './articles';
import { markFor, popoverFor, verdictChip } from './page-parts';
import { useSession } from './session';

/**
 * Pictures of the popover to look at, not a test: run with POPOVER_SHOTS=/some/folder to write them
 * (a time chart and a number line; light and dark pages; 400 px and wide; forced colours).
 */
const folder = process.env.POPOVER_SHOTS;
const session = useSession();

async function shoot(page: Page, figure: string, name: string): Promise<void> {
  const mark = markFor(page, figure);
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const popover = await popoverFor(page, figure);
  await verdictChip(popover).waitFor({ state: 'visible' });
  await page.waitForTimeout(400);
  const box = (await popover.boundingBox())!;
  const markBox = (await mark.boundingBox())!;
  const top = Math.max(0, Math.min(box.y, markBox.y) - 16);
  const bottom = Math.max(box.y + box.height, markBox.y + markBox.height) + 16;
  const size = page.viewportSize()!;
  await page.screenshot({
    path: `${folder}/${name}.png`,
    clip: { x: 0, y: top, width: size.width, height: Math.min(bottom, size.height) - top },
  });
}

describe.runIf(folder)('popover pictures', () => {
  test('time chart and number line, light and dark, narrow and wide, forced colours', async () => {
    mkdirSync(folder!, { recursive: true });
    const cases = [
      { name: 'time-light-wide', width: 1280, dark: false },
      { name: 'time-light-400', width: 400, dark: false },
      { name: 'time-dark-wide', width: 1280, dark: true },
      { name: 'time-dark-400', width: 400, dark: true },
    ];
    for (const { name, width, dark } of cases) {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(session.articles.articleUrl(ARTICLE.unbundledKursk), { waitUntil: 'load' });
      if (dark)
        await page.addStyleTag({
          content: 'html, body { background: #15171a !important; color: #ddd !important; }',
        });
      await shoot(page, 'about 1,300 square kilometres', name);
      await page.mouse.move(0, 0);
      await page.waitForTimeout(600);
      await shoot(page, '30-day', name.replace('time', 'numberline'));
      await page.close();
    }
    const forced = await session.browser.context.newPage();
    await forced.emulateMedia({ forcedColors: 'active' });
    await forced.setViewportSize({ width: 1280, height: 900 });
    await forced.goto(session.articles.articleUrl(ARTICLE.unbundledKursk), { waitUntil: 'load' });
    await shoot(forced, 'about 1,300 square kilometres', 'time-forced-colours');
    await forced.close();
    const empty = await session.openArticle(ARTICLE.reuters);
    await shoot(empty, 'two joined pockets', 'empty-light');
    await empty.close();
  });
});
