// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true}}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageLifetime } from '../../../page/boot/lifetime';
import { createPopoverFrame } from '../../../page/popover/frame';
import { createPopover } from '../../../page/popover/popover';
import type { MarkedFigure } from '../../../page/marking/scanner';
import type { PopoverRequest } from '../../../protocol/messages';

/** The frame element, reached as only the content script can (the page cannot: the root is closed). */
let frames: HTMLIFrameElement[];
let sent: unknown[];
/** Listeners of the ports' going away (the background stopped). */
let disconnects: Array<() => void>;

const request = {
  figure: { text: '1,000 square km' },
  label: '1,000 square km: what other sources say',
} as unknown as PopoverRequest;

beforeEach(() => {
  frames = [];
  sent = [];
  const createElement = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((name: string) => {
    const element = createElement(name);
    if (element instanceof HTMLIFrameElement) frames.push(element);
    return element;
  });
  disconnects = [];
  const port = () => ({
    postMessage: (message: unknown) => sent.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: (listener: () => void) => disconnects.push(listener) },
  });
  Object.assign(fakeBrowser.runtime, { connect: vi.fn(port) });
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1000);
});

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the popover frame', () => {
  it('is made at a popover’s size, hidden, so its first drawing is laid out as it will show', () => {
    const frame = createPopoverFrame(document, { escape: () => undefined, pointer: () => undefined });
    frame.prepare();
    const [element] = frames;
    expect(element).toBeDefined();
    expect(element!.style.getPropertyValue('width')).toBe('380px');
    expect(element!.style.getPropertyValue('height')).toBe('460px');
    expect(element!.style.getPropertyValue('visibility')).toBe('hidden');
    expect(sent).toEqual([]);
  });

  it('is no wider than a narrow page leaves room for', () => {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(300);
    const frame = createPopoverFrame(document, { escape: () => undefined, pointer: () => undefined });
    const mark = document.createElement('span');
    document.body.append(mark);
    frame.show(mark, request);
    expect(frames[0]!.style.getPropertyValue('width')).toBe('284px');
    expect(sent).toMatchObject([{ type: 'show', seq: 1 }]);
  });
});

describe('the popover', () => {
  const events = { escape: () => undefined, pointer: () => undefined };
  const article = () => ({
    published: vi.fn(() => '2024-08-20'),
    text: vi.fn(() => 'Kursk: about 1,000 square km'),
  });
  const marked = (text: string, index = 0) =>
    ({
      index,
      figure: { text, value: 1000, unit: 'km2', claim: 'territory.held', claimLabel: 'Land held' },
      marks: [document.body.appendChild(document.createElement('span'))],
    }) as unknown as MarkedFigure;
  const kinds = () => sent.map((message) => (message as { type: string }).type);

  it('has the figure compared while the pointer rests on its mark, once per rest, then shows it', () => {
    const facts = article();
    const popover = createPopover(new PageLifetime(() => true), facts, () => 'km2', events);
    const figure = marked('about 1,000 square km');
    popover.expect(figure);
    popover.expect(figure);
    // the frame is made and connected too, if idle time had not come yet
    expect(frames).toHaveLength(1);
    expect(kinds()).toEqual(['expect']);
    expect(sent[0]).toMatchObject({
      popover: { figure: { text: 'about 1,000 square km' }, pageText: 'Kursk: about 1,000 square km' },
    });
    popover.show(figure);
    expect(kinds()).toEqual(['expect', 'show']);
    // what is asked ahead is what the showing asks: the background takes the one for the other
    const [ahead, shown] = sent as Array<{ popover: Record<string, unknown> }>;
    const { theme, ...request } = shown!.popover;
    expect(theme).toBeDefined();
    expect(request).toEqual(ahead!.popover);
    // after a showing, resting on the mark again asks again
    popover.expect(figure);
    expect(kinds()).toEqual(['expect', 'show', 'expect']);
  });

  it('asks ahead only on an open port: after the background went away, the showing connects again', () => {
    const popover = createPopover(new PageLifetime(() => true), article(), () => 'km2', events);
    popover.prepare();
    disconnects.forEach((gone) => gone());
    const figure = marked('about 1,000 square km');
    popover.expect(figure);
    expect(sent).toEqual([]);
    expect(fakeBrowser.runtime.connect).toHaveBeenCalledTimes(1);
    popover.show(figure);
    expect(kinds()).toEqual(['show']);
    expect(fakeBrowser.runtime.connect).toHaveBeenCalledTimes(2);
  });

  it('asks nothing for what is no figure’s mark, nor once its lifetime is over', () => {
    const facts = article();
    const lifetime = new PageLifetime(() => true);
    const popover = createPopover(lifetime, facts, () => 'km2', events);
    popover.expect(null);
    lifetime.end();
    popover.expect(marked('about 1,000 square km'));
    expect(facts.text).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
