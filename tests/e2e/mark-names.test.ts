/**
 * Marks a page can neither take, style nor read, and that show their verdict before hovering.
 *
 * - names-defined-first: `kcc-mark` and other likely names defined by the page before marking.
 * - names-defined-later: every added element's tag and attribute names defined by the page as they appear.
 * - names-styled: important rules on old and likely names, to hide marks or detect them by a probe.
 * - the verdict on the mark: each verdict drawn in its colour, and nothing the page reads of a mark
 *   (its computed style, box, attributes, shadow root) differs with the verdict.
 * - the shape of the verdict on the mark: each verdict's underline shape, read in the closed root through
 *   the DevTools protocol, with and without forced colours.
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

/** A node of the browser's DOM as the DevTools protocol gives it, closed shadow roots included. */
interface DomNode {
  nodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The underline's shape (text-decoration-style) each mark's look is drawn with, by the mark's figure
 * index: read through the DevTools protocol, which reaches the closed roots no page script can.
 */
async function underlineShapes(page: Page): Promise<Map<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const attribute = (node: DomNode, test: (name: string) => boolean) => {
    const list = node.attributes ?? [];
    for (let i = 0; i < list.length; i += 2) if (test(list[i]!)) return list[i + 1]!;
    return null;
  };
  const lookIn = (node: DomNode): DomNode | null => {
    if (/(^| )look( |$)/.test(attribute(node, (name) => name === 'class') ?? '')) return node;
    for (const child of node.children ?? []) {
      const found = lookIn(child);
      if (found) return found;
    }
    return null;
  };
  const shapes = new Map<string, string>();
  const walk = async (node: DomNode): Promise<void> => {
    const index = attribute(node, (name) => /^data-[a-z]{12}$/.test(name));
    const look = index === null ? null : (node.shadowRoots ?? []).map(lookIn).find(Boolean);
    if (index !== null && look) {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: look.nodeId })) as {
        computedStyle: Array<{ name: string; value: string }>;
      };
      shapes.set(index, computedStyle.find(({ name }) => name === 'text-decoration-style')?.value ?? '');
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) await walk(child);
  };
  await walk(root);
  await cdp.detach();
  return shapes;
}

/** The figure index a mark carries in its attribute of random name. */
const indexOf = (mark: Locator): Promise<string> =>
  mark.evaluate((element) => {
    const name = element.getAttributeNames().find((candidate) => /^data-[a-z]{12}$/.test(candidate))!;
    return element.getAttribute(name)!;
  });

/** Each verdict's underline; mixed too, which the popover's chip names ("mixed"). */
const SHAPE: Record<Verdict | 'mixed', string> = {
  agree: 'solid',
  differ: 'wavy',
  mixed: 'double',
  'other time': 'dashed',
  'no other source': 'dotted',
};

describe('the shape of the verdict on the mark', () => {
  test('each verdict has an underline of its own shape, so that colour is not the only sign, in forced colours too', async () => {
    for (const forcedColors of ['none', 'active'] as const) {
      const seen = new Set<string>();
      // the Reuters report has figures that agree, differ, speak of another time or of nothing else
      // stored; the unbundled report has mixed ones
      for (const article of [ARTICLE.reuters, ARTICLE.unbundledKursk]) {
        const page = await hostile.session.browser.context.newPage();
        await page.emulateMedia({ forcedColors });
        await page.goto(hostile.session.articles.articleUrl(article), { waitUntil: 'load' });
        await markButtons(page).first().waitFor();
        const verdicts = new Map<string, Verdict | 'mixed'>();
        for (const mark of await markButtons(page).all()) {
          const verdict = await verdictOf(page, mark);
          if (seen.has(verdict)) continue;
          seen.add(verdict);
          verdicts.set(await indexOf(mark), verdict);
          if (seen.size === Object.keys(SHAPE).length) break;
        }
        await movePointerAway(page);
        const shapes = await underlineShapes(page);
        for (const [index, verdict] of verdicts)
          expect(`${verdict}: ${shapes.get(index)}`).toBe(`${verdict}: ${SHAPE[verdict]}`);
        await page.close();
      }
      expect([...seen].sort()).toEqual(Object.keys(SHAPE).sort());
    }
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
