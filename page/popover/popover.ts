import type { ArticleFacts } from '../boot/article';
import { popoverLabel, toFigureQuery } from '../marking/labels';
import type { PageLifetime } from '../boot/lifetime';
import { createPopoverFrame, type PopoverFrameEvents } from './frame';
import type { MarkedFigure } from '../marking/scanner';
import type { PopoverRequest, Settings } from '../../protocol/messages';

export interface PopoverController {
  /** The page has marks: the frame loads, to be ready by the first hover. */
  prepare(): void;
  /** The pointer came to rest on a figure's mark: its popover may open in a moment. */
  expect(marked: MarkedFigure | null): void;
  show(marked: MarkedFigure): void;
  /** Moves keyboard focus into the open popover. */
  enter(): void;
  hide(): void;
  /** True for the popover's element, where events from its frame arrive. */
  contains(target: EventTarget | null): boolean;
}

/**
 * The one popover of the page: shows a figure by its mark in the extension's frame
 * (page/popover/frame.ts). What other sources say goes from the background to the frame; this
 * script only says which figure, and where.
 */
export function createPopover(
  lifetime: PageLifetime,
  article: ArticleFacts,
  areaUnit: () => Settings['areaUnit'],
  events: PopoverFrameEvents,
): PopoverController {
  const frame = createPopoverFrame(document, events);
  let shown: MarkedFigure | null = null;
  /** The figure whose comparison was asked for ahead of its showing. */
  let expected: MarkedFigure | null = null;

  const requestOf = (marked: MarkedFigure): PopoverRequest => {
    const figure = toFigureQuery(marked.figure);
    return {
      figure,
      pageUrl: location.href,
      pageText: article.text(),
      published: article.published(),
      claimLabel: marked.figure.claimLabel,
      label: popoverLabel(figure.text),
      areaUnit: areaUnit(),
    };
  };

  const show = (marked: MarkedFigure) => {
    if (lifetime.isOver) return;
    shown = marked;
    expected = null;
    frame.show(marked.marks[0]!, requestOf(marked));
  };

  const hide = () => {
    shown = null;
    frame.hide();
  };

  const replace = () => {
    if (shown) frame.place();
  };
  lifetime.addEventListener(window, 'scroll', replace, { capture: true, passive: true });
  lifetime.addEventListener(window, 'resize', replace, { passive: true });
  lifetime.onEnd(() => {
    shown = null;
    frame.remove();
  });

  return {
    prepare: () => {
      if (!lifetime.isOver) frame.prepare();
    },
    expect: (marked) => {
      // the comparison, and reading the article's text it takes (a few milliseconds on a long
      // article), start while the pointer rests, 150 ms before the popover opens; once per rest
      if (lifetime.isOver || !marked || marked === expected) return;
      expected = marked;
      frame.expect(requestOf(marked));
    },
    show,
    enter: frame.enter,
    hide,
    contains: frame.contains,
  };
}
