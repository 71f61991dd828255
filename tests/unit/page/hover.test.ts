// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CLOSE_DELAY_MS,
  OPEN_DELAY_MS,
  watchHoverIntent,
  type ListenerContext,
} from '../../../page/popover/hoverIntent';

let controller: AbortController;
let opened: HTMLElement[];
let entered: HTMLElement[];
let closed: number;

const context = (): ListenerContext => ({
  addEventListener: (target, type, listener, options) =>
    target.addEventListener(type, listener, { ...options, signal: controller.signal }),
  setTimeout: (handler, timeout) => window.setTimeout(handler, timeout),
});

/** Events dispatched here stand for the reader's own unless a test says they come from a page script. */
function setUp({ trusted = true }: { trusted?: boolean } = {}) {
  document.body.innerHTML = `
    <p><kcc-mark id="one" tabindex="0" role="button">110 square km</kcc-mark> and
       <kcc-mark id="two" tabindex="0" role="button">1,368 square km</kcc-mark> <span id="plain">text</span></p>
    <kcc-popover id="popover"><button id="inside">inside</button></kcc-popover>`;
  const byId = (id: string) => document.getElementById(id)!;
  const popover = byId('popover');
  watchHoverIntent({
    context: context(),
    markOf: (target) =>
      target instanceof Element ? (target.closest('kcc-mark') as HTMLElement | null) : null,
    isPopover: (target) => target instanceof Node && popover.contains(target),
    open: (mark) => opened.push(mark),
    close: () => closed++,
    enter: (mark) => entered.push(mark),
    isTrusted: trusted ? () => true : undefined,
  });
  return byId;
}

/** Tab pressed on the keyboard: its keydown moves focus to the element. */
const tabTo = (element: HTMLElement) => {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
  element.focus();
};

const pointer = (type: 'mouseover' | 'mouseout', target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, relatedTarget }));

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  opened = [];
  entered = [];
  closed = 0;
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('when the popover opens and closes', () => {
  it('Enter or ↓ on a focused mark opens its popover and moves focus into it; on anything else they do nothing', () => {
    const byId = setUp();
    tabTo(byId('one'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    byId('one').dispatchEvent(enter);
    expect(entered).toEqual([byId('one')]);
    // the page neither scrolls nor activates the mark's text
    expect(enter.defaultPrevented).toBe(true);
    byId('two').focus();
    byId('two').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(entered).toEqual([byId('one'), byId('two')]);
    expect(opened.at(-1)).toBe(byId('two'));
    byId('plain').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(entered).toHaveLength(2);
  });

  it('opens a moment after the pointer rests on a mark, not at once', () => {
    const byId = setUp();
    pointer('mouseover', byId('one'));
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toEqual([byId('one')]);
  });

  it('does not open when the pointer only passes over a mark', () => {
    const byId = setUp();
    pointer('mouseover', byId('one'));
    pointer('mouseout', byId('one'), byId('plain'));
    vi.advanceTimersByTime(OPEN_DELAY_MS + CLOSE_DELAY_MS);
    expect(opened).toEqual([]);
  });

  it('stays open while the pointer moves from the mark into the popover, closes after leaving both', () => {
    const byId = setUp();
    pointer('mouseover', byId('one'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    pointer('mouseout', byId('one'), byId('inside'));
    pointer('mouseover', byId('inside'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(closed).toBe(0);
    pointer('mouseout', byId('inside'), byId('plain'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(closed).toBe(1);
  });

  it('opens at once on keyboard focus; Escape closes it and keeps focus on the mark', () => {
    const byId = setUp();
    tabTo(byId('one'));
    expect(opened).toEqual([byId('one')]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(closed).toBe(1);
    expect(document.activeElement).toBe(byId('one'));
  });

  it('Escape from inside the popover returns focus to the mark without opening it again', () => {
    const byId = setUp();
    tabTo(byId('one'));
    byId('inside').focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.activeElement).toBe(byId('one'));
    expect(opened).toEqual([byId('one')]);
    expect(closed).toBe(1);
  });

  it('moves to the next mark when focus does', () => {
    const byId = setUp();
    tabTo(byId('one'));
    tabTo(byId('two'));
    expect(opened).toEqual([byId('one'), byId('two')]);
  });

  it('closes as soon as the page removes the open mark, and can open another one afterwards', async () => {
    const byId = setUp();
    pointer('mouseover', byId('one'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    const two = byId('two');
    byId('one').remove();
    await Promise.resolve();
    expect(closed).toBe(1);
    pointer('mouseover', two);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toHaveLength(2);
    expect(opened[1]).toBe(two);
  });

  it('does not open a mark the page removed while the pointer rested on it', () => {
    const byId = setUp();
    pointer('mouseover', byId('one'));
    byId('one').remove();
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toEqual([]);
  });

  it('is not closed by other changes to the page', async () => {
    const byId = setUp();
    pointer('mouseover', byId('one'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    byId('plain').remove();
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(closed).toBe(0);
  });
});

describe('the pointer in the popover, which is a frame the page hears nothing from', () => {
  const watchOne = () => {
    document.body.innerHTML = `<p><kcc-mark id="one" tabindex="0">110 square km</kcc-mark> <span id="plain">text</span></p>`;
    const one = document.getElementById('one')!;
    const hover = watchHoverIntent({
      context: context(),
      markOf: (target) => (target === one ? one : null),
      isPopover: () => false,
      open: (mark) => opened.push(mark),
      close: () => closed++,
      isTrusted: () => true,
    });
    pointer('mouseover', one);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toEqual([one]);
    pointer('mouseout', one, document.getElementById('plain'));
    hover.pointerInPopover(true);
    return { one, hover };
  };

  it('keeps the popover open while the frame says the pointer is in it, and closes it once it left', () => {
    const { hover } = watchOne();
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(closed).toBe(0);
    hover.pointerInPopover(false);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(closed).toBe(1);
  });

  it('closes once the page hears the pointer again elsewhere, though the frame never said it left', () => {
    watchOne();
    pointer('mouseover', document.getElementById('plain')!);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(closed).toBe(1);
  });

  it('stays open when the pointer came back to the mark before the frame said it left', () => {
    const { one, hover } = watchOne();
    pointer('mouseover', one);
    hover.pointerInPopover(false);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(closed).toBe(0);
  });
});

describe("a page script's events", () => {
  it('open nothing: dispatched pointer, click and key events are not trusted', () => {
    const byId = setUp({ trusted: false });
    pointer('mouseover', byId('one'));
    byId('one').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    byId('one').click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    byId('two').focus();
    vi.advanceTimersByTime(OPEN_DELAY_MS * 2);
    expect(opened).toEqual([]);
  });

  it('focus that no key press moved (a script calling focus()) opens nothing; a click does', () => {
    const byId = setUp();
    byId('one').focus();
    expect(opened).toEqual([]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    vi.advanceTimersByTime(0);
    byId('two').focus();
    expect(opened).toEqual([]);
    byId('two').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(opened).toEqual([byId('two')]);
  });

  it('the extension itself may open a mark and close it as Escape in the popover does', () => {
    const byId = setUp({ trusted: false });
    const hover = watchHoverIntent({
      context: context(),
      markOf: (target) => (target instanceof HTMLElement && target.id === 'one' ? target : null),
      isPopover: () => false,
      open: (mark) => opened.push(mark),
      close: () => closed++,
    });
    hover.open(byId('one'));
    expect(opened).toEqual([byId('one')]);
    hover.escape();
    expect(closed).toBe(1);
    expect(document.activeElement).toBe(byId('one'));
    expect(opened).toEqual([byId('one')]);
  });
});
