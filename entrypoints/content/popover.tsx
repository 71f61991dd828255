import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover, type PopoverState } from '@/components/popover/Popover';
import popoverCss from '@/components/popover/popover.css?inline';
import verdictCss from '@/components/shared/verdict.css?inline';
import { askBackground } from '@/utils/page/extension';
import type { ArticleFacts } from '@/utils/page/article';
import { popoverLabel, toFigureQuery } from '@/utils/page/labels';
import { placePopover } from '@/utils/page/placement';
import { createPopoverHost, type PopoverHost } from '@/utils/page/popoverHost';
import type { MarkedFigure } from '@/utils/page/scanner';
import type { Settings } from '@/utils/protocol';

export interface PopoverController {
  show(marked: MarkedFigure): void;
  hide(): void;
  /** True for the popover's host element, where events from inside the popover arrive. */
  contains(target: EventTarget | null): boolean;
}

/** The one popover of the page: asks the background about a figure and shows the answer by its mark. */
export function createPopover(
  ctx: ContentScriptContext,
  article: ArticleFacts,
  settings: () => Settings,
): PopoverController {
  let host: PopoverHost | null = null;
  let shown: { marked: MarkedFigure; state: PopoverState } | null = null;

  const draw = () => {
    if (!host) return;
    if (!shown) return render(null, host.container);
    const { marked, state } = shown;
    const figure = toFigureQuery(marked.figure);
    render(
      <Popover
        figure={figure}
        published={article.published()}
        claimLabel={marked.figure.topicLabel}
        label={popoverLabel(figure.text)}
        state={state}
        areaUnit={settings().areaUnit}
      />,
      host.container,
    );
    place();
  };

  const place = () => {
    const dialog = host?.container.firstElementChild;
    const anchor = shown?.marked.marks[0];
    if (!(dialog instanceof HTMLElement) || !anchor) return;
    dialog.style.maxHeight = '';
    const placement = placePopover(anchor.getBoundingClientRect(), dialog.getBoundingClientRect(), {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    });
    dialog.style.top = `${placement.top}px`;
    dialog.style.left = `${placement.left}px`;
    dialog.style.maxHeight = `${placement.maxHeight}px`;
  };

  const show = (marked: MarkedFigure) => {
    host ??= createPopoverHost(document, `${popoverCss}\n${verdictCss}`);
    const current = { marked, state: { status: 'loading' } as PopoverState };
    shown = current;
    draw();
    void askBackground({
      type: 'compare',
      figure: toFigureQuery(marked.figure),
      pageUrl: location.href,
      pageText: article.text(),
    }).then((result) => {
      if (shown !== current || ctx.isInvalid) return;
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
    if (shown) place();
  };
  ctx.addEventListener(window, 'scroll', replace, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', replace, { passive: true });
  ctx.onInvalidated(() => {
    hide();
    host?.remove();
  });

  return {
    show,
    hide,
    contains: (target) => host !== null && target instanceof Node && host.host.contains(target),
  };
}
