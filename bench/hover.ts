import type { Page } from 'playwright-core';
import { defineNameHelper } from './evaluate';

export interface Hover {
  /** From focusing the mark to its popover showing the verdict, laid out on the page. */
  shownMs: number;
  /** The same to the start of the next frame, when it is painted. */
  frameMs: number;
}

/** Longer than any popover should take: a popover that never shows counts as this. */
const GIVE_UP_MS = 10_000;

/**
 * Opens the popover of `count` marks in turn, going round the page's marks, and times each. Focus is
 * moved to the mark as Tab moves it, which opens the popover at once: the 150 ms a pointer must rest
 * on a mark before it opens is product design, not latency, and is not measured. Runs in the page.
 */
export async function measureHovers(page: Page, count: number, pauseMs: number): Promise<Hover[]> {
  await page.bringToFront();
  await defineNameHelper(page);
  return page.evaluate(
    async ({ count, pauseMs, giveUpMs }) => {
      const marks = [...document.querySelectorAll<HTMLElement>('kcc-mark[role=button]')];
      if (marks.length < 2) throw new Error(`The page has ${marks.length} marks to hover.`);
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const nextFrame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

      /** Resolves when the popover labelled for `figureText` shows its verdict and has a size. */
      const shown = (figureText: string) =>
        new Promise<number>((resolve) => {
          const popoverRoot = () => document.querySelector('kcc-popover')?.shadowRoot ?? null;
          const isShown = () => {
            const dialog = popoverRoot()?.querySelector('[role=dialog]');
            if (dialog?.getAttribute('aria-label') !== `Cross-check: ${figureText}`) return false;
            if (!dialog.querySelector('.outcome')) return false;
            const box = dialog.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          };
          let watchedRoot: ShadowRoot | null = null;
          const watchRoot = () => {
            const root = popoverRoot();
            if (!root || root === watchedRoot) return;
            watchedRoot = root;
            observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
          };
          const check = () => {
            watchRoot();
            if (!isShown()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now());
          };
          const observer = new MutationObserver(check);
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve(performance.now());
          }, giveUpMs);
          observer.observe(document.documentElement, { childList: true });
          check();
        });

      const hovers: Array<{ shownMs: number; frameMs: number }> = [];
      for (let i = 0; hovers.length < count; i++) {
        const mark = marks[i % marks.length]!;
        const figureText = mark.getAttribute('aria-label')!.replace(/: cross-check with other sources$/, '');
        const start = performance.now();
        // The popover shows its loading state as soon as the mark has focus.
        mark.focus();
        const shownAt = await shown(figureText);
        const frameAt = await nextFrame();
        hovers.push({ shownMs: shownAt - start, frameMs: frameAt - start });
        await sleep(pauseMs);
      }
      return hovers;
    },
    { count, pauseMs, giveUpMs: GIVE_UP_MS },
  );
}
