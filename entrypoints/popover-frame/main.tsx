import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popover } from '@/components/popover/Popover';
import '@/components/popover/popover.css';
import '@/components/shared/verdict.css';
import {
  POPOVER_FRAME_PORT,
  type PopoverDrawMessage,
  type PopoverFrameDrawing,
  type PopoverFrameMessage,
  type PopoverToFrame,
} from '../../protocol/messages';
import { copyText } from './clipboard';
import { wrapTab } from './focus';
import { delayLoading } from './loadingDelay';
import { whenFontsLoaded } from './fontsLoaded';
import { rehearse } from './rehearsal';
import './frame.css';

/** The tallest a popover gets before it scrolls, as in components/popover/popover.css. */
const MAX_HEIGHT = 460;

/**
 * The popover's extension page, in a frame the content script puts by the mark. It hears what to draw
 * from the background alone (background/popoverRelay.ts), on a port named with the token of its address's
 * fragment, and tells the content script, through the background, nothing but the drawn size, Escape
 * and the pointer. The page around the frame cannot read it: the frame is of the extension's origin.
 * Links open in tabs of their own, a citation is copied and the options page opened from here, the
 * extension's own page, so the page hears of none of it.
 */
const app = document.getElementById('app')!;
let port: ReturnType<typeof browser.runtime.connect> | null = null;
let seq = 0;
let drawing: PopoverFrameDrawing | null = null;
/** Sources below what the frame shows. */
let below = 0;
/** The content script moved focus here before the popover was drawn: focus it once it is. */
let focusWhenDrawn = false;

const token = (): string => location.hash.slice(1).split('.')[0] ?? '';

const send = (message: PopoverFrameMessage) => port?.postMessage(message);

const dialog = (): HTMLElement | null =>
  app.firstElementChild instanceof HTMLElement ? app.firstElementChild : null;

/** One function for every drawing: the popover draws its comparison again only when what it shows changed. */
const openOptions = () => void browser.runtime.openOptionsPage();

/** Draws a popover, or none, into an element of the frame. */
function drawInto(into: HTMLElement, shown: PopoverFrameDrawing | null, sourcesBelow = 0): void {
  if (!shown) {
    render(null, into);
    return;
  }
  const { state, theme, ...props } = shown;
  render(
    <Popover
      {...props}
      // the page's colours when the content script could tell them, else the system's
      theme={theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')}
      state={state}
      below={sourcesBelow}
      onCopy={copyText}
      onAddSources={openOptions}
    />,
    into,
  );
}

const paint = () => drawInto(app, drawing, below);

function draw(message: PopoverDrawMessage): void {
  seq = message.seq;
  drawing = message.drawing;
  below = 0;
  paint();
  const shown = dialog();
  if (!shown) return;
  measure(shown);
  // a drawing laid out while fonts were loading used a fallback font: measured again once they are in
  whenFontsLoaded(document.fonts, () => requestAnimationFrame(() => measure(shown)));
  if (focusWhenDrawn && message.drawing?.state.status !== 'loading') {
    focusWhenDrawn = false;
    shown.focus();
  }
  countBelow();
}

/** Tells the content script the drawn popover's size, to size and place the frame by the mark. */
function measure(shown: HTMLElement): void {
  if (!shown.isConnected) return;
  shown.style.maxHeight = 'none';
  const { width, height } = shown.getBoundingClientRect();
  shown.style.maxHeight = '';
  send({ type: 'size', seq, width: Math.ceil(width), height: Math.min(Math.ceil(height), MAX_HEIGHT) });
}

/** Counts the sources that start below the frame's bottom edge, and says so when the count changes. */
function countBelow(): void {
  const bottom = window.innerHeight;
  const count = [...app.querySelectorAll('.source')].filter(
    (item) => item.getBoundingClientRect().top > bottom - 24,
  ).length;
  if (count === below) return;
  below = count;
  paint();
}

/** A showing whose loading state is held back: what an earlier one drew goes, and focus waits for the answer. */
function hold(message: PopoverDrawMessage): void {
  seq = message.seq;
  if (!drawing) return;
  drawing = null;
  below = 0;
  paint();
}

const take = delayLoading(draw, hold);

function heard(message: PopoverToFrame): void {
  if (message.type === 'draw') take(message);
  else if (message.type === 'focus' && message.seq === seq) {
    const shown = dialog();
    if (shown && drawing?.state.status !== 'loading') shown.focus();
    else focusWhenDrawn = true;
  }
}

/** Connects, now and whenever the content script asks by changing the fragment (after the background restarted). */
function connect(): void {
  if (port || !token()) return;
  const connected = browser.runtime.connect({ name: `${POPOVER_FRAME_PORT}:${token()}` });
  port = connected;
  connected.onMessage.addListener((message: unknown) => {
    const said = message as PopoverToFrame;
    if (said?.type === 'draw' || said?.type === 'focus') heard(said);
  });
  connected.onDisconnect.addListener(() => {
    if (port === connected) port = null;
  });
}

window.addEventListener('hashchange', connect);
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') send({ type: 'escape', seq });
  else if (event.key === 'Tab') {
    const shown = dialog();
    if (shown && wrapTab(shown, document.activeElement, event.shiftKey)) event.preventDefault();
  }
});
// The frame is sized after it drew, in the page's process: a drawing laid out at the frame's old width
// is measured again at its new one (the height follows the width alone, so this ends). Scrolling shows
// what was below.
let width = window.innerWidth;
window.addEventListener('resize', () => {
  const shown = dialog();
  if (shown && window.innerWidth !== width) measure(shown);
  width = window.innerWidth;
  countBelow();
});
document.addEventListener('scroll', countBelow, { capture: true, passive: true });
// The page hears nothing of the pointer in this frame: the content script is told, to keep the popover open.
let pointerIn = false;
const pointerMoved = (over: boolean) => {
  if (over === pointerIn) return;
  pointerIn = over;
  send({ type: 'pointer', seq, over });
};
window.addEventListener('mouseover', () => pointerMoved(true));
window.addEventListener('mouseout', (event) => {
  if (!event.relatedTarget) pointerMoved(false);
});
connect();
// Once the frame is loaded and idle, ahead of the reader's first hover: not when a popover came first.
const rehearseOnce = () => {
  if (seq === 0) rehearse(document, (shown, into) => drawInto(into, shown));
};
if (typeof requestIdleCallback === 'function') requestIdleCallback(rehearseOnce, { timeout: 1_000 });
else setTimeout(rehearseOnce, 0);
