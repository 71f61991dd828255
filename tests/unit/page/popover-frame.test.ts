// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true}}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageLifetime } from '../../../page/boot/lifetime';
import { createPopoverFrame } from '../../../page/popover/frame';
import { createPopover } from '../../../page/popover/popover';
import type { PopoverRequest } from '../../../protocol/messages';

/** The frame element, reached as only the content script can (the page cannot: the root is closed). */
let frames: HTMLIFrameElement[];
let sent: unknown[];

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
  const port = {
    postMessage: (message: unknown) => sent.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
  };
  Object.assign(fakeBrowser.runtime, { connect: vi.fn(() => port) });
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
  const article = () => {
    const facts = { published: vi.fn(() => '2024-08-20'), text: vi.fn(() => 'Kursk: 1,000 square km') };
    return facts;
  };

  it('reads the article while the pointer rests on a mark, not once its popover opens', () => {
    const facts = article();
    const popover = createPopover(new PageLifetime(() => true), facts, () => 'km2', events);
    popover.expect();
    expect(facts.text).toHaveBeenCalledTimes(1);
    // the frame is made and connected too, if idle time had not come yet
    expect(frames).toHaveLength(1);
    expect(fakeBrowser.runtime.connect).toHaveBeenCalledTimes(1);
  });

  it('does nothing once its lifetime is over', () => {
    const facts = article();
    const lifetime = new PageLifetime(() => true);
    const popover = createPopover(lifetime, facts, () => 'km2', events);
    lifetime.end();
    popover.expect();
    expect(facts.text).not.toHaveBeenCalled();
    expect(frames).toHaveLength(0);
  });
});
