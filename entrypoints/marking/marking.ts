import { watchAdditions } from '@/utils/page/additions';
import type { ArticleFacts } from '@/utils/page/article';
import { askBackground } from '@/utils/page/extension';
import { watchHoverIntent, type HoverIntent } from '@/utils/page/hoverIntent';
import type { PageLifetime } from '@/utils/page/lifetime';
import { Marker } from '@/utils/page/marker';
import { pageViewport } from '@/utils/page/nearViewport';
import { isOwnNode, MARK_SELECTOR } from '@/utils/page/ownElements';
import { FigureScanner, type MarkedFigure } from '@/utils/page/scanner';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/protocol';
import { reportToToolbar } from './badge';
import { createPopover } from './popover';

/** How long additions to the page may keep coming before they are read. */
const ADDITIONS_DEBOUNCE_MS = 200;
/** The longest the popover's frame waits for an idle moment to load after the page's first marks. */
const PREPARE_TIMEOUT_MS = 2_000;

/** Each marked page's way to open a figure's popover for the toolbar panel (entrypoints/marking/panelAnswers.ts). */
export const popoverOpeners = new WeakMap<FigureScanner, (mark: HTMLElement) => void>();

/**
 * Marks the figures of the page, keeps marking what the page adds later, and opens the popover of a
 * mark on hover or focus. The page's first text is read at once; the background's first answer says
 * whether the user turned marking off for this site, and then everything stops. When the lifetime ends,
 * the page gets its own text nodes back.
 */
export function startMarking(lifetime: PageLifetime, article: ArticleFacts): FigureScanner {
  const marker = new Marker(document);
  const viewport = pageViewport(lifetime, document);
  let areaUnit: Settings['areaUnit'] = DEFAULT_SETTINGS.areaUnit;
  const scanner = new FigureScanner({
    marker,
    read: async (texts, published) => {
      const reply = await askBackground({ type: 'extract', texts, published, site: location.hostname });
      if (!reply.ok) return null;
      if (reply.value.marking === false) {
        stop();
        return null;
      }
      areaUnit = reply.value.areaUnit;
      if (reply.value.figures.some((figures) => figures.length > 0)) prepareWhenIdle();
      return reply.value.figures;
    },
    published: article.published,
    later: (callback) => lifetime.setTimeout(callback, 0),
    asOwnChange: (change) => additions.unobserved(change),
    viewport,
  });
  let hover: HoverIntent | null = null;
  const popover = createPopover(lifetime, article, () => areaUnit, {
    escape: () => hover?.escape(),
    pointer: (over) => hover?.pointerInPopover(over),
  });
  let prepared = false;
  /** Loads the popover's frame in an idle moment once there are marks, so that the first hover does not wait for it. */
  const prepareWhenIdle = () => {
    if (prepared) return;
    prepared = true;
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => popover.prepare(), { timeout: PREPARE_TIMEOUT_MS });
    else lifetime.setTimeout(() => popover.prepare(), 0);
  };

  const markedFigureOf = (target: EventTarget | null): MarkedFigure | null => {
    const part = target instanceof Element ? target.closest(MARK_SELECTOR) : null;
    const index = part?.getAttribute('data-kcc-figure');
    const marked = index == null ? null : scanner.figures[Number(index)];
    // the page may carry look-alike attributes: only an element this scanner made counts
    return marked && part && marked.marks.includes(part) ? marked : null;
  };
  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const mark = markedFigureOf(target)?.marks[0];
    return mark instanceof HTMLElement ? mark : null;
  };
  hover = watchHoverIntent({
    context: lifetime,
    markOf,
    isPopover: popover.contains,
    expectOpen: popover.prepare,
    open: (mark) => {
      const marked = markedFigureOf(mark);
      if (marked) popover.show(marked);
    },
    close: popover.hide,
  });

  const additions = watchAdditions(document.body, {
    isOwn: (node) => marker.owns(node) || isOwnNode(node),
    onBlocks: (blocks) => {
      blocks.forEach((block) => scanner.scan(block));
      report();
    },
    debounce: (callback) => lifetime.setTimeout(callback, ADDITIONS_DEBOUNCE_MS),
  });

  const report = reportToToolbar(scanner, lifetime);

  function stop(): void {
    scanner.stop();
    additions.disconnect();
    marker.restore();
    report();
  }
  lifetime.onEnd(stop);
  scanner.scanNow(document.body);
  popoverOpeners.set(scanner, hover.open);
  report();
  return scanner;
}
