import type { PageLifetime } from '../boot/lifetime';

/**
 * A page with more elements than this is laid out slowly enough that every frame in which marks are
 * added costs it a long layout (a 10,000-row table, 40,000 elements: 100 ms and more a frame on this
 * kind of machine). Such a page gets its marks near where the reader is first, and the rest at a pace
 * that leaves the page most of its time. The count is of the page's own elements, not the marks: a
 * long article (5 MB, 10,000 paragraphs and as many figures) is marked as any other page is, since
 * counting its marks made it turn huge partway and paced, which cost it seconds of layouts.
 */
export const HUGE_PAGE_ELEMENTS = 20_000;
/**
 * How far above and below the viewport, in viewport heights, figures count as near: those the reader
 * may scroll to next are marked with the visible ones, in the same frame and layout.
 */
const NEAR_VIEWPORTS = 0.5;

/**
 * For every millisecond a frame with marks took (its marks, and the style, layout and paint they caused),
 * the page has this many to itself before the next: marking far figures takes at most a ninth of its
 * time.
 */
const PAGE_SHARE = 8;
/** The least time between paced frames, so that the page's own timers always get a turn. */
const LEAST_PAUSE_MS = 50;
/**
 * The most time between paced frames: on a busy machine a frame can take half a second, and far
 * figures would otherwise come seconds apart.
 */
const MOST_PAUSE_MS = 2_000;

/** Where the reader is on the page, for the scanner to mark what is near it first. */
export interface Viewport {
  /** True when the page is so large that marks far from the viewport wait until the reader nears them. */
  isHuge(): boolean;
  /**
   * The positions in `items` (in document order) of those whose element is near the viewport. Reads
   * the layout: called from `whenDrawn` or `paced`, when it is up to date, before anything is marked.
   */
  near<T>(items: readonly T[], elementOf: (item: T) => Element): number[];
  /**
   * Runs the callback in a task of its own once the page has drawn what the last callback marked: the
   * layout is up to date then, and the frame that draws what this one marks runs none of the
   * extension's code (its style, layout and paint are the browser's own task).
   */
  whenDrawn(callback: () => void): void;
  /**
   * As `whenDrawn`, once the page has drawn what the running callback marks, and then had PAGE_SHARE
   * times as long to itself as the longest callback since the last pause took with its drawing (at
   * most MOST_PAUSE_MS).
   */
  paced(callback: () => void): void;
  /** Runs the callback when the reader scrolls or the window is resized. */
  onMove(callback: () => void): void;
}

/**
 * The viewport of the page's window, its listeners ending with the page's lifetime; `marks` says how
 * many of the page's elements are marks.
 */
export function pageViewport(lifetime: PageLifetime, document: Document, marks: () => number): Viewport {
  const window = document.defaultView!;
  const elements = document.getElementsByTagName('*');
  /**
   * The longest a callback took with its drawing since the last pause began: a frame that marked
   * nothing (the reader's surroundings had no new figures) does not shorten the pause after one that did.
   */
  let heaviestMs = 0;
  /** False from a callback until the page has drawn what it marked; callbacks asked meanwhile wait. */
  let drawn = true;
  let inCallback = false;
  const waiting: Array<() => void> = [];
  let changedAt = 0;
  let changeMs = 0;
  // An observer's first notice of a target comes in a task after the page's next rendering, the one
  // that lays out and draws the marks: no code of the extension runs in that frame (a frame callback
  // would make its layout part of the extension's task), and the layout is up to date by then.
  const drawing = new window.IntersectionObserver(() => {
    drawing.disconnect();
    heaviestMs = Math.max(heaviestMs, changeMs + performance.now() - changedAt);
    drawn = true;
    for (const run of waiting.splice(0)) run();
  });
  lifetime.onEnd(() => drawing.disconnect());
  const whenDrawn = (callback: () => void): void => {
    if (!drawn) return void waiting.push(() => whenDrawn(callback));
    lifetime.setTimeout(() => {
      // another callback ran meanwhile: wait for its drawing too
      if (!drawn) return whenDrawn(callback);
      const start = performance.now();
      inCallback = true;
      try {
        callback();
      } finally {
        inCallback = false;
      }
      changedAt = performance.now();
      changeMs = changedAt - start;
      drawn = false;
      drawing.observe(document.documentElement);
    }, 0);
  };
  return {
    isHuge: () => elements.length - marks() > HUGE_PAGE_ELEMENTS,
    near: (items, elementOf) => nearPositions(items, elementOf, window.innerHeight),
    whenDrawn,
    paced: (callback) => {
      // the pause follows the drawing of what the running callback marks, and is as long as it was
      const pause = () => {
        const ms = Math.min(MOST_PAUSE_MS, Math.max(LEAST_PAUSE_MS, heaviestMs * PAGE_SHARE));
        heaviestMs = 0;
        lifetime.setTimeout(() => whenDrawn(callback), ms);
      };
      if (inCallback || !drawn) waiting.push(pause);
      else pause();
    },
    onMove: (callback) => {
      lifetime.addEventListener(window, 'scroll', callback, { capture: true, passive: true });
      lifetime.addEventListener(window, 'resize', callback, { passive: true });
    },
  };
}

/**
 * Blocks in document order lie mostly from the top of the page down: the first near one is found by
 * halving, and those after it are taken until one lies below. Only a few dozen boxes are read.
 * An element without a box (hidden, or gone) counts as near: marking it costs no layout.
 */
export function nearPositions<T>(
  items: readonly T[],
  elementOf: (item: T) => Element,
  viewportHeight: number,
): number[] {
  const margin = viewportHeight * NEAR_VIEWPORTS;
  const box = (i: number) => elementOf(items[i]!).getBoundingClientRect();
  const boxless = (rect: DOMRect) => rect.width === 0 && rect.height === 0;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const rect = box(middle);
    if (!boxless(rect) && rect.bottom <= -margin) low = middle + 1;
    else high = middle;
  }
  const near: number[] = [];
  for (let i = low; i < items.length; i++) {
    const rect = box(i);
    if (boxless(rect)) near.push(i);
    else if (rect.top >= viewportHeight + margin) break;
    else if (rect.bottom > -margin) near.push(i);
  }
  return near;
}
