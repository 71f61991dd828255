import type { PopoverState } from '@/components/popover/Popover';
import type { ArticleFacts } from '@/utils/page/article';
import { askBackground } from '@/utils/page/extension';
import { popoverLabel, toFigureQuery } from '@/utils/page/labels';
import type { PageLifetime } from '@/utils/page/lifetime';
import { loadPopoverView, type PopoverView } from '@/utils/page/popoverView';
import type { MarkedFigure } from '@/utils/page/scanner';
import type { Settings } from '@/utils/protocol';

export interface PopoverController {
  /** The pointer rests on a mark: the popover may open soon, so its look starts loading. */
  prepare(): void;
  show(marked: MarkedFigure): void;
  hide(): void;
  /** True for the popover's host element, where events from inside the popover arrive. */
  contains(target: EventTarget | null): boolean;
}

/** The one popover of the page: asks the background about a figure and shows the answer by its mark. */
export function createPopover(
  lifetime: PageLifetime,
  article: ArticleFacts,
  areaUnit: () => Settings['areaUnit'],
): PopoverController {
  let view: PopoverView | null = null;
  let viewLoading: Promise<void> | null = null;
  let shown: { marked: MarkedFigure; state: PopoverState } | null = null;

  const draw = () => {
    if (!view || lifetime.isOver) return;
    if (!shown) return view.draw(null);
    const { marked, state } = shown;
    const figure = toFigureQuery(marked.figure);
    view.draw({
      anchor: marked.marks[0]!,
      figure,
      published: article.published(),
      claimLabel: marked.figure.topicLabel,
      label: popoverLabel(figure.text),
      state,
      areaUnit: areaUnit(),
    });
  };

  const prepare = () => {
    viewLoading ??= loadPopoverView().then(
      (makeView) => {
        if (lifetime.isOver) return;
        view = makeView(document);
        draw();
      },
      () => {
        // the extension went away or was updated meanwhile: a later hover tries again
        viewLoading = null;
      },
    );
  };

  const show = (marked: MarkedFigure) => {
    prepare();
    const current = { marked, state: { status: 'loading' } as PopoverState };
    shown = current;
    draw();
    void askBackground({
      type: 'compare',
      figure: toFigureQuery(marked.figure),
      pageUrl: location.href,
      pageText: article.text(),
    }).then((result) => {
      if (shown !== current) return;
      current.state = result.ok
        ? { status: 'ready', reply: result.value }
        : { status: 'failed', error: result.error };
      draw();
    });
  };

  const hide = () => {
    shown = null;
    draw();
  };

  const replace = () => {
    if (shown) view?.place();
  };
  lifetime.addEventListener(window, 'scroll', replace, { capture: true, passive: true });
  lifetime.addEventListener(window, 'resize', replace, { passive: true });
  lifetime.onEnd(() => {
    shown = null;
    view?.remove();
  });

  return { prepare, show, hide, contains: (target) => view?.contains(target) ?? false };
}
