import { browser } from 'wxt/browser';
import { POPOVER_FRAME_PAGE } from '../../protocol/files';
import {
  POPOVER_HOST_PORT,
  type PopoverFrameMessage,
  type PopoverHostMessage,
  type PopoverRequest,
} from '../../protocol/messages';
import { pageTheme } from './pageTheme';
import { placePopover } from './placement';
import { randomElementName, randomLetters } from '../marking/randomNames';

// Taken when the content script starts; a content script's world does not share the page's prototypes.
const attachShadow = Element.prototype.attachShadow;

/** The popover of the page, drawn in the extension's frame by a mark. */
export interface PopoverFrame {
  /** Makes the element and loads the frame, ahead of the first showing. */
  prepare(): void;
  show(anchor: Element, request: PopoverRequest): void;
  /** Has the background compare a figure now, for its showing in a moment; nothing is drawn. */
  expect(request: PopoverRequest): void;
  /** Moves keyboard focus into the open popover, as soon as it shows. */
  enter(): void;
  hide(): void;
  /** Puts the open popover by its mark again, after the page scrolled or was resized. */
  place(): void;
  /** True for the popover's element, where events from its frame arrive. */
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

/** The widest and tallest a popover gets, as in components/popover/popover.css. */
const WIDTH = 380;
const HEIGHT = 460;
const MARGIN = 8;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
};

const FRAME_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  border: '0',
  margin: '0',
  padding: '0',
  'border-radius': '8px',
  background: 'transparent',
  'color-scheme': 'light',
  'box-shadow': '0 6px 24px rgba(0, 0, 0, 0.22)',
  visibility: 'hidden',
};

const setStyles = (element: HTMLElement, styles: Record<string, string>) => {
  for (const [property, value] of Object.entries(styles))
    element.style.setProperty(property, value, 'important');
};

/**
 * The popover as the page holds it: an element of a random name attached to `<html>`, with a closed
 * shadow root holding an `<iframe>` of the extension's popover page (entrypoints/popover-frame). The
 * content script never has the popover's text: it tells the background which of its figures to show,
 * and the background gives the comparison to the frame alone (background/popoverRelay.ts). The page can
 * reach neither the frame element (the root is closed) nor its document (another origin).
 */
export interface PopoverFrameEvents {
  /** The reader pressed Escape in the popover. */
  escape(): void;
  /** The pointer came into the popover, or left it. */
  pointer(over: boolean): void;
}

export function createPopoverFrame(document: Document, events: PopoverFrameEvents): PopoverFrame {
  const token = randomLetters(24);
  const frameUrl = `${browser.runtime.getURL(`/${POPOVER_FRAME_PAGE}`)}#${token}`;
  let parts: { host: HTMLElement; frame: HTMLIFrameElement } | null = null;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  /** Times the port was opened again after the background went away. */
  let reconnections = 0;
  let everConnected = false;
  let seq = 0;
  let anchor: Element | null = null;
  let size: { width: number; height: number } | null = null;
  /** The reader asked to move into the popover before it showed. */
  let entering = false;

  const viewport = () => ({
    width: document.documentElement.clientWidth,
    height: document.defaultView?.innerHeight ?? document.documentElement.clientHeight,
  });

  const popoverWidth = () => Math.min(WIDTH, viewport().width - 2 * MARGIN);

  const place = () => {
    if (!parts || !anchor || !size) return;
    const { frame } = parts;
    const placement = placePopover(anchor.getBoundingClientRect(), size, viewport());
    frame.style.setProperty('top', `${placement.top}px`, 'important');
    frame.style.setProperty('left', `${placement.left}px`, 'important');
    frame.style.setProperty('height', `${Math.min(size.height, placement.maxHeight)}px`, 'important');
    frame.style.setProperty('visibility', 'visible', 'important');
    if (entering) focusFrame();
  };

  /** Focus goes to the frame, then the frame focuses its popover (the page cannot reach into it). */
  const focusFrame = () => {
    entering = false;
    parts?.frame.focus();
    send({ type: 'focus', seq });
  };

  const heard = (message: unknown) => {
    const said = message as PopoverFrameMessage;
    if (said?.seq !== seq || !anchor) return;
    if (said.type === 'escape') events.escape();
    else if (said.type === 'pointer') events.pointer(said.over);
    else if (said.type === 'size') {
      size = { width: said.width, height: said.height };
      place();
    }
  };

  const make = () => {
    if (parts) {
      // a page that cleared <html> took it away: put back, its frame loads again and connects
      if (!parts.host.isConnected) document.documentElement.append(parts.host);
      return parts;
    }
    const host = document.createElement(randomElementName());
    setStyles(host, HOST_STYLE);
    const root = attachShadow.call(host, { mode: 'closed' });
    const frame = document.createElement('iframe');
    setStyles(frame, FRAME_STYLE);
    // at a popover's size from the start: its first drawing is laid out as it will show, not at an
    // iframe's 300 × 150 and again when the frame is sized
    frame.style.setProperty('width', `${popoverWidth()}px`, 'important');
    frame.style.setProperty('height', `${HEIGHT}px`, 'important');
    frame.setAttribute('title', 'Cross-check');
    // "Copy citation" writes to the clipboard from the frame
    frame.setAttribute('allow', 'clipboard-write');
    frame.src = frameUrl;
    root.append(frame);
    document.documentElement.append(host);
    parts = { host, frame };
    return parts;
  };

  /** The port to the background; opened again after the background went away, and the frame told to. */
  const connect = () => {
    if (port) return port;
    const connected = browser.runtime.connect({ name: `${POPOVER_HOST_PORT}:${token}` });
    connected.onMessage.addListener(heard);
    connected.onDisconnect.addListener(() => {
      if (port === connected) port = null;
    });
    port = connected;
    // the frame's port went with the background: a new fragment has it connect again, without a reload
    if (everConnected && parts) parts.frame.src = `${frameUrl}.${++reconnections}`;
    everConnected = true;
    return connected;
  };

  const send = (message: PopoverHostMessage) => {
    try {
      connect().postMessage(message);
    } catch {
      // the extension went away: nothing to show
      port = null;
    }
  };

  const prepare = () => {
    if (parts) return;
    make();
    connect();
  };

  return {
    prepare,
    show(mark, request) {
      const { frame } = make();
      anchor = mark;
      size = null;
      entering = false;
      frame.style.setProperty('visibility', 'hidden', 'important');
      frame.style.setProperty('width', `${popoverWidth()}px`, 'important');
      send({ type: 'show', seq: ++seq, popover: { ...request, theme: pageTheme(mark) } });
    },
    expect(request) {
      prepare();
      // only on a port that is open: after the background went away, the showing connects again
      // (a port opened while the background stops can fail, taking what was sent on it)
      if (port) send({ type: 'expect', seq, popover: request });
    },
    enter() {
      if (!anchor) return;
      entering = true;
      if (size) place();
    },
    hide() {
      anchor = null;
      size = null;
      entering = false;
      parts?.frame.style.setProperty('visibility', 'hidden', 'important');
      if (port) send({ type: 'hide', seq: ++seq });
    },
    place,
    contains: (target) => parts !== null && target === parts.host,
    remove() {
      port?.disconnect();
      port = null;
      parts?.host.remove();
      parts = null;
    },
  };
}
