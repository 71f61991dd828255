import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popover } from '@/components/popover/Popover';
import '@/components/popover/popover.css';
import '@/components/shared/verdict.css';
import { POPOVER_FRAME_PORT, type PopoverDrawMessage, type PopoverFrameMessage } from '@/protocol/messages';
import './frame.css';

/** The tallest a popover gets before it scrolls, as in components/popover/popover.css. */
const MAX_HEIGHT = 460;

/**
 * The popover's extension page, in a frame the content script puts by the mark. It hears what to draw
 * from the background alone (background/popoverRelay.ts), on a port named with the token of its address's
 * fragment, and tells the content script, through the background, nothing but the drawn size and Escape.
 * The page around the frame cannot read it: the frame is of the extension's origin.
 */
const app = document.getElementById('app')!;
let port: ReturnType<typeof browser.runtime.connect> | null = null;
let seq = 0;

const token = (): string => location.hash.slice(1).split('.')[0] ?? '';

const send = (message: PopoverFrameMessage) => port?.postMessage(message);

function draw({ seq: drawn, drawing }: PopoverDrawMessage): void {
  seq = drawn;
  if (!drawing) {
    render(null, app);
    return;
  }
  const { state, ...props } = drawing;
  render(<Popover {...props} state={state} />, app);
  const dialog = app.firstElementChild;
  if (!(dialog instanceof HTMLElement)) return;
  dialog.style.maxHeight = 'none';
  const { width, height } = dialog.getBoundingClientRect();
  dialog.style.maxHeight = '';
  send({ type: 'size', seq, width: Math.ceil(width), height: Math.min(Math.ceil(height), MAX_HEIGHT) });
}

/** Connects, now and whenever the content script asks by changing the fragment (after the background restarted). */
function connect(): void {
  if (port || !token()) return;
  const connected = browser.runtime.connect({ name: `${POPOVER_FRAME_PORT}:${token()}` });
  port = connected;
  connected.onMessage.addListener((message: unknown) => {
    const said = message as PopoverDrawMessage;
    if (said?.type === 'draw') draw(said);
  });
  connected.onDisconnect.addListener(() => {
    if (port === connected) port = null;
  });
}

window.addEventListener('hashchange', connect);
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') send({ type: 'escape', seq });
});
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
