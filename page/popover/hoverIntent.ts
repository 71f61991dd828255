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
  /** The reader pressed Enter or ↓ on a mark: focus moves into its popover. */
  enter?: (mark: HTMLElement) => void;
  /** Whether an event comes from the reader's own input; `event.isTrusted` unless a test says otherwise. */
  isTrusted?: (event: Event) => boolean;
  openDelayMs?: number;
  closeDelayMs?: number;
}

export const OPEN_DELAY_MS = 150;
export const CLOSE_DELAY_MS = 300;

export interface HoverIntent {
  openMark(): HTMLElement | null;
  /** Opens a mark's popover for the extension's own reasons (the toolbar panel focused the figure). */
  open(mark: HTMLElement): void;
  /** The reader pressed Escape inside the popover: it closes and focus goes back to its mark. */
  escape(): void;
  /**
   * The pointer came into the popover or left it. The popover is a frame of another origin: the page
   * hears nothing of the pointer inside it, so the popover tells.
   */
  pointerInPopover(over: boolean): void;
}

/**
 * Opens the popover of a mark a moment after the pointer rests on it, at once when it is clicked, or
 * when the keyboard moves focus to it; keeps it open while the pointer is over the mark or the popover,
 * or focus is in the popover; closes it a moment after the pointer left both, on Escape (focus then
 * goes back to the mark if it was in the popover), or as soon as the page removes the mark. Enter or
 * ↓ on a focused mark opens its popover and moves focus into it.
 *
 * Only the reader's own input counts: events a page script dispatches are not trusted and are ignored.
 * A page script's `focus()` fires trusted focus events, so focus opens a popover only while a trusted
 * key press is being handled (Tab moves focus within its keydown's default action); a click or the
 * pointer opens the others.
 */
export function watchHoverIntent(options: HoverIntentOptions): HoverIntent {
  const { context, markOf, isPopover } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  let openMark: HTMLElement | null = null;
  let pendingOpen: number | undefined;
  let pendingClose: number | undefined;
  let returningFocus = false;
  /** True from a trusted keydown until the task that handles it is over. */
  let keyPressed = false;
  /** The mark the pointer is on, and whether it is in the popover. */
  let pointerMark: HTMLElement | null = null;
  let pointerInPopover = false;
  const listen = (
    type: string,
    listener: (event: Event) => void,
    listenerOptions?: AddEventListenerOptions,
  ) =>
    context.addEventListener(
      document,
      type,
      (event) => {
        if (isTrusted(event)) listener(event);
      },
      listenerOptions,
    );

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
    if (!openMark) return;
    pendingClose = context.setTimeout(() => {
      // focus in the popover keeps it, whatever the pointer does; so does the pointer back in either
      if (isPopover(document.activeElement) || pointerInPopover) return;
      if (openMark && pointerMark === openMark) return;
      close();
    }, options.closeDelayMs ?? CLOSE_DELAY_MS);
  };
  const stays = (target: EventTarget | null) =>
    isPopover(target) || (openMark !== null && markOf(target) === openMark);

  listen('mouseover', (event) => {
    const mark = markOf(event.target);
    pointerMark = mark;
    // The page hears the pointer again: it left the popover's frame, whether or not the frame said so.
    if (pointerInPopover && !isPopover(event.target)) {
      pointerInPopover = false;
      if (!stays(event.target) && !(openMark && document.activeElement === openMark)) closeSoon();
    }
    if (stays(event.target)) return cancel();
    if (!mark) return;
    cancel();
    options.expectOpen?.(mark);
    pendingOpen = context.setTimeout(() => open(mark), options.openDelayMs ?? OPEN_DELAY_MS);
  });
  listen('mouseout', (event) => {
    const { target, relatedTarget } = event as MouseEvent;
    pointerMark = markOf(relatedTarget);
    const leftMark = markOf(target);
    if (!leftMark && !isPopover(target)) return;
    // Moving between the parts of one mark, or between the open mark and its popover, is staying.
    if (stays(relatedTarget) || (leftMark !== null && markOf(relatedTarget) === leftMark)) return;
    // A mark with keyboard focus keeps its popover whatever the pointer does.
    if (openMark && document.activeElement === openMark) return;
    closeSoon();
  });
  listen('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark && keyPressed && !returningFocus) open(mark);
  });
  listen('click', (event) => {
    const mark = markOf(event.target);
    if (mark) open(mark);
  });
  listen('focusout', (event) => {
    const { target, relatedTarget } = event as FocusEvent;
    if ((markOf(target) || isPopover(target)) && !stays(relatedTarget)) closeSoon();
  });
  listen(
    'keydown',
    (event) => {
      keyPressed = true;
      context.setTimeout(() => (keyPressed = false), 0);
      const { key } = event as KeyboardEvent;
      if (key === 'Enter' || key === 'ArrowDown') {
        const mark = markOf(event.target);
        if (!mark || mark !== document.activeElement) return;
        // into the popover, rather than the page scrolling or the mark's text being activated
        event.preventDefault();
        open(mark);
        options.enter?.(mark);
        return;
      }
      if (key !== 'Escape' || !openMark) return;
      const mark = openMark;
      const focusWasInPopover = isPopover(document.activeElement);
      close();
      if (focusWasInPopover) returnFocus(mark);
    },
    { capture: true },
  );
  const returnFocus = (mark: HTMLElement) => {
    returningFocus = true;
    mark.focus();
    returningFocus = false;
  };
  return {
    openMark: () => openMark,
    open,
    escape() {
      const mark = openMark;
      close();
      if (mark) returnFocus(mark);
    },
    pointerInPopover(over) {
      pointerInPopover = over;
      if (over) return cancel();
      // A mark with keyboard focus keeps its popover whatever the pointer does.
      if (openMark && document.activeElement !== openMark) closeSoon();
    },
  };
}
