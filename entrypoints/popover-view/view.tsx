import { render } from 'preact';
import { Popover } from '@/components/popover/Popover';
import popoverCss from '@/components/popover/popover.css?inline';
import verdictCss from '@/components/shared/verdict.css?inline';
import { placePopover } from '@/utils/page/placement';
import { createPopoverHost, type PopoverHost } from '@/utils/page/popoverHost';
import type { PopoverView } from '@/utils/page/popoverView';

/** The page's one popover: a Preact tree in a shadow root, placed by its mark in the viewport. */
export function createPopoverView(document: Document): PopoverView {
  let host: PopoverHost | null = null;
  let anchor: Element | null = null;

  const place = () => {
    const dialog = host?.container.firstElementChild;
    if (!(dialog instanceof HTMLElement) || !anchor) return;
    dialog.style.maxHeight = '';
    const placement = placePopover(anchor.getBoundingClientRect(), dialog.getBoundingClientRect(), {
      width: document.documentElement.clientWidth,
      height: document.defaultView?.innerHeight ?? document.documentElement.clientHeight,
    });
    dialog.style.top = `${placement.top}px`;
    dialog.style.left = `${placement.left}px`;
    dialog.style.maxHeight = `${placement.maxHeight}px`;
  };

  return {
    draw(drawing) {
      if (!drawing) {
        anchor = null;
        if (host) render(null, host.container);
        return;
      }
      const { anchor: mark, ...props } = drawing;
      host ??= createPopoverHost(document, `${popoverCss}\n${verdictCss}`);
      anchor = mark;
      render(<Popover {...props} />, host.container);
      place();
    },
    place,
    contains: (target) => host !== null && target instanceof Node && host.host.contains(target),
    remove() {
      if (!host) return;
      render(null, host.container);
      host.remove();
      host = null;
    },
  };
}
