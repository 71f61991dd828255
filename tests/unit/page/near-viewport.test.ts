// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Marker } from '../../../page/marking/marker';
import { nearPositions, pageViewport, type Viewport } from '../../../page/marking/nearViewport';
import { PageLifetime } from '../../../page/boot/lifetime';
import { MARK_SELECTOR } from '../../../page/marking/ownElements';
import { FigureScanner, type FigureReader } from '../../../page/marking/scanner';
import { readFigures } from '../../../background/readFigures';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const readAtOnce: FigureReader = async (texts, published) => readFigures(texts, published);
const ROW_HEIGHT = 20;
const VIEWPORT_HEIGHT = 100;

/** Table rows laid out one below the other, `scrolled` pixels up: the boxes happy-dom does not lay out. */
function rowsAt(count: number) {
  document.body.innerHTML = `<table>${Array.from(
    { length: count },
    (_, n) =>
      `<tr><td>Ukraine holds ${(200 + n).toLocaleString('en-US')} square kilometres of the Kursk region</td></tr>`,
  ).join('')}</table>`;
  const cells = [...document.querySelectorAll('td')];
  let scrolled = 0;
  cells.forEach((cell, n) => {
    cell.getBoundingClientRect = () =>
      ({
        top: n * ROW_HEIGHT - scrolled,
        bottom: (n + 1) * ROW_HEIGHT - scrolled,
        width: 300,
        height: ROW_HEIGHT,
      }) as DOMRect;
  });
  return { cells, scrollTo: (y: number) => (scrolled = y) };
}

/** A huge page's viewport whose frames, paced frames and scrolls the test runs by hand. */
function fakeViewport() {
  const frames: Array<() => void> = [];
  const paced: Array<() => void> = [];
  const moves: Array<() => void> = [];
  const viewport: Viewport = {
    isHuge: () => true,
    near: (items, elementOf) => nearPositions(items, elementOf, VIEWPORT_HEIGHT),
    whenDrawn: (callback) => frames.push(callback),
    paced: (callback) => paced.push(callback),
    onMove: (callback) => moves.push(callback),
  };
  const move = () => moves.forEach((run) => run());
  /** Runs the frames asked for until the scanner asks for none but paced ones. */
  const frames_ = async () => {
    await settle();
    while (frames.length > 0) {
      frames.splice(0).forEach((run) => run());
      await settle();
    }
  };
  /** Runs one paced frame; false when none was asked for. */
  const pacedFrame = async () => {
    const next = paced.shift();
    next?.();
    await settle();
    return next !== undefined;
  };
  /** Waits until the scanner read the page and asked for a frame to mark it in. */
  const untilFrameAsked = async () => {
    while (frames.length === 0) await settle();
  };
  return { viewport, move, frames: frames_, pacedFrame, untilFrameAsked };
}

const markedCells = () =>
  [...document.querySelectorAll('td')].flatMap((cell, n) => (cell.querySelector(MARK_SELECTOR) ? [n] : []));

afterEach(() => {
  document.body.innerHTML = '';
});

/** A scanner that reads at once, on a clock that moves a millisecond each time it is read. */
function scannerOn(viewport: Viewport, options: { farBudgetMs?: number } = {}): FigureScanner {
  let clock = 0;
  return new FigureScanner({
    marker: new Marker(document),
    read: readAtOnce,
    published: () => '2025-03-16',
    later: (callback) => setTimeout(callback, 0),
    viewport,
    budgetMs: 1,
    ...options,
    now: () => (clock += 1),
  });
}

/**
 * The page's renderings, faked: an IntersectionObserver whose targets observed since the last rendering
 * are told of it when a test runs the notices queued in `observed`.
 */
function renderings() {
  const observed: Array<() => void> = [];
  class Observer {
    constructor(private readonly notice: () => void) {}
    observe = () => observed.push(this.notice);
    disconnect = () => undefined;
  }
  return { observed, Observer };
}

describe('marking a huge page near the reader first', () => {
  it('marks what is near the viewport in one frame, the rest as the reader scrolls to it or a paced frame at a time', async () => {
    const { scrollTo } = rowsAt(60);
    const { viewport, move, frames, pacedFrame, untilFrameAsked } = fakeViewport();
    const scanner = scannerOn(viewport);
    let idle = false;
    scanner.scan(document.body);
    await untilFrameAsked();
    void scanner.whenIdle().then(() => (idle = true));
    // read, but nothing marked between frames
    expect(markedCells()).toEqual([]);
    await frames();
    // the viewport's 5 rows and half a viewport's height below it
    expect(markedCells()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);

    scrollTo(50 * ROW_HEIGHT);
    move();
    await frames();
    expect(markedCells()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, ...[47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]]);
    expect(idle).toBe(false);

    // far rows: a few per paced frame, in document order, until every one is marked
    expect(await pacedFrame()).toBe(true);
    const afterOne = markedCells().length;
    expect(afterOne).toBeGreaterThan(19);
    expect(afterOne).toBeLessThan(60);
    expect(markedCells().slice(0, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    while (await pacedFrame());
    expect(markedCells()).toHaveLength(60);
    await settle();
    expect(idle).toBe(true);
    expect(scanner.figuresOnPage()).toHaveLength(60);
  });

  it('marks far rows for longer in a paced frame than a slice reads, so the page has fewer frames with marks', async () => {
    const { scrollTo } = rowsAt(60);
    const { viewport, frames, pacedFrame, untilFrameAsked } = fakeViewport();
    const scanner = scannerOn(viewport, { farBudgetMs: 5 });
    scrollTo(30 * ROW_HEIGHT);
    scanner.scan(document.body);
    await untilFrameAsked();
    await frames();
    const near = markedCells().length;
    expect(near).toBeGreaterThan(0);
    expect(await pacedFrame()).toBe(true);
    // a millisecond a block on this clock: five far blocks, where a reading slice would take one
    expect(markedCells().length - near).toBe(5);
  });

  it('finds the near ones among many by their boxes, and counts an element without a box as near', () => {
    const { cells, scrollTo } = rowsAt(1_000);
    scrollTo(500 * ROW_HEIGHT);
    cells[2]!.getBoundingClientRect = () => ({ top: 0, bottom: 0, width: 0, height: 0 }) as DOMRect;
    const near = nearPositions(cells, (cell) => cell, VIEWPORT_HEIGHT);
    expect(near).toEqual(Array.from({ length: 11 }, (_, k) => 497 + k));
    expect(nearPositions(cells.slice(0, 5), (cell) => cell, VIEWPORT_HEIGHT)).toEqual([2]);
  });

  it('gives the page eight times as long as the heaviest frame took since the last pause, two seconds at most', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { observed, Observer } = renderings();
      const page = {
        defaultView: { IntersectionObserver: Observer },
        documentElement: {},
        getElementsByTagName: () => [],
      } as unknown as Document;
      const viewport = pageViewport(new PageLifetime(() => true), page, () => 0);
      /** A frame with marks whose drawing takes `ms`. */
      const frame = (ms: number) => {
        viewport.whenDrawn(() => undefined);
        vi.advanceTimersByTime(0);
        vi.advanceTimersByTime(ms);
        observed.splice(0).forEach((notice) => notice());
      };
      let ran = 0;
      /** How long a paced callback waits, to the nearest 10 ms above. */
      const pausedFor = () => {
        ran = 0;
        viewport.paced(() => ran++);
        let waited = 0;
        while (ran === 0) {
          vi.advanceTimersByTime(10);
          waited += 10;
        }
        return waited;
      };
      frame(100);
      const afterShort = pausedFor();
      expect(afterShort).toBeGreaterThanOrEqual(800);
      expect(afterShort).toBeLessThan(850);
      observed.splice(0).forEach((notice) => notice());
      frame(600);
      const afterLong = pausedFor();
      expect(afterLong).toBeGreaterThanOrEqual(2_000);
      expect(afterLong).toBeLessThan(2_050);
      observed.splice(0).forEach((notice) => notice());

      // a frame that marked nothing after one that marked much: the pause is the long one's
      frame(200);
      frame(5);
      const afterNothing = pausedFor();
      expect(afterNothing).toBeGreaterThanOrEqual(1_600);
      expect(afterNothing).toBeLessThan(1_650);
      observed.splice(0).forEach((notice) => notice());

      // asked for by a frame's callback: after that frame's own drawing, as long as eight times it
      let paced = false;
      viewport.whenDrawn(() => viewport.paced(() => (paced = true)));
      vi.advanceTimersByTime(0);
      vi.advanceTimersByTime(150);
      observed.splice(0).forEach((notice) => notice());
      vi.advanceTimersByTime(1_190);
      expect(paced).toBe(false);
      vi.advanceTimersByTime(20);
      expect(paced).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks in a task of its own, and again only once the page has drawn the last marks', () => {
    vi.useFakeTimers();
    try {
      const { observed, Observer } = renderings();
      // no frame callbacks: the frame that draws the marks must run none of the extension's code
      const window = { IntersectionObserver: Observer };
      const page = {
        defaultView: window,
        documentElement: {},
        getElementsByTagName: () => [],
      } as unknown as Document;
      const viewport = pageViewport(new PageLifetime(() => true), page, () => 0);
      const draw = () => observed.splice(0).forEach((notice) => notice());
      const ran: string[] = [];

      viewport.whenDrawn(() => ran.push('first'));
      expect(ran).toEqual([]);
      vi.runOnlyPendingTimers();
      expect(ran).toEqual(['first']);

      // the first marks are not drawn yet: the second waits for them
      viewport.whenDrawn(() => ran.push('second'));
      vi.runOnlyPendingTimers();
      expect(ran).toEqual(['first']);
      draw();
      expect(ran).toEqual(['first']);
      vi.runOnlyPendingTimers();
      expect(ran).toEqual(['first', 'second']);
    } finally {
      vi.useRealTimers();
    }
  });
});
