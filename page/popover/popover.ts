import type { ArticleFacts } from '../boot/article';
import { popoverLabel, toFigureQuery } from '../marking/labels';
import type { PageLifetime } from '../boot/lifetime';
import { createPopoverFrame, type PopoverFrameEvents } from './frame';
import type { MarkedFigure } from '../marking/scanner';
import type { Settings } from '../../protocol/messages';

export interface PopoverController {
  /** The page has marks: the frame loads, to be ready by the first hover. */
  prepare(): void;
  /** The pointer came to rest on a mark: its popover may open in a moment. */
  expect(): void;
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

  const show = (marked: MarkedFigure) => {
    if (lifetime.isOver) return;
    shown = marked;
    const figure = toFigureQuery(marked.figure);
    frame.show(marked.marks[0]!, {
      figure,
      pageUrl: location.href,
      pageText: article.text(),
      published: article.published(),
      claimLabel: marked.figure.claimLabel,
      label: popoverLabel(figure.text),
      areaUnit: areaUnit(),
    });
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

  const prepare = () => {
    if (!lifetime.isOver) frame.prepare();
  };

  return {
    prepare,
    expect: () => {
      prepare();
      // read while the pointer rests (a few milliseconds on a long article), not once the popover opens
      if (!lifetime.isOver) article.text();
    },
    show,
    enter: frame.enter,
    hide,
    contains: frame.contains,
  };
}
