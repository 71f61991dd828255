/**
 * Hostile pages: the extension must neither change what a page is nor be stopped by it. Every page is
 * served from `tests/fixtures/hostile/**` at /hostile/<name>. Each holds a Kursk article and records,
 * with its own script, its text, rendered text and script results as they were before the extension
 * ran; the tests check those are unchanged once it has marked the page, and that marks and popover work.
 *
 * This file — styles, content the extension must leave alone, and patched built-ins:
 * - unset-all: `* { all: unset !important }` hides no mark and unstyles no popover.
 * - sheets-replaced: a page that empties its adopted sheets and removes its style elements keeps every mark highlighted.
 * - our-names-hidden: `kcc-mark`, `kcc-popover`, `[role=dialog]`, `[role=button]`, `div` hidden late in the page hide nothing of ours.
 * - span-hidden: `span { display: none }` hides the page's spans only.
 * - overlay: a consent wall at the highest z-index (in body and on <html>) stays under the popover.
 * - split-figure: `more than 1,<b>368</b> square km` is one mark named by the whole figure.
 * - right-to-left: an Arabic `dir=rtl` page with English figures is marked and keeps its direction.
 * - quirks-mode: no doctype; marks work and the popover stays in the viewport.
 * - same-origin-iframe: the framed article is left exactly as it was (gap: it is not marked).
 * - page-shadow-root: text in the page's own open shadow root is left as it was (gap: not marked).
 * - contenteditable: an editor's figures are never marked, its text stays as typed, typing works.
 * - form-fields: inputs, textareas, selects, labels are never touched; their values stay.
 * - code-blocks: pre, code, kbd, samp are not marked.
 * - page-defines-kcc-mark: the page's own <kcc-mark> stays; our marks are visible spans.
 * - page-defines-popover-names: a page defining <kcc-popover>, and the popover element's random name once it appears, gets popovers.
 * - lookalike-names: page elements with our attribute, tag, id and class names stay, and open nothing.
 * - patched-array: enumerable Array.prototype additions and a broken includes change nothing.
 * - patched-attach-shadow: a throwing, then closed-root, attachShadow is never called by the extension.
 * - patched-network: recorded fetch/XHR/sendBeacon/WebSocket are never called; no extra request.
 * - strict-csp: `default-src 'none'; style-src 'self'` — marks and popover styled, no violation.
 * hostile-dynamic.test.ts — pages that change or are huge:
 * - huge-page: 50,000 paragraphs — first screen marked, page timer and button keep going, last paragraph marked.
 * - huge-table: 10,000 rows, two figures each — rows in view marked first, the last row when the reader goes to it.
 * - infinite-scroll: 30 Kursk updates in 3 s — each figure marked exactly once, none nested.
 * - spa-navigation: pushState and Back replace the article — each article's figures are marked.
 * - page-fights-marks: the page unwraps marks and rewrites a paragraph while it is read — page text wins, others work.
 * - many-figures: 2,000 figures in one paragraph — all marked, page timer ticking, popover opens.
 * - framework-text-update: a page setting the data of a text node it kept reads as written
 *   (gap: marks split text nodes, so the old figures stay behind; kept as an expected failure).
 * memory.test.ts — pages that keep re-rendering:
 * - re-rendering: the article's innerHTML replaced every 200 ms — DOM nodes and marks held stay near the
 *   page with marking off plus its live marks.
 * isolation.test.ts — faults kept to themselves:
 * - faulty-marks: marks' getBoundingClientRect throwing in the page world, a throwing page listener,
 *   a mark removed while its popover is open — that popover closes, the other marks still open theirs.
 * - plain-article: once the extension is reloaded or disabled, marks, style and popover go and the article
 *   markup is byte-identical to the loaded one, whether the reader moves or not.
 * xss.test.ts — injections shown as text, never run:
 * - xss-article: injections in a page's meta tags, title and text, in the popover and the toolbar panel;
 *   plus stored sources whose outlet, title, byline, text and address are injections (popover, options page).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FIGURE, HELD_PARAGRAPH, KURSK_PARAGRAPH } from '../fixtures/hostile/page';
import {
  expectPageAsLoaded,
  expectPopoverOnFocus,
  expectPopoverOnHover,
  movePointerAway,
  problemsOfPage,
  useHostileSession,
  waitForMarks,
  pageGlobal,
} from './hostile-checks';
import {
  allMarks,
  markButtons,
  markFor,
  popoverFor,
  popoverFrame,
  tabUntilFocused,
  verdictChip,
} from './page-parts';
import { colouredShare } from './pixels';
import { isExtensionFile } from './requests';

const hostile = useHostileSession();

const BOTH = [FIGURE.area, FIGURE.troops];
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

const backgroundOf = (element: Locator): Promise<string> =>
  element.evaluate((found) => getComputedStyle(found).backgroundColor);

/**
 * The mark is drawn in its verdict's colours. Its computed style says nothing of them (they are in the
 * mark's closed shadow root, out of the page's reach), so this reads the pixels the browser drew.
 */
const expectHighlighted = (page: Page, mark: Locator): Promise<void> =>
  expect.poll(() => colouredShare(page, mark)).toBeGreaterThan(0.03);

/** The figure's mark is highlighted, and the popover it opens on hover has a background; returns the popover. */
async function expectStyledMarkAndPopover(page: Page, figure: string): Promise<Locator> {
  const mark = markFor(page, figure);
  await expectHighlighted(page, mark);
  await movePointerAway(page);
  await mark.hover();
  const popover = await popoverFor(page, figure);
  await popover.waitFor({ state: 'visible' });
  expect(await backgroundOf(popover)).not.toBe(TRANSPARENT);
  return popover;
}

/** Marks appear, the page is as loaded, each figure's popover opens on hover and closes on Escape. */
async function expectMarkedAndUnchanged(name: string, figures: readonly string[]): Promise<Page> {
  const page = await hostile.open(name);
  await waitForMarks(page, figures);
  await expectPageAsLoaded(page);
  for (const figure of figures) await expectPopoverOnHover(page, figure);
  await expectPageAsLoaded(page);
  expect(problemsOfPage(hostile, page)).toEqual([]);
  return page;
}

/** A global variable of the page's own scripts. */

/** What the page's own script computed when it had loaded. */
const resultAtLoad = (page: Page): Promise<unknown> =>
  page.evaluate(() => (window as unknown as { pageAtLoad: { result: unknown } }).pageAtLoad.result);

/** True when the box lies inside the page's viewport. */
async function isInViewport(page: Page, figure: string): Promise<boolean> {
  const box = await (await popoverFor(page, figure)).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
  );
}

describe('pages whose styles work against the extension', () => {
  test("a page that empties its style sheets cannot take the marks' style away", async () => {
    const page = await hostile.open('sheets-replaced');
    await waitForMarks(page, BOTH);
    const highlighted = (figure: string) => expectHighlighted(page, markFor(page, figure));
    await page.evaluate(() => (window as unknown as { takeStylesAway(): void }).takeStylesAway());
    await highlighted(FIGURE.area);
    await page.evaluate(() => (window as unknown as { addReport(): void }).addReport());
    await markFor(page, FIGURE.held).waitFor();
    await highlighted(FIGURE.held);
    await highlighted(FIGURE.area);
    await page.close();
  });

  test('`* { all: unset !important }`: marks keep their highlight and the popover its background', async () => {
    const page = await expectMarkedAndUnchanged('unset-all', [...BOTH, FIGURE.held]);
    expect(await resultAtLoad(page)).toBe('inline');
    // The page shows its own head and scripts as text, but none of the extension's style.
    const shownText = await page.evaluate(() => document.documentElement.innerText);
    expect(shownText).toContain('all: unset');
    expect(shownText).not.toContain('kcc');
    await expectStyledMarkAndPopover(page, FIGURE.area);
    await page.close();
  });

  test("rules hiding our tag names and roles hide neither marks nor popover, only the page's own elements", async () => {
    const page = await expectMarkedAndUnchanged('our-names-hidden', [...BOTH, FIGURE.held]);
    expect(await resultAtLoad(page)).toBe('hidden');
    await page.close();
  });

  test("`span { display: none }` keeps the page's spans hidden and the marks shown", async () => {
    const page = await expectMarkedAndUnchanged('span-hidden', [...BOTH, FIGURE.held]);
    expect(await resultAtLoad(page)).toBe('none,none');
    await page.close();
  });

  test('a full-page wall at the highest z-index stays under the popover opened from the keyboard', async () => {
    const page = await hostile.open('overlay');
    await waitForMarks(page, BOTH);
    const mark = markFor(page, FIGURE.area);
    await tabUntilFocused(page, mark);
    const popover = await popoverFor(page, FIGURE.area);
    await popover.waitFor({ state: 'visible' });
    const box = await popover.boundingBox();
    expect(box).not.toBeNull();
    const centre = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
    // the popover's element: a child of <html> that is none of the page's
    const topmost = await page.evaluate(({ x, y }) => {
      const found = document.elementFromPoint(x, y);
      return found?.parentElement === document.documentElement && found !== document.body && !found.id;
    }, centre);
    expect(topmost).toBe(true);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await expectPopoverOnFocus(page, FIGURE.troops);
    await expectPageAsLoaded(page);
    expect(problemsOfPage(hostile, page)).toEqual([]);
    await page.close();
  });

  test('a figure split across inline elements is one mark named by the whole figure', async () => {
    const page = await expectMarkedAndUnchanged('split-figure', BOTH);
    expect(await resultAtLoad(page)).toBe('368@P,11,000@P,troops@P');
    expect(await markFor(page, FIGURE.area).count()).toBe(1);
    expect(await allMarks(page).count()).toBeGreaterThanOrEqual(3 + (await markButtons(page).count()));
    await page.close();
  });

  test('a right-to-left page is marked and keeps its direction; the popover stays in view', async () => {
    const page = await expectMarkedAndUnchanged('right-to-left', [...BOTH, FIGURE.held]);
    expect(await resultAtLoad(page)).toBe('rtl:rtl');
    await movePointerAway(page);
    await markFor(page, FIGURE.troops).hover();
    await (await popoverFor(page, FIGURE.troops)).waitFor({ state: 'visible' });
    expect(await isInViewport(page, FIGURE.troops)).toBe(true);
    await page.close();
  });

  test('a page in quirks mode is marked and the popover stays in view', async () => {
    const page = await expectMarkedAndUnchanged('quirks-mode', BOTH);
    expect(await resultAtLoad(page)).toBe('BackCompat');
    await movePointerAway(page);
    await markFor(page, FIGURE.troops).hover();
    await (await popoverFor(page, FIGURE.troops)).waitFor({ state: 'visible' });
    expect(await isInViewport(page, FIGURE.troops)).toBe(true);
    await page.close();
  });
});

describe('content the extension leaves alone', () => {
  test('an article in a same-origin iframe is left exactly as it was (frames are not read)', async () => {
    const page = await expectMarkedAndUnchanged('same-origin-iframe', [FIGURE.held]);
    const frame = page.frame({ url: /framed-article/ });
    expect(frame).not.toBeNull();
    const framed = await frame!.evaluate(() => {
      const probe = (window as unknown as { pageProbe: () => { text: string } }).pageProbe();
      const atLoad = (window as unknown as { pageAtLoad: { text: string } }).pageAtLoad;
      return { same: probe.text === atLoad.text, marks: document.querySelectorAll('span').length };
    });
    expect(framed).toEqual({ same: true, marks: 0 });
    await page.close();
  });

  test("text in the page's own shadow root is left as it was; the light DOM is marked", async () => {
    const page = await expectMarkedAndUnchanged('page-shadow-root', [FIGURE.held]);
    const inShadow = await page.evaluate(
      () => document.getElementById('card')?.shadowRoot?.querySelectorAll('span').length,
    );
    expect(inShadow).toBe(0);
    expect(await markFor(page, FIGURE.troops).count()).toBe(0);
    await page.close();
  });

  test('figures in an editor are never marked, and typing in it still works', async () => {
    const page = await expectMarkedAndUnchanged('contenteditable', [FIGURE.held]);
    const editor = page.locator('#editor');
    await editor.locator('p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed by the reader.');
    await page.evaluate(() =>
      (window as unknown as { addOutsideParagraph: () => void }).addOutsideParagraph(),
    );
    // Once the paragraph added outside is marked, the editor's changes have been looked at too.
    await markFor(page, FIGURE.troops).first().waitFor();
    expect(await allMarks(editor).count()).toBe(0);
    expect(await editor.textContent()).toBe(`${KURSK_PARAGRAPH} Typed by the reader.`);
    expect(await pageGlobal(page, 'inputEvents')).toBeGreaterThan(0);
    await page.close();
  });

  test('form fields holding figures keep their values and still take typing', async () => {
    const page = await expectMarkedAndUnchanged('form-fields', [FIGURE.held]);
    expect(await allMarks(page.locator('#form')).count()).toBe(0);
    const headline = page.locator('#headline');
    expect(await headline.inputValue()).toBe(KURSK_PARAGRAPH);
    await headline.fill('Edited headline');
    expect(await headline.inputValue()).toBe('Edited headline');
    expect(await page.locator('#notes').inputValue()).toBe(KURSK_PARAGRAPH);
    await page.close();
  });

  test('figures in pre, code, kbd and samp are not marked', async () => {
    const page = await expectMarkedAndUnchanged('code-blocks', [FIGURE.held]);
    expect(await allMarks(page.locator('pre, code, kbd, samp')).count()).toBe(0);
    expect(await markFor(page, FIGURE.area).count()).toBe(0);
    await page.close();
  });
});

describe('pages using names like the extension’s', () => {
  test('a page that defines <kcc-mark> keeps its own; the marks are visible spans', async () => {
    const page = await expectMarkedAndUnchanged('page-defines-kcc-mark', [...BOTH, FIGURE.held]);
    expect(await markFor(page, FIGURE.area).evaluate((mark) => mark.tagName)).toBe('SPAN');
    expect(await page.locator('kcc-mark').count()).toBe(2);
    expect(await pageGlobal(page, 'connections')).toBe(2);
    await page.close();
  });

  test("a page that defines the popover's old name first and its random name as soon as it appears still gets popovers", async () => {
    const page = await hostile.open('page-defines-popover-names');
    await waitForMarks(page, BOTH);
    await popoverFrame(page);
    await expect.poll(() => pageGlobal(page, 'definedLater')).toHaveLength(1);
    const [name] = (await pageGlobal(page, 'definedLater')) as string[];
    expect(name).not.toBe('kcc-popover');
    // the element had its own closed root already: the page's constructor could not attach one
    expect(await pageGlobal(page, 'attachFailures')).toEqual([`${name}: NotSupportedError`]);
    for (const figure of BOTH) await expectPopoverOnHover(page, figure);
    // and it is shown on the page: the popover's element is what lies under the popover's middle
    await markFor(page, FIGURE.area).hover();
    const box = await (await popoverFor(page, FIGURE.area)).boundingBox();
    expect(box).not.toBeNull();
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box!.x + box!.width / 2,
      y: box!.y + box!.height / 2,
    });
    expect(under).toBe(name);
    await page.close();
  });

  test("page elements carrying the extension's names stay as they were", async () => {
    const page = await expectMarkedAndUnchanged('lookalike-names', [...BOTH, FIGURE.held]);
    await page.close();
  });

  test("page elements carrying the extension's mark attributes open no popover", async () => {
    const page = await hostile.open('lookalike-names');
    await waitForMarks(page, BOTH);
    const dialogs = (await popoverFrame(page)).getByRole('dialog');
    await tabUntilFocused(page, page.locator('#fake-mark'));
    expect(await dialogs.count()).toBe(0);
    await page.locator('#fake-mark').hover();
    // Longer than the hover delay of a real mark, whose popover opens by then.
    await page.waitForTimeout(1_000);
    expect(await dialogs.count()).toBe(0);
    await markFor(page, FIGURE.area).hover();
    await dialogs.first().waitFor({ state: 'visible' });
    await page.close();
  });
});

describe('pages that patch built-ins', () => {
  test('enumerable Array.prototype additions and a broken includes change nothing', async () => {
    const page = await expectMarkedAndUnchanged('patched-array', [...BOTH, FIGURE.held]);
    expect(await resultAtLoad(page)).toBe('0,evil|false');
    await page.close();
  });

  test("the page's throwing, then closing, attachShadow is never called and the popover opens", async () => {
    const page = await expectMarkedAndUnchanged('patched-attach-shadow', [...BOTH, FIGURE.held]);
    expect(await pageGlobal(page, 'attachShadowCalls')).toBe(0);
    expect(await page.evaluate(() => Element.prototype.attachShadow.name)).toBe('closing');
    await page.close();
  });

  test("the page's recorded fetch, XHR, sendBeacon and WebSocket are never called", async () => {
    const page = await expectMarkedAndUnchanged('patched-network', [...BOTH, FIGURE.held]);
    await markFor(page, FIGURE.area).hover();
    await verdictChip(await popoverFor(page, FIGURE.area)).waitFor({ state: 'visible' });
    expect(await pageGlobal(page, 'networkCalls')).toEqual([]);
    const { requests, extensionId } = hostile.session.browser;
    const madeByPage = requests.filter(
      ({ madeBy, url }) => madeBy === page.url() && !isExtensionFile(url, extensionId),
    );
    expect(madeByPage).toEqual([]);
    await page.close();
  });

  test('a strict content security policy leaves marks and popover styled and reports no violation', async () => {
    const page = await hostile.open('strict-csp');
    await waitForMarks(page, [...BOTH, FIGURE.held]);
    expect(await page.locator('article p').allTextContents()).toEqual([KURSK_PARAGRAPH, HELD_PARAGRAPH]);
    const popover = await expectStyledMarkAndPopover(page, FIGURE.area);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await allMarks(page).count()).toBeGreaterThanOrEqual(3);
    expect(problemsOfPage(hostile, page)).toEqual([]);
    await page.close();
  });
});
