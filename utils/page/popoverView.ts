import type { PopoverProps } from '@/components/popover/Popover';
import { POPOVER_VIEW_SCRIPT } from '../contentScriptFiles';
import { loadScript, provideToContentScript } from './lazyScript';

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
 * a figure is hovered or focused, so that a page that is only read does not pay for compiling it.
 */
const VIEW_KEY = Symbol.for('kursk-cross-check.popover-view');

/** Run by the popover script: it leaves its factory in the content script's world. */
export function providePopoverView(factory: PopoverViewFactory): void {
  provideToContentScript(VIEW_KEY, factory);
}

/** Loads the popover script once and returns its factory. */
export const loadPopoverView = (): Promise<PopoverViewFactory> =>
  loadScript(`/${POPOVER_VIEW_SCRIPT}` as const, VIEW_KEY);
