import { watchAdditions } from '../boot/additions';
import type { ArticleFacts } from '../boot/article';
import { askBackground } from '../boot/extension';
import { watchHoverIntent, type HoverIntent } from '../popover/hoverIntent';
import type { PageLifetime } from '../boot/lifetime';
import { Marker } from './marker';
import { pageViewport } from './nearViewport';
import { isOwnNode, MARK_ATTRIBUTE, MARK_SELECTOR } from './ownElements';
import { FigureScanner, type MarkedFigure } from './scanner';
import { DEFAULT_SETTINGS, type Settings } from '../../protocol/messages';
import { reportToToolbar } from './badge';
import { createPopover } from '../popover/popover';
import { offerToRemember } from './remember';
import { showVerdicts } from './verdicts';

/** How long additions to the page may keep coming before they are read. */
const ADDITIONS_DEBOUNCE_MS = 200;
/** The longest the popover's frame waits for an idle moment to load after the page's first marks. */
const PREPARE_TIMEOUT_MS = 2_000;

/** Each marked page's way to open a figure's popover for the toolbar panel (page/marking/panelAnswers.ts). */
export const popoverOpeners = new WeakMap<FigureScanner, (mark: HTMLElement) => void>();

/**
 * Marks the figures of the page, keeps marking what the page adds later, and opens the popover of a
 * mark on hover or focus. The page's first text is read at once; the background's first answer says
 * whether the user turned marking off for this site, and then everything stops. When the lifetime ends,
 * the page gets its own text nodes back.
 */
export function startMarking(lifetime: PageLifetime, article: ArticleFacts): FigureScanner {
  const marker = new Marker(document);
  const viewport = pageViewport(lifetime, document, () => marker.size);
  let areaUnit: Settings['areaUnit'] = DEFAULT_SETTINGS.areaUnit;
  let remembering = false;
  let unmatched: Settings['unmatched'] = DEFAULT_SETTINGS.unmatched;
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
      remembering = reply.value.remember === true;
      unmatched = reply.value.unmatched;
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
    const index = part?.getAttribute(MARK_ATTRIBUTE);
    const marked = index == null ? null : scanner.figures[Number(index)];
    // the page may carry look-alike attributes: only an element this scanner made counts; a figure
    // the reader chose not to see marked opens nothing
    return marked && part && marked.marks.includes(part) && !verdicts.isHidden(part) ? marked : null;
  };
  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const mark = markedFigureOf(target)?.marks[0];
    return mark instanceof HTMLElement ? mark : null;
  };
  hover = watchHoverIntent({
    context: lifetime,
    markOf,
    isPopover: popover.contains,
    expectOpen: (mark) => popover.expect(markedFigureOf(mark)),
    open: (mark) => {
      const marked = markedFigureOf(mark);
      if (marked) popover.show(marked);
    },
    close: popover.hide,
    enter: popover.enter,
  });

  const additions = watchAdditions(document.body, {
    isOwn: (node) => marker.owns(node) || isOwnNode(node),
    onBlocks: (blocks) => {
      blocks.forEach((block) => scanner.scan(block));
      report();
      remember();
    },
    debounce: (callback) => lifetime.setTimeout(callback, ADDITIONS_DEBOUNCE_MS),
  });

  const verdicts = showVerdicts(scanner, lifetime, {
    unmatched: () => unmatched,
    onCount: reportToToolbar(),
  });
  const remember = offerToRemember(scanner, lifetime, () => remembering);
  const report = () => verdicts.update();

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
  remember();
  return scanner;
}
