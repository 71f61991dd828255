import { HOST_ATTRIBUTE } from './ownElements';

// Taken when the content script starts, before any page script could replace it.
const attachShadow = Element.prototype.attachShadow;

export interface PopoverHost {
  host: HTMLElement;
  /** Where the popover renders, inside the host's open shadow root. */
  container: HTMLElement;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
};

/**
 * The element that holds the popover: attached to `<html>`, its styles in an open shadow root so the
 * page's CSS reaches neither in nor out, and its own box reset so page rules cannot move it.
 */
export function createPopoverHost(document: Document, css: string): PopoverHost {
  const host = document.createElement('kcc-popover');
  host.setAttribute(HOST_ATTRIBUTE, '');
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  const root = attachShadow.call(host, { mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  root.append(style, container);
  document.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
