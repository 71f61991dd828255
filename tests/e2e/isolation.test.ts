/**
 * Faults kept to themselves (listed in hostile.test.ts): a page that breaks single marks leaves the
 * others working, and an extension that goes away (reloaded, as on update or disable) leaves the page
 * as it was loaded.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { PAGE_LISTENER_ERROR } from '../fixtures/hostile/isolation';
import { FIGURE } from '../fixtures/hostile/page';
import {
  expectPopoverOnHover,
  movePointerAway,
  problemsOfPage,
  useHostileSession,
  waitForMarks,
  pageGlobal,
} from './hostile-checks';
import { allMarks, isPopoverFrame, MARK_PATH, markFor, popoverFor } from './page-parts';

const hostile = useHostileSession();

const BOTH = [FIGURE.area, FIGURE.troops];
/** Longer than a mark's hover delay: a popover that would open has opened by then. */
const SETTLE_MS = 1_000;

describe('a page that breaks single marks', () => {
  test('a removed mark takes its open popover with it, and the other marks still open theirs when one mark throws', async () => {
    const page = await hostile.open('faulty-marks');
    const others = [FIGURE.area, FIGURE.held, FIGURE.laterArea, FIGURE.laterTroops];
    await waitForMarks(page, [...others, FIGURE.troops]);
    const rectInPageWorld = await allMarks(page)
      .first()
      .evaluate((mark) => {
        try {
          mark.getBoundingClientRect();
          return 'measured';
        } catch {
          return 'threw';
        }
      });
    expect(rectInPageWorld).toBe('threw');

    await markFor(page, FIGURE.troops).hover();
    const troopsPopover = await popoverFor(page, FIGURE.troops);
    await troopsPopover.waitFor({ state: 'visible' });
    await page.evaluate(() => (window as unknown as { removeTroopsMark(): void }).removeTroopsMark());
    expect(await pageGlobal(page, 'removedMarks')).toBe(1);
    expect(await markFor(page, FIGURE.troops).count()).toBe(0);
    // a popover whose mark left the page closes, instead of staying open over the article
    await troopsPopover.waitFor({ state: 'hidden', timeout: 2_000 });

    for (const figure of others) await expectPopoverOnHover(page, figure);
    const problems = problemsOfPage(hostile, page);
    expect(problems.some(({ text }) => text.includes(PAGE_LISTENER_ERROR))).toBe(true);
    expect(problems.filter(({ text }) => !text.includes(PAGE_LISTENER_ERROR))).toEqual([]);
    await page.close();
  });
});

/** What of the extension is left on the page, and whether its article is exactly as loaded. */
async function leftovers(page: Page) {
  const frames = page.frames().filter(isPopoverFrame).length;
  return page.evaluate(
    ({ frames, marks }) => ({
      marks: document.evaluate(`count(${marks})`, document, null, XPathResult.NUMBER_TYPE).numberValue,
      // the popover's element, a child of <html> beside head and body, and its frame
      popovers:
        Array.from(document.documentElement.children).filter(
          (child) => child !== document.head && child !== document.body,
        ).length + frames,
      articleAsLoaded:
        document.querySelector('[data-page-article]')?.innerHTML ===
        (window as unknown as { articleMarkupAtLoad: string }).articleMarkupAtLoad,
    }),
    { frames, marks: MARK_PATH },
  );
}

/** Moves the pointer onto the middle of the first occurrence of the text in the page's paragraphs. */
async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('p')) {
      const node = paragraph.firstChild;
      const at = node instanceof Text ? node.data.indexOf(wanted) : -1;
      if (!(node instanceof Text) || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`No paragraph starts with a text node holding "${text}"`);
  await page.mouse.move(point.x, point.y);
}

const NOTHING_LEFT = { marks: 0, popovers: 0, articleAsLoaded: true };

describe('when the extension is reloaded or disabled', () => {
  let untouched: Page;
  let read: Page;

  beforeAll(async () => {
    untouched = await hostile.open('plain-article');
    read = await hostile.open('plain-article');
    for (const page of [untouched, read]) {
      await waitForMarks(page, BOTH);
      await markFor(page, FIGURE.area).hover();
      await (await popoverFor(page, FIGURE.area)).waitFor({ state: 'visible' });
    }
    // In the test browser (extension loaded from the command line) a reload leaves the extension
    // unloaded, as disabling it does; in use, the old content scripts lose it the same way.
    const options = await hostile.session.openExtensionPage('options.html');
    const closed = options.waitForEvent('close');
    // Reloading closes the extension's own pages, this one included: reload once the call returned.
    await options.evaluate(() => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome;
      setTimeout(() => runtime.reload(), 50);
    });
    await closed;
  });

  test('the page the reader keeps reading gets its own markup back, and its former figures open nothing', async () => {
    await read.bringToFront();
    await movePointerAway(read);
    await expect.poll(() => leftovers(read)).toEqual(NOTHING_LEFT);
    await hoverText(read, FIGURE.troops);
    await read.waitForTimeout(SETTLE_MS);
    expect(read.frames().filter(isPopoverFrame)).toEqual([]);
    expect(await allMarks(read).count()).toBe(0);
    expect(problemsOfPage(hostile, read)).toEqual([]);
  });

  test('a page nobody touches loses marks and popover too', async () => {
    await expect.poll(() => leftovers(untouched), { timeout: 10_000 }).toEqual(NOTHING_LEFT);
  });
});
