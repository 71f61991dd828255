import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { isFocused, markFor, popoverFor, popoverFrame, tabUntilFocused, verdictChip } from './page-parts';
import { askBackground } from './harness';
import { useSession } from './session';

const session = useSession();

const FIGURE = 'about 1,300 square kilometres';
/** A user's source with an address, of the same time as the page's figure. */
const LINKED_SOURCE = {
  outlet: 'Kyiv Independent',
  title: 'How far Ukraine got in Kursk',
  byline: null,
  published: '2025-03-20',
  url: 'https://kyivindependent.example/kursk-how-far',
  text: 'Ukrainian forces seized about 1,250 square kilometres of the Kursk region in August 2024, officials said.',
};

beforeAll(async () => {
  const options = await session.openExtensionPage('options.html');
  // throws, failing the file, when the background refuses the source
  await askBackground(options, { type: 'addSource', source: LINKED_SOURCE });
  await options.close();
});

async function hovered(page: Page, figure = FIGURE) {
  await markFor(page, figure).hover();
  const popover = await popoverFor(page, figure);
  await verdictChip(popover).waitFor({ state: 'visible' });
  return popover;
}

describe('the verdict', () => {
  test('is mixed when some sources of the time agree and one differs, and says why in one line', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const popover = await hovered(page);
    expect(await verdictChip(popover).innerText()).toMatch(/^\s*mixed\s*$/i);
    expect(await popover.locator('.why').innerText()).toMatch(
      /^\d+ of \d+ (sources|figures) at this time agree within 10%; Daily Mail \(Aug 2024\) says up to 1,000 km², \d+% lower\.$/,
    );
    await page.close();
  });
});

describe('from the popover onward', () => {
  test("links a source's title to its article, opening in a tab of its own", async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const popover = await hovered(page);
    const link = popover.getByRole('link', { name: LINKED_SOURCE.title });
    expect(await link.getAttribute('href')).toBe(LINKED_SOURCE.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // each source offers a citation to copy
    expect(await popover.getByRole('button', { name: 'Copy citation' }).count()).toBeGreaterThan(1);
    await page.close();
  });

  test('copies a citation from the frame: the quote, outlet, title, date and address', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const popover = await hovered(page);
    const item = popover.getByRole('listitem').filter({ hasText: LINKED_SOURCE.title });
    await item.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => item.getByRole('status').innerText()).toBe('Copied');
    // pasted as a reader would, into a text field of another page
    const paper = await session.openArticle(ARTICLE.noKursk);
    await paper.evaluate(() => document.body.prepend(document.createElement('textarea')));
    await paper.locator('textarea').focus();
    await paper.keyboard.press('Control+V');
    const copied = await paper.locator('textarea').inputValue();
    expect(copied).toBe(
      `“${LINKED_SOURCE.text}” — Kyiv Independent, “${LINKED_SOURCE.title}”, 20 Mar 2025, ${LINKED_SOURCE.url}`,
    );
    await paper.close();
    await page.close();
  });

  test('says how many sources follow below, until the reader has scrolled down to the last', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const popover = await hovered(page);
    const cue = popover.getByText(/^↓ \d+ more below$/);
    await cue.waitFor({ state: 'visible' });
    const sources = await popover.getByRole('listitem').count();
    const said = Number((await cue.innerText()).match(/\d+/)![0]);
    expect(said).toBeGreaterThan(0);
    expect(said).toBeLessThan(sources);
    // the reader scrolls the popover to its end: nothing more follows
    await popover.evaluate((dialog) => dialog.scrollTo({ top: dialog.scrollHeight }));
    await cue.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('offers to add or import sources when none reports the claim, opening the options page', async () => {
    const page = await session.openArticle(ARTICLE.reuters);
    const popover = await hovered(page, 'two joined pockets');
    // the frame hugs the popover, with no empty band under it, once laid out at its own width
    const frame = await popoverFrame(page);
    await expect
      .poll(() =>
        frame.evaluate(
          () => innerHeight - document.querySelector('[role=dialog]')!.getBoundingClientRect().height,
        ),
      )
      .toBeLessThan(2);
    const opened = session.browser.context.waitForEvent('page');
    await popover.getByRole('button', { name: 'Add or import sources' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/options\.html/);
    await options.close();
    await page.close();
  });
});

describe('the keyboard', () => {
  test('Enter on a focused mark moves focus into the popover, Tab stays within it, Escape closes it and focuses the mark', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const mark = markFor(page, FIGURE);
    await mark.waitFor();
    await tabUntilFocused(page, mark);
    const popover = await popoverFor(page, FIGURE);
    await verdictChip(popover).waitFor({ state: 'visible' });

    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(popover)).toBe(true);
    const frame = await popoverFrame(page);
    const focusInDialog = () =>
      frame.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null && document.hasFocus());
    // forward past the last stop comes round to the dialog again, never out to the page
    const stops = await popover.locator('a[href], button').count();
    for (let press = 0; press <= stops; press++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
    }

    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(mark)).toBe(true);
    await page.close();
  });

  test('↓ on a focused mark moves focus into the popover too', async () => {
    const page = await session.openArticle(ARTICLE.unbundledKursk);
    const mark = markFor(page, FIGURE);
    await mark.waitFor();
    await tabUntilFocused(page, mark);
    const popover = await popoverFor(page, FIGURE);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(popover)).toBe(true);
    await page.close();
  });
});

describe("the page's colours", () => {
  const background = (popover: Awaited<ReturnType<typeof popoverFor>>) =>
    popover.evaluate((element) => getComputedStyle(element).backgroundColor);

  test('a light popover on a light page, a dark one on a dark page', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.openArticle(ARTICLE.unbundledKursk);
      // the system's scheme is the other one: the page's colours decide
      await page.emulateMedia({ colorScheme: colorScheme === 'light' ? 'dark' : 'light' });
      if (colorScheme === 'dark')
        await page.addStyleTag({ content: 'html, body { background: #15171a !important; color: #ddd; }' });
      const popover = await hovered(page);
      expect(await popover.getAttribute('class')).toContain(`theme-${colorScheme}`);
      const [r, g, b] = (await background(popover)).match(/\d+/g)!.map(Number);
      const light = r! + g! + b! > 3 * 128;
      expect(light).toBe(colorScheme === 'light');
      await page.close();
    }
  });
  test('in forced colours, every text of the popover and its chart reads against its background', async () => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(session.articles.articleUrl(ARTICLE.unbundledKursk), { waitUntil: 'load' });
    const popover = await hovered(page);
    await popover.locator('svg.chart text.tag').first().waitFor();
    const { read, unreadable } = await popover.evaluate((dialog) => {
      const rgb = (colour: string) =>
        colour
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((channel) => {
          const c = channel / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (light! + 0.05) / (dark! + 0.05);
      };
      const background = getComputedStyle(dialog).backgroundColor;
      const texts = [...dialog.querySelectorAll('p, span, a, button, q, li, text')].filter(
        (element) =>
          element.childNodes.length > 0 &&
          [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
      );
      const unreadable = texts
        .map((element) => {
          const style = getComputedStyle(element);
          const ink = element instanceof SVGElement ? style.fill : style.color;
          return { text: element.textContent!.trim().slice(0, 30), ratio: contrast(ink, background) };
        })
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ text, ratio }) => `${text}: ${ratio.toFixed(1)}`);
      return { read: texts.map((element) => element.tagName), unreadable };
    });
    // the chart's tags and ticks are among the texts read
    expect(read.filter((tag) => tag === 'text').length).toBeGreaterThan(10);
    expect(unreadable).toEqual([]);
    await page.close();
  });
});
