/**
 * Marks a page can neither take, style nor read, and that show their verdict before hovering.
 *
 * - names-defined-first: `kcc-mark` and other likely names defined by the page before marking.
 * - names-defined-later: every added element's tag and attribute names defined by the page as they appear.
 * - names-styled: important rules on old and likely names, to hide marks or detect them by a probe.
 * - the verdict on the mark: each verdict drawn in its colour, and nothing the page reads of a mark
 *   (its computed style, box, attributes, shadow root) differs with the verdict.
 * - the reader's choice for figures no other source reports: quiet by default, hidden on request.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FIGURE } from '../fixtures/hostile/page';
import { ARTICLE } from './articles';
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
import { allMarks, markButtons, markFor, popoverFor, verdictChip } from './page-parts';
import { colouredShare, markPixels } from './pixels';

const hostile = useHostileSession();

/** Marks show, open their popover on hover and on focus, and the page is as it loaded. */
async function expectWorkingMarks(page: Page, figures: readonly string[]): Promise<void> {
  await waitForMarks(page, figures);
  for (const figure of figures) {
    await expect.poll(() => colouredShare(page, markFor(page, figure))).toBeGreaterThan(0.03);
    await expectPopoverOnHover(page, figure);
  }
  await expectPopoverOnFocus(page, figures[0]!);
  await expectPageAsLoaded(page);
}

describe('names a page cannot take', () => {
  test('a page that defines kcc-mark and other likely names first keeps its own; the marks are not its', async () => {
    const page = await hostile.open('names-defined-first');
    await expectWorkingMarks(page, [FIGURE.area, FIGURE.troops, FIGURE.held]);
    // the page's own widget was constructed once, and no mark ever
    expect(await pageGlobal(page, 'constructed')).toBe(1);
    expect(await page.locator('kcc-mark').count()).toBe(1);
    expect(await markFor(page, FIGURE.area).evaluate((mark) => mark.tagName)).toBe('SPAN');
    expect(problemsOfPage(hostile, page)).toEqual([]);
    await page.close();
  });

  test('a page that defines the names of whatever is added, as it is added, runs nothing on the marks', async () => {
    const page = await hostile.open('names-defined-later');
    const figures = [FIGURE.area, FIGURE.troops, FIGURE.held, FIGURE.laterArea];
    await expectWorkingMarks(page, figures);
    await expect.poll(async () => pageGlobal(page, 'defined')).toContain('kcc-mark');
    const [defined, refused] = [await pageGlobal(page, 'defined'), await pageGlobal(page, 'refused')];
    // the page saw the marks and tried their tag (refused: a span cannot be defined) and attribute
    expect(refused).toContain('span');
    expect((defined as string[]).some((name) => /^data-[a-z]{12}$/.test(name))).toBe(true);
    expect(await pageGlobal(page, 'constructed')).toBe(0);
    for (const figure of figures) await expectPopoverOnHover(page, figure);
    expect(problemsOfPage(hostile, page)).toEqual([]);
    await page.close();
  });
});

describe('names a page cannot style or probe', () => {
  test("a page's important rules on old and likely names hide no mark and detect none", async () => {
    const page = await hostile.open('names-styled');
    await expectWorkingMarks(page, [FIGURE.area, FIGURE.troops, FIGURE.held]);
    expect(await page.evaluate(() => (window as unknown as { detect(): unknown }).detect())).toEqual({
      oldNames: 0,
      probed: 0,
    });
    for (const mark of await markButtons(page).all()) {
      expect(await mark.evaluate((element) => element.checkVisibility({ opacityProperty: true }))).toBe(true);
      const box = await mark.boundingBox();
      expect(box?.height).toBeGreaterThan(8);
    }
    expect(problemsOfPage(hostile, page)).toEqual([]);
    await page.close();
  });
});

type Verdict = 'agree' | 'differ' | 'other time' | 'no other source';

/** The verdict the figure's popover gives, as the reader reads it. */
async function verdictOf(page: Page, mark: Locator): Promise<Verdict> {
  const figure = (await mark.textContent()) ?? '';
  await movePointerAway(page);
  await mark.hover();
  const chip = verdictChip(await popoverFor(page, figure));
  await chip.waitFor({ state: 'visible' });
  const verdict = (await chip.innerText()).trim().toLowerCase() as Verdict;
  await page.keyboard.press('Escape');
  return verdict;
}

/** The hue of a mark's coloured pixels: its verdict's underline and tint. */
async function hueOf(page: Page, mark: Locator): Promise<'red' | 'green' | 'purple' | 'none'> {
  const pixels = await markPixels(page, mark);
  const counts = { red: 0, green: 0, purple: 0 };
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) {
      const [r, g, b] = pixels.rgb(x, y);
      if (r - Math.max(g, b) > 60) counts.red++;
      else if (g - Math.max(r, b) > 30) counts.green++;
      else if (b - g > 50 && r - g > 20) counts.purple++;
    }
  const [hue, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 4 ? (hue as 'red' | 'green' | 'purple') : 'none';
}

const HUE: Record<Verdict, string> = {
  agree: 'green',
  differ: 'red',
  'other time': 'purple',
  'no other source': 'none',
};

/** What a page script can read of each figure's mark, apart from its figure's own words. */
function pageReadings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('span[role=button][aria-haspopup=dialog]')].map((mark) => {
      const style = getComputedStyle(mark);
      const computed = [...style].map((name) => `${name}:${style.getPropertyValue(name)}`).join(';');
      let shadow = 'attached';
      try {
        mark.attachShadow({ mode: 'open' });
      } catch (error) {
        shadow = (error as Error).name;
      }
      return JSON.stringify({
        computed,
        // each line's box: a figure that wraps has two, of the same height
        lineHeights: [...new Set([...mark.getClientRects()].map((rect) => rect.height))],
        attributes: mark
          .getAttributeNames()
          .filter((name) => !name.startsWith('data-'))
          .sort(),
        valueIsIndex: mark.getAttributeNames().some((name) => /^\d+$/.test(mark.getAttribute(name) ?? '')),
        open: mark.shadowRoot === null,
        shadow,
        children: [...mark.childNodes].map((node) => node.nodeType),
      });
    }),
  );
}

describe('the verdict on the mark', () => {
  test('each mark is drawn in its verdict’s colour, and the page reads the same of every mark', async () => {
    const page = await hostile.session.openArticle(ARTICLE.reuters);
    await markButtons(page).first().waitFor();
    const seen = new Map<Verdict, number>();
    const buttons = await markButtons(page).all();
    for (const mark of buttons) {
      const verdict = await verdictOf(page, mark);
      if ((seen.get(verdict) ?? 0) >= 2) continue;
      seen.set(verdict, (seen.get(verdict) ?? 0) + 1);
      await movePointerAway(page);
      await expect.poll(() => hueOf(page, mark)).toBe(HUE[verdict]);
      if (seen.size === 4) break;
    }
    // the article has figures of several verdicts, so the sameness below means something
    expect(seen.size).toBeGreaterThanOrEqual(3);
    await movePointerAway(page);
    const readings = await pageReadings(page);
    expect(readings.length).toBe(buttons.length);
    expect(new Set(readings).size).toBe(1);
    expect(JSON.parse(readings[0]!)).toMatchObject({
      open: true,
      shadow: 'NotSupportedError',
      children: [3],
    });
    await page.close();
  });
});

describe('figures no other source reports', () => {
  const NONE = 'two joined pockets';

  const chooseInOptions = async (label: RegExp, unmatched: string) => {
    const options = await hostile.session.openExtensionPage('options.html#settings');
    await options.getByRole('radio', { name: label }).check();
    // the choice is stored before the next page is marked
    const stored = () =>
      options.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown): Promise<{ value?: { unmatched?: string } }> } };
        };
        return (await chrome.runtime.sendMessage({ type: 'getSettings' })).value?.unmatched;
      });
    await expect.poll(stored).toBe(unmatched);
    await options.close();
  };

  test('are marked faintly by default, not at all when the reader chooses so, and again when they choose', async () => {
    let page = await hostile.session.openArticle(ARTICLE.reuters);
    const quiet = markFor(page, NONE);
    await quiet.waitFor();
    expect(await verdictOf(page, quiet)).toBe('no other source');
    await movePointerAway(page);
    await expect.poll(() => hueOf(page, quiet)).toBe('none');
    const marked = await markButtons(page).count();
    await page.close();

    await chooseInOptions(/^Do not mark them/, 'hide');
    page = await hostile.session.openArticle(ARTICLE.reuters);
    await markButtons(page).first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: new RegExp(NONE) }).count()).toBe(0);
    // its text is still wrapped (the page cannot tell a mark's verdict while it is read), but no Tab stop
    expect(await markButtons(page).count()).toBeLessThan(marked);
    expect(await allMarks(page).filter({ hasText: NONE }).getAttribute('tabindex')).toBeNull();
    await movePointerAway(page);
    await allMarks(page).filter({ hasText: NONE }).hover();
    await page.waitForTimeout(800);
    expect(await (await popoverFor(page, NONE)).isVisible()).toBe(false);
    await page.close();

    await chooseInOptions(/^Mark them like the others/, 'show');
    page = await hostile.session.openArticle(ARTICLE.reuters);
    await markFor(page, NONE).waitFor();
    expect(await markButtons(page).count()).toBe(marked);
    await page.close();
  });
});
