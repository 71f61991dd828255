import { describe, expect, it, vi } from 'vitest';
import {
  createPopoverRelay,
  EXPECTED_FOR_MS,
  PLACED_WITHIN_MS,
  type RelayPort,
} from '../../../background/popoverRelay';
import {
  ok,
  POPOVER_FRAME_PORT,
  POPOVER_HOST_PORT,
  type CompareReply,
  type PopoverRequest,
} from '../../../protocol/messages';

const FRAME_URL = 'chrome-extension://abcdef/popover-frame.html#token1';
const PAGE_URL = 'https://news.example/kursk';
const SECRET = 'a sentence only the reader stored';

interface FakePort extends RelayPort {
  sent: unknown[];
  disconnected: boolean;
  /** What the other side says on this port. */
  say(message: unknown): void;
  close(): void;
}

function port(name: string, sender: RelayPort['sender']): FakePort {
  const listeners: Array<(message: unknown) => void> = [];
  const closers: Array<() => void> = [];
  const fake: FakePort = {
    name,
    sender,
    sent: [],
    disconnected: false,
    postMessage: (message) => fake.sent.push(message),
    disconnect: () => {
      fake.disconnected = true;
    },
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: (listener) => closers.push(listener) },
    say: (message) => listeners.forEach((listener) => listener(message)),
    close: () => closers.forEach((closer) => closer()),
  };
  return fake;
}

const reply: CompareReply = {
  claim: 'territory.held',
  claimLabel: 'Land held',
  timeVarying: true,
  verdict: 'differ',
  others: [],
  more: 0,
};
const request = {
  figure: { text: '1,000 square km' },
  pageUrl: PAGE_URL,
  label: 'Cross-check: 1,000 square km',
} as unknown as PopoverRequest;

function relay(now?: () => number, drawing?: (placed: Promise<void>) => void) {
  const compare = vi.fn(async () => ok({ ...reply, claimLabel: SECRET }));
  const connect = createPopoverRelay({
    extensionProtocol: 'chrome-extension:',
    framePath: '/popover-frame.html',
    compare,
    now,
    drawing,
  });
  const host = (token = 'token1', tab = 7) => {
    const made = port(`${POPOVER_HOST_PORT}:${token}`, { tab: { id: tab }, url: PAGE_URL });
    connect(made);
    return made;
  };
  const frame = (token = 'token1', tab = 7, url = FRAME_URL) => {
    const made = port(`${POPOVER_FRAME_PORT}:${token}`, { tab: { id: tab }, url });
    connect(made);
    return made;
  };
  return { compare, host, frame };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const states = (frame: FakePort) =>
  frame.sent.map(
    (message) => (message as { drawing: { state: { status: string } } | null }).drawing?.state.status ?? null,
  );

describe('the popover relay', () => {
  it('compares the figure its content script shows and gives the answer to the frame alone', async () => {
    const { compare, host, frame } = relay();
    const content = host();
    const popover = frame();
    content.say({ type: 'show', seq: 1, popover: request });
    await settle();
    expect(compare).toHaveBeenCalledWith(request);
    expect(states(popover)).toEqual(['loading', 'ready']);
    expect(JSON.stringify(popover.sent)).toContain(SECRET);
    expect(JSON.stringify(popover.sent)).not.toContain(PAGE_URL);
    expect(content.sent).toEqual([]);
  });

  it('passes the frame only its size, Escape and the pointer coming or going on to the content script', () => {
    const { host, frame } = relay();
    const content = host();
    const popover = frame();
    popover.say({ type: 'size', seq: 1, width: 380, height: 200, text: SECRET });
    popover.say({ type: 'escape', seq: 1 });
    popover.say({ type: 'pointer', seq: 1, over: true, text: SECRET });
    popover.say({ type: 'pointer', seq: 1, over: SECRET });
    popover.say({ type: 'draw', seq: 1, drawing: SECRET });
    expect(content.sent).toEqual([
      { type: 'size', seq: 1, width: 380, height: 200 },
      { type: 'escape', seq: 1 },
      { type: 'pointer', seq: 1, over: true },
    ]);
  });

  it('tells the frame to take focus for the showing it draws, never for an earlier one', async () => {
    const { host, frame } = relay();
    const content = host();
    const popover = frame();
    content.say({ type: 'show', seq: 2, popover: request });
    await settle();
    content.say({ type: 'focus', seq: 1 });
    content.say({ type: 'focus', seq: 2 });
    expect(popover.sent.filter((m) => (m as { type: string }).type === 'focus')).toEqual([
      { type: 'focus', seq: 2 },
    ]);
    // focus does not count as a new showing: the drawn one stays, and the same seq is not drawn again
    content.say({ type: 'show', seq: 2, popover: request });
    await settle();
    expect(popover.sent.filter((m) => (m as { type: string }).type === 'draw')).toHaveLength(2);
  });

  it('gives a frame that connects late what it should be drawing', async () => {
    const { host, frame } = relay();
    const content = host();
    content.say({ type: 'show', seq: 1, popover: request });
    await settle();
    const popover = frame();
    expect(states(popover)).toEqual(['ready']);
    content.say({ type: 'hide', seq: 2 });
    expect(states(popover)).toEqual(['ready', null]);
  });

  it('drops an answer that comes after the content script moved on', async () => {
    const { host, frame } = relay();
    const content = host();
    const popover = frame();
    content.say({ type: 'show', seq: 1, popover: request });
    content.say({ type: 'hide', seq: 2 });
    await settle();
    expect(states(popover)).toEqual(['loading', null]);
  });

  it('pairs a frame that connected first once its content script connects', async () => {
    const { host, frame } = relay();
    const popover = frame();
    expect(popover.disconnected).toBe(false);
    host().say({ type: 'show', seq: 1, popover: request });
    await settle();
    expect(states(popover)).toEqual(['loading', 'ready']);
  });

  it.each([
    ['another tab', () => ({ token: 'token1', tab: 8, url: FRAME_URL })],
    ['another token', () => ({ token: 'token2', tab: 7, url: FRAME_URL })],
    ['a web page', () => ({ token: 'token1', tab: 7, url: 'https://news.example/popover-frame.html' })],
    [
      'another extension page',
      () => ({ token: 'token1', tab: 7, url: 'chrome-extension://abcdef/options.html' }),
    ],
  ])('gives nothing to a frame of %s', async (_, sender) => {
    const { host, frame } = relay();
    const content = host();
    const { token, tab, url } = sender();
    const stranger = frame(token, tab, url);
    content.say({ type: 'show', seq: 1, popover: request });
    await settle();
    expect(stranger.sent).toEqual([]);
  });

  it("lets no second content script take a pair; a later frame of the pair takes the earlier one's place", async () => {
    const { host, frame } = relay();
    const content = host();
    const first = frame();
    const secondHost = host();
    expect(secondHost.disconnected).toBe(true);
    const second = frame();
    expect(first.disconnected).toBe(true);
    content.say({ type: 'show', seq: 1, popover: request });
    await settle();
    expect(first.sent).toEqual([]);
    expect(states(second)).toEqual(['loading', 'ready']);
    first.close();
    content.say({ type: 'hide', seq: 2 });
    expect(states(second)).toEqual(['loading', 'ready', null]);
  });

  it('takes no content script from an extension page', () => {
    const connect = createPopoverRelay({
      extensionProtocol: 'chrome-extension:',
      framePath: '/popover-frame.html',
      compare: vi.fn(),
    });
    const fake = port(`${POPOVER_HOST_PORT}:token1`, { tab: { id: 7 }, url: FRAME_URL });
    connect(fake);
    expect(fake.disconnected).toBe(true);
  });

  it('lets the frame go when its content script does', () => {
    const { host, frame } = relay();
    const content = host();
    const popover = frame();
    content.close();
    expect(popover.disconnected).toBe(true);
  });

  describe('a comparison expected while the pointer rests on a mark', () => {
    it('is made at once, drawn nowhere, and answers the showing of that figure', async () => {
      const { compare, host, frame } = relay();
      const content = host();
      const popover = frame();
      content.say({ type: 'expect', seq: 0, popover: request });
      await settle();
      expect(compare).toHaveBeenCalledTimes(1);
      expect(popover.sent).toEqual([]);
      expect(content.sent).toEqual([]);
      content.say({ type: 'show', seq: 1, popover: { ...request, theme: 'dark' } });
      await settle();
      expect(compare).toHaveBeenCalledTimes(1);
      expect(states(popover)).toEqual(['loading', 'ready']);
      expect(JSON.stringify(popover.sent)).toContain(SECRET);
      // taken once: the next showing compares again
      content.say({ type: 'show', seq: 2, popover: request });
      await settle();
      expect(compare).toHaveBeenCalledTimes(2);
    });

    it('is asked once while the pointer stays, and not taken for another figure or page text', async () => {
      const { compare, host, frame } = relay();
      const content = host();
      frame();
      content.say({ type: 'expect', seq: 0, popover: request });
      content.say({ type: 'expect', seq: 0, popover: request });
      expect(compare).toHaveBeenCalledTimes(1);
      const other = { ...request, figure: { text: '500 sq miles' } } as unknown as PopoverRequest;
      content.say({ type: 'show', seq: 1, popover: other });
      await settle();
      expect(compare).toHaveBeenCalledTimes(2);
      expect(compare).toHaveBeenLastCalledWith(other);
      content.say({ type: 'expect', seq: 1, popover: request });
      content.say({ type: 'show', seq: 2, popover: { ...request, pageText: 'the page changed' } });
      await settle();
      expect(compare).toHaveBeenCalledTimes(4);
    });

    it('is not taken once it is older than a popover takes to open, so no source added since is missed', async () => {
      let clock = 0;
      const { compare, host, frame } = relay(() => clock);
      const content = host();
      frame();
      content.say({ type: 'expect', seq: 0, popover: request });
      clock += EXPECTED_FOR_MS + 1;
      content.say({ type: 'show', seq: 1, popover: request });
      await settle();
      expect(compare).toHaveBeenCalledTimes(2);
    });

    it('runs one at a time, and of those asked meanwhile only the latest, which its showing takes', async () => {
      const { compare, host, frame } = relay();
      let answerFirst = () => {};
      compare.mockImplementationOnce(
        () => new Promise((resolve) => (answerFirst = () => resolve(ok({ ...reply, claimLabel: 'first' })))),
      );
      const content = host();
      const popover = frame();
      const at = (text: string) => ({ ...request, figure: { text } }) as unknown as PopoverRequest;
      for (const text of ['1 km', '2 km', '3 km', '4 km'])
        content.say({ type: 'expect', seq: 0, popover: at(text) });
      await settle();
      expect(compare).toHaveBeenCalledTimes(1);
      answerFirst();
      await settle();
      expect(compare).toHaveBeenCalledTimes(2);
      expect(compare).toHaveBeenLastCalledWith(at('4 km'));
      content.say({ type: 'show', seq: 1, popover: at('4 km') });
      await settle();
      expect(compare).toHaveBeenCalledTimes(2);
      expect(states(popover)).toEqual(['loading', 'ready']);
      expect(JSON.stringify(popover.sent)).toContain(SECRET);
    });

    it('gives a failed comparison to its showing as a failure', async () => {
      const { compare, host, frame } = relay();
      compare.mockImplementationOnce(async () => {
        throw new Error('the store is closed');
      });
      const content = host();
      const popover = frame();
      content.say({ type: 'expect', seq: 0, popover: request });
      await settle();
      content.say({ type: 'show', seq: 1, popover: request });
      await settle();
      expect(states(popover)).toEqual(['loading', 'failed']);
    });
  });

  describe('once an answer is drawn', () => {
    /** What `drawing` was given, each with whether it settled yet. */
    function watched() {
      const placed: Array<{ settled: boolean }> = [];
      const drawing = (settles: Promise<void>) => {
        const entry = { settled: false };
        placed.push(entry);
        void settles.then(() => (entry.settled = true));
      };
      return { placed, ...relay(undefined, drawing) };
    }

    it('says it is placed when its frame tells the size of that showing', async () => {
      const { placed, host, frame } = watched();
      const content = host();
      const popover = frame();
      content.say({ type: 'show', seq: 1, popover: request });
      await settle();
      expect(placed).toEqual([{ settled: false }]);
      popover.say({ type: 'size', seq: 0, width: 380, height: 200 });
      await settle();
      expect(placed).toEqual([{ settled: false }]);
      popover.say({ type: 'size', seq: 1, width: 380, height: 200 });
      await settle();
      expect(placed).toEqual([{ settled: true }]);
    });

    it('or when the showing ends, the content script or the frame goes, or the frame takes too long', async () => {
      const { placed, host, frame } = watched();
      const content = host();
      frame();
      content.say({ type: 'show', seq: 1, popover: request });
      await settle();
      content.say({ type: 'hide', seq: 2 });
      await settle();
      expect(placed.map((p) => p.settled)).toEqual([true]);

      content.say({ type: 'show', seq: 3, popover: request });
      await settle();
      content.close();
      await settle();
      expect(placed.map((p) => p.settled)).toEqual([true, true]);

      const other = watched();
      const otherFrame = other.frame();
      other.host().say({ type: 'show', seq: 1, popover: request });
      await settle();
      otherFrame.close();
      await settle();
      expect(other.placed.map((p) => p.settled)).toEqual([true]);

      vi.useFakeTimers();
      try {
        const late = watched();
        late.frame();
        late.host().say({ type: 'show', seq: 1, popover: request });
        await vi.advanceTimersByTimeAsync(PLACED_WITHIN_MS - 1);
        expect(late.placed.map((p) => p.settled)).toEqual([false]);
        await vi.advanceTimersByTimeAsync(1);
        expect(late.placed.map((p) => p.settled)).toEqual([true]);
      } finally {
        vi.useRealTimers();
      }
    });
  });
});
