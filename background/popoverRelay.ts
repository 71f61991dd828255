import {
  err,
  POPOVER_FRAME_PORT,
  POPOVER_HOST_PORT,
  type CompareReply,
  type PopoverDrawMessage,
  type PopoverHostMessage,
  type PopoverRequest,
  type Result,
} from '../protocol/messages';

/** The parts of a runtime port the relay uses (browser.runtime.Port). */
export interface RelayPort {
  name: string;
  sender?: { tab?: { id?: number }; url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * How long a comparison made while the pointer rested on a mark may answer that mark's showing: the
 * popover opens 150 ms after the pointer comes to rest, and an older answer could miss a source added
 * since.
 */
export const EXPECTED_FOR_MS = 1_000;

/** How long after its answer is sent a popover's frame may take to say its size, as `drawing` waits. */
export const PLACED_WITHIN_MS = 250;

export interface RelayOptions {
  /** The protocol of the extension's own pages ("chrome-extension:", "moz-extension:"). */
  extensionProtocol: string;
  /** The path of the popover's frame page ("/popover-frame.html"). */
  framePath: string;
  compare(request: PopoverRequest): Promise<Result<CompareReply>>;
  /**
   * Given, once a popover's answer is sent to its frame, what settles once the frame has said its
   * size (the page places the popover by it), or the showing ended, or `PLACED_WITHIN_MS` passed: the
   * size goes from the frame to the page through the service worker, which other work may hold up.
   */
  drawing?: (placed: Promise<void>) => void;
  /** Milliseconds, for the age of an expected comparison; `performance.now` unless a test says. */
  now?: () => number;
}

/** A comparison asked for ahead of its showing. */
interface Expected {
  request: PopoverRequest;
  at: number;
  answer: Promise<Result<CompareReply>>;
  /** False once the pointer rests on another mark: if it has not started, it never does. */
  wanted: boolean;
}

interface Pair {
  host: RelayPort;
  frame: RelayPort | null;
  /** The showing the content script asked for last. */
  seq: number;
  /** What the frame was last told to draw, for a frame that connects after it was said. */
  last: PopoverDrawMessage | null;
  /** The comparison of the mark the pointer rests on, if it was asked for. */
  expected: Expected | null;
  /** The last expected comparison asked of the background, until it answers. */
  inFlight: Promise<unknown> | null;
  /** Settles what `drawing` was given for the answer drawn last, until the frame says its size. */
  placed: (() => void) | null;
}

/** True when two requests ask for the same comparison (what `compare` reads of them). */
const sameComparison = (a: PopoverRequest, b: PopoverRequest): boolean =>
  a.pageUrl === b.pageUrl &&
  a.pageText === b.pageText &&
  JSON.stringify(a.figure) === JSON.stringify(b.figure);

/**
 * Pairs each popover's content script with its frame, within one tab, by the token both name their
 * port with; compares the figure the content script shows and gives the answer to the frame only.
 * The content script hears from the frame only the drawn popover's size, an Escape and the pointer
 * coming in or going out; the frame hears from it only what to draw and when to take focus. A figure
 * the content script expects to show (the reader's pointer rests on its mark) is compared at once,
 * and its showing takes that answer: the popover opens 150 ms later, with its answer ready.
 *
 * Who may connect: a host port comes from a content script (a tab, and not one of the extension's own
 * pages), one per token; a frame port from the popover's frame page in the same tab, the latest one
 * taking the place of an earlier one (the content script put its frame back). Pages cannot connect at
 * all (the extension declares no `externally_connectable`), nor read a frame page.
 */
export function createPopoverRelay(options: RelayOptions): (port: RelayPort) => void {
  const pairs = new Map<string, Pair>();
  /** Frames that connected before their content script did. */
  const waitingFrames = new Map<string, RelayPort>();

  const isFramePage = (url: string | undefined): boolean => {
    if (!url) return false;
    const { protocol, pathname } = new URL(url);
    return protocol === options.extensionProtocol && pathname === options.framePath;
  };
  const isExtensionPage = (url: string | undefined): boolean =>
    url !== undefined && new URL(url).protocol === options.extensionProtocol;

  const now = options.now ?? (() => performance.now());
  const compare = (request: PopoverRequest): Promise<Result<CompareReply>> =>
    options.compare(request).catch((error: unknown) => err(String(error)));
  /** True when `expected` is the comparison `request` asks for, and recent enough to answer it. */
  const answers = (expected: Expected, request: PopoverRequest): boolean =>
    now() - expected.at <= EXPECTED_FOR_MS && sameComparison(expected.request, request);
  /** The expected comparison for `request`, if it is the same one and recent; taken once. */
  const takeExpected = (pair: Pair, request: PopoverRequest) => {
    const { expected } = pair;
    pair.expected = null;
    return expected && answers(expected, request) ? expected.answer : null;
  };
  /**
   * The pointer rests on a mark: its comparison starts now, to be ready when its popover opens. One
   * runs at a time, and of those asked meanwhile only the latest runs next: a pointer swept across a
   * column of marks costs two comparisons, not one per mark, for the popover that does open to wait on.
   */
  const expect = (pair: Pair, request: PopoverRequest) => {
    const { expected } = pair;
    if (expected) {
      if (answers(expected, request)) return;
      expected.wanted = false;
    }
    const entry = { request, at: now(), wanted: true };
    const run = () => (entry.wanted ? compare(request) : Promise.resolve(err('no longer expected')));
    const answer = pair.inFlight ? pair.inFlight.then(run) : run();
    pair.expected = Object.assign(entry, { answer });
    pair.inFlight = answer;
    void answer.then(() => {
      if (pair.inFlight === answer) pair.inFlight = null;
    });
  };

  const draw = (pair: Pair, message: PopoverDrawMessage) => {
    pair.last = message;
    pair.frame?.postMessage(message);
  };

  const show = async (pair: Pair, seq: number, request: PopoverRequest) => {
    const { pageUrl: _pageUrl, pageText: _pageText, ...shown } = request;
    draw(pair, { type: 'draw', seq, drawing: { ...shown, state: { status: 'loading' } } });
    const result = await (takeExpected(pair, request) ?? compare(request));
    if (pair.seq !== seq) return;
    draw(pair, {
      type: 'draw',
      seq,
      drawing: {
        ...shown,
        state: result.ok
          ? { status: 'ready', reply: result.value }
          : { status: 'failed', error: result.error },
      },
    });
    untilPlaced(pair);
  };

  const untilPlaced = (pair: Pair) => {
    if (!options.drawing) return;
    pair.placed?.();
    options.drawing(
      new Promise<void>((resolve) => {
        const placed = () => {
          clearTimeout(timer);
          if (pair.placed === placed) pair.placed = null;
          resolve();
        };
        const timer = setTimeout(placed, PLACED_WITHIN_MS);
        pair.placed = placed;
      }),
    );
  };

  const connectHost = (port: RelayPort, key: string) => {
    if (pairs.has(key) || isExtensionPage(port.sender?.url)) return port.disconnect();
    const pair: Pair = {
      host: port,
      frame: null,
      seq: 0,
      last: null,
      expected: null,
      inFlight: null,
      placed: null,
    };
    pairs.set(key, pair);
    const waiting = waitingFrames.get(key);
    waitingFrames.delete(key);
    if (waiting) attachFrame(pair, waiting);
    port.onMessage.addListener((message) => {
      const request = message as PopoverHostMessage;
      if (typeof request?.seq !== 'number') return;
      // focus goes to the showing the frame draws now, never to an earlier one
      if (request.type === 'focus') {
        if (request.seq === pair.seq) pair.frame?.postMessage({ type: 'focus', seq: request.seq });
        return;
      }
      // an expected comparison draws nothing and starts no showing
      if (request.type === 'expect') {
        if (typeof request.popover === 'object' && request.popover) expect(pair, request.popover);
        return;
      }
      if (request.seq <= pair.seq) return;
      pair.seq = request.seq;
      pair.placed?.();
      if (request.type === 'hide') draw(pair, { type: 'draw', seq: request.seq, drawing: null });
      else if (request.type === 'show' && typeof request.popover === 'object' && request.popover)
        void show(pair, request.seq, request.popover);
    });
    port.onDisconnect.addListener(() => {
      pairs.delete(key);
      pair.placed?.();
      pair.frame?.disconnect();
    });
  };

  const connectFrame = (port: RelayPort, key: string) => {
    if (!isFramePage(port.sender?.url)) return port.disconnect();
    const pair = pairs.get(key);
    if (pair) return attachFrame(pair, port);
    waitingFrames.get(key)?.disconnect();
    waitingFrames.set(key, port);
    port.onDisconnect.addListener(() => {
      if (waitingFrames.get(key) === port) waitingFrames.delete(key);
    });
  };

  /** The latest frame of a pair is the one drawn in: its content script made it again (reloaded). */
  const attachFrame = (pair: Pair, port: RelayPort) => {
    pair.frame?.disconnect();
    pair.frame = port;
    port.onMessage.addListener((message) => {
      const said = message as {
        type?: unknown;
        seq?: unknown;
        width?: unknown;
        height?: unknown;
        over?: unknown;
      };
      if (typeof said?.seq !== 'number') return;
      if (said.type === 'escape') pair.host.postMessage({ type: 'escape', seq: said.seq });
      else if (said.type === 'pointer' && typeof said.over === 'boolean')
        pair.host.postMessage({ type: 'pointer', seq: said.seq, over: said.over });
      else if (said.type === 'size' && typeof said.width === 'number' && typeof said.height === 'number') {
        pair.host.postMessage({ type: 'size', seq: said.seq, width: said.width, height: said.height });
        if (said.seq === pair.seq) pair.placed?.();
      }
    });
    port.onDisconnect.addListener(() => {
      if (pair.frame !== port) return;
      pair.frame = null;
      pair.placed?.();
    });
    if (pair.last) port.postMessage(pair.last);
  };

  return (port) => {
    const [kind, token, ...rest] = port.name.split(':');
    const tab = port.sender?.tab?.id;
    if (!token || rest.length > 0 || typeof tab !== 'number') return;
    const key = `${tab}:${token}`;
    if (kind === POPOVER_HOST_PORT) connectHost(port, key);
    else if (kind === POPOVER_FRAME_PORT) connectFrame(port, key);
  };
}
