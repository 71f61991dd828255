import { browser } from 'wxt/browser';
import type { PopoverProps } from '@/components/popover/Popover';

/** The popover of one figure, drawn by the figure's mark. */
export interface PopoverDrawing extends PopoverProps {
  anchor: Element;
}

/** The popover's look: its host element, its components and their styles. */
export interface PopoverView {
  /** Draws the popover, or takes it away (null). */
  draw(drawing: PopoverDrawing | null): void;
  /** Puts the open popover by its mark again, after the page scrolled or was resized. */
  place(): void;
  /** True for the popover's host element, where events from inside the popover arrive. */
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

export type PopoverViewFactory = (document: Document) => PopoverView;

/**
 * The popover's look is a script of its own (Preact, the components, their CSS), loaded the first time
 * a figure is hovered or focused, so that a page that is only read does not pay for compiling it. It is
 * web-accessible only at an address that changes every session (`use_dynamic_url`), which pages cannot
 * guess to detect the extension.
 */
export const POPOVER_VIEW_SCRIPT = '/popover-view.js';

const VIEW_KEY = Symbol.for('kursk-cross-check.popover-view');
type Registry = Record<symbol, PopoverViewFactory | undefined>;

/** Run by the popover script: it runs in the content script's world and leaves its factory there. */
export function providePopoverView(factory: PopoverViewFactory): void {
  (globalThis as unknown as Registry)[VIEW_KEY] = factory;
}

/** Loads the popover script once and returns its factory. */
export async function loadPopoverView(): Promise<PopoverViewFactory> {
  const registry = globalThis as unknown as Registry;
  if (!registry[VIEW_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(POPOVER_VIEW_SCRIPT));
  const factory = registry[VIEW_KEY];
  if (!factory) throw new Error('The popover script loaded without its view.');
  return factory;
}
