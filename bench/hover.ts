import type { Frame, Page } from 'playwright-core';
import { isPopoverFrame, popoverFrame } from '../tests/e2e/page-parts';
import { popoverLabel } from '../page/marking/labels';
import { defineNameHelper } from './evaluate';

export interface Hover {
  /** From the click on the mark to its popover showing the verdict in its frame. */
  shownMs: number;
  /** The same to the frame's next animation frame, when it is painted. */
  frameMs: number;
}

/** Longer than any popover should take: a popover that never shows counts as this. */
const GIVE_UP_MS = 10_000;

interface Shown {
  label: string;
  /** Milliseconds since the epoch (`performance.timeOrigin + performance.now()`), comparable across frames. */
  at: number;
  paintedAt?: number;
}

/**
 * Run in every frame of the page; in the popover's frame, records each time a popover comes to show
 * its verdict, by its accessible name.
 */
function recordPopoversShown(): void {
  if (!/^(chrome|moz)-extension:$/.test(location.protocol)) return;
  const scope = globalThis as unknown as { kccShown?: Shown[] };
  if (scope.kccShown) return;
  const shown: Shown[] = [];
  scope.kccShown = shown;
  const now = () => performance.timeOrigin + performance.now();
  let current: string | null = null;
  const check = () => {
    const dialog = document.querySelector('[role=dialog]');
    const label = dialog?.querySelector('.outcome') ? dialog.getAttribute('aria-label') : null;
    if (label === current) return;
    current = label;
    if (!label) return;
    const entry: Shown = { label, at: now() };
    shown.push(entry);
    requestAnimationFrame(() => (entry.paintedAt = now()));
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
}

/** The recorder as a script of its own, with the helper tsx's compiled functions call (bench/evaluate.ts). */
const RECORDER = `globalThis.__name ??= (fn) => fn; (${recordPopoversShown.toString()})();`;

/** When the popover named `label` first showed its verdict, painted, after `after`; null if it never did. */
async function shownAfter(frame: Frame, label: string, after: number): Promise<Shown | null> {
  const handle = await frame
    .waitForFunction(
      ([label, after]) =>
        (globalThis as unknown as { kccShown?: Shown[] }).kccShown?.find(
          (entry) => entry.label === label && entry.at >= after && entry.paintedAt !== undefined,
        ) ?? false,
      [label, after] as const,
      { timeout: GIVE_UP_MS },
    )
    .catch(() => null);
  return ((await handle?.jsonValue()) as Shown | undefined) ?? null;
}

/**
 * Opens the popover of `count` marks in turn, going round the page's marks, and times each. Each mark
 * is clicked (from the last mark backwards with `from: 'last'`), which opens its popover at once: the 150 ms a pointer must rest on a mark before it
 * opens is product design, not latency, and is not measured. The click's time is taken in the page,
 * the verdict's in the popover's frame (a script of the bench's own there), on one clock.
 */
export async function measureHovers(
  page: Page,
  count: number,
  pauseMs: number,
  from: 'first' | 'last' = 'first',
): Promise<Hover[]> {
  await page.bringToFront();
  await defineNameHelper(page);
  await page.addInitScript({ content: RECORDER });
  for (const frame of page.frames().filter(isPopoverFrame)) await frame.evaluate(RECORDER);
  const marks = page.locator('span[role=button][aria-haspopup=dialog]');
  const total = await marks.count();
  if (total < 2) throw new Error(`The page has ${total} marks to hover.`);

  const hovers: Hover[] = [];
  for (let i = 0; hovers.length < count; i++) {
    // counted from the end with last(): marks the page still gets are added before it
    const mark = from === 'first' ? marks.nth(i % total) : i === 0 ? marks.last() : marks.nth(total - 1 - i);
    const figureText = (await mark.getAttribute('aria-label'))!.replace(
      /: cross-check with other sources$/,
      '',
    );
    // the open popover may cover the next mark: Escape closes it
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const scope = globalThis as unknown as { kccClickAt?: number };
      scope.kccClickAt = undefined;
      addEventListener('click', () => (scope.kccClickAt = performance.timeOrigin + performance.now()), {
        capture: true,
        once: true,
      });
    });
    await mark.click();
    const clickAt = await page.evaluate(() => (globalThis as unknown as { kccClickAt: number }).kccClickAt);
    const shown = await shownAfter(await popoverFrame(page), popoverLabel(figureText), clickAt);
    hovers.push({
      shownMs: shown ? shown.at - clickAt : GIVE_UP_MS,
      frameMs: shown?.paintedAt ? shown.paintedAt - clickAt : GIVE_UP_MS,
    });
    await page.waitForTimeout(pauseMs);
  }
  return hovers;
}
