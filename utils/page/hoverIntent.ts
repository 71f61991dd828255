/** The parts of the content script's lifetime the hover logic uses: listeners and timers end with it. */
export interface ListenerContext {
  addEventListener(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, timeout: number): number;
}

export interface HoverIntentOptions {
  context: ListenerContext;
  /** The focusable mark of the figure an event target belongs to, or null. */
  markOf: (target: EventTarget | null) => HTMLElement | null;
  /** True for the popover's host element (events inside its shadow root arrive retargeted to it). */
  isPopover: (target: EventTarget | null) => boolean;
  /** The pointer came to rest on a mark: its popover opens after the delay unless the pointer leaves. */
  expectOpen?: (mark: HTMLElement) => void;
  open: (mark: HTMLElement) => void;
  close: () => void;
  openDelayMs?: number;
  closeDelayMs?: number;
}

export const OPEN_DELAY_MS = 150;
export const CLOSE_DELAY_MS = 300;

/**
 * Opens the popover of a mark a moment after the pointer rests on it, or at once when it gets focus;
 * keeps it open while the pointer is over the mark or the popover; closes it a moment after the
 * pointer left both, on Escape (focus then goes back to the mark if it was in the popover), or as soon
 * as the page removes the mark.
 */
export function watchHoverIntent(options: HoverIntentOptions): { openMark: () => HTMLElement | null } {
  const { context, markOf, isPopover } = options;
  let openMark: HTMLElement | null = null;
  let pendingOpen: number | undefined;
  let pendingClose: number | undefined;
  let returningFocus = false;

  const cancel = () => {
    clearTimeout(pendingOpen);
    clearTimeout(pendingClose);
  };
  // The page may remove the open mark (a re-render, a closed teaser): its popover goes with it.
  const markRemoval = new MutationObserver(() => {
    if (openMark && !openMark.isConnected) close();
  });
  const open = (mark: HTMLElement) => {
    cancel();
    if (openMark === mark || !mark.isConnected) return;
    openMark = mark;
    markRemoval.observe(mark.ownerDocument, { childList: true, subtree: true });
    options.open(mark);
  };
  const close = () => {
    cancel();
    if (!openMark) return;
    openMark = null;
    markRemoval.disconnect();
    options.close();
  };
  const closeSoon = () => {
    clearTimeout(pendingOpen);
    clearTimeout(pendingClose);
    if (openMark) pendingClose = context.setTimeout(close, options.closeDelayMs ?? CLOSE_DELAY_MS);
  };
  const stays = (target: EventTarget | null) =>
    isPopover(target) || (openMark !== null && markOf(target) === openMark);

  context.addEventListener(document, 'mouseover', (event) => {
    const mark = markOf(event.target);
    if (stays(event.target)) return cancel();
    if (!mark) return;
    cancel();
    options.expectOpen?.(mark);
    pendingOpen = context.setTimeout(() => open(mark), options.openDelayMs ?? OPEN_DELAY_MS);
  });
  context.addEventListener(document, 'mouseout', (event) => {
    const { target, relatedTarget } = event as MouseEvent;
    const leftMark = markOf(target);
    if (!leftMark && !isPopover(target)) return;
    // Moving between the parts of one mark, or between the open mark and its popover, is staying.
    if (stays(relatedTarget) || (leftMark !== null && markOf(relatedTarget) === leftMark)) return;
    // A mark with keyboard focus keeps its popover whatever the pointer does.
    if (openMark && document.activeElement === openMark) return;
    closeSoon();
  });
  context.addEventListener(document, 'focusin', (event) => {
    const mark = markOf(event.target);
    if (mark && !returningFocus) open(mark);
  });
  context.addEventListener(document, 'click', (event) => {
    const mark = markOf(event.target);
    if (mark) open(mark);
  });
  context.addEventListener(document, 'focusout', (event) => {
    const { target, relatedTarget } = event as FocusEvent;
    if (markOf(target) && !stays(relatedTarget)) closeSoon();
  });
  context.addEventListener(
    document,
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Escape' || !openMark) return;
      const mark = openMark;
      const focusWasInPopover = isPopover(document.activeElement);
      close();
      if (!focusWasInPopover) return;
      returningFocus = true;
      mark.focus();
      returningFocus = false;
    },
    { capture: true },
  );
  return { openMark: () => openMark };
}
