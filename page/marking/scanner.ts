import type { ReadFigure } from '../../protocol/messages';
import { markLabel } from './labels';
import { Marker } from './marker';
import type { Viewport } from './nearViewport';
import { isInsideSkipped } from './skip';
import { segmentsOf, textOf, type Segment, type TextPiece } from './textMap';
import { textRuns } from './textRuns';
import { textWindows } from './textWindows';

/** A figure of the page and its marks; the first mark is the focusable one. */
export interface MarkedFigure {
  index: number;
  figure: ReadFigure;
  marks: Element[];
}

/** Reads the figures of known claims in each text (the background does it for the content script). */
export type FigureReader = (texts: string[], published: string) => Promise<ReadFigure[][] | null>;

export interface ScannerOptions {
  marker: Marker;
  read: FigureReader;
  /** The article's publication day, against which relative dates resolve. */
  published: () => string;
  /** Runs the callback soon, after the page had a chance to do its own work. */
  later: (callback: () => void) => void;
  /**
   * Runs each slice of work, which may mark the page: the content script runs it unseen by its watcher
   * of the page's additions, which would otherwise be told of every mark.
   */
  asOwnChange?: (change: () => void) => void;
  /**
   * Where the reader is: on a huge page, figures near it are marked first, all in one frame, and those
   * far from it a slice at a time in frames the viewport paces, or as soon as the reader nears them.
   * Without it, every figure is marked as soon as it is read.
   */
  viewport?: Viewport;
  /** How long one slice of work may take before it yields. */
  budgetMs?: number;
  /** How long a paced frame on a huge page may mark blocks far from the reader. */
  farBudgetMs?: number;
  now?: () => number;
}

const DEFAULT_BUDGET_MS = 8;
/**
 * Each frame that adds marks to a huge page costs it a whole layout, however few the marks (on a 5 MB
 * page, 55-110 ms for 10 marks or 400): a paced frame marks far blocks for longer than a slice reads,
 * so that the page has fewer such frames, still well within a task the reader does not feel.
 */
const DEFAULT_FAR_BUDGET_MS = 24;
/**
 * Blocks without a Latin letter or a digit hold no figure the engine reads. (The engine's own test,
 * engine/prefilter.ts, is finer but a regular expression of a hundred words, costly to compile on a page.)
 */
const MAY_BE_READ = /[0-9A-Za-z]/;
/** Texts are sent to be read in batches of about this many characters. */
const BATCH_CHARS = 24_000;

/** A block of the page whose text was sent to be read, and, once read, its figures. */
interface PendingBlock {
  block: Element;
  pieces: TextPiece[];
  text: string;
  /** Where each window sent to be read starts in `text`. */
  windowStarts: number[];
  figures?: ReadFigure[];
}

/**
 * Reads the text under the roots it is given, block by block, and marks the figures of known claims.
 * Works in short slices and yields between them so the page stays responsive. Scanning a block twice
 * marks nothing twice.
 */
export class FigureScanner {
  /**
   * The marked figures by index (the `data-kcc-figure` of their marks). A figure whose marks all left
   * the document is dropped when the page next adds content, so a page that keeps replacing its
   * article does not have every copy it dropped kept alive here.
   */
  readonly figures: Record<number, MarkedFigure> = Object.create(null) as Record<number, MarkedFigure>;
  private nextIndex = 0;
  /** The page added content, and may have removed some: marks that left it are forgotten first. */
  private forgetDue = false;
  private readonly queue: Node[] = [];
  private steps: Generator<void, void, undefined> | null = null;
  private scheduled = false;
  private readonly idleWaiters: Array<() => void> = [];
  private batch: PendingBlock[] = [];
  private batchChars = 0;
  private inFlight = 0;
  /** Blocks whose figures came back, waiting to be marked a block per step. */
  private readonly toMark: PendingBlock[] = [];
  /** On a huge page: blocks read but far from the viewport, in document order, marked at the viewport's pace. */
  private parked: PendingBlock[] = [];
  private frameAsked = false;
  private pacedAsked = false;
  /** In a frame's slice: whether blocks far from the reader get their turn too. */
  private frame: 'near' | 'far' | null = null;

  private stopped = false;

  constructor(private readonly options: ScannerOptions) {
    options.viewport?.onMove(() => {
      if (this.parked.length > 0) this.askFrame();
    });
  }

  /** Reads the text under `root` (content the page added) in slices, the first after the page's next task. */
  scan(root: Node): void {
    if (this.stopped) return;
    this.forgetDue = true;
    this.queue.push(root);
    this.schedule();
  }

  /** Reads the text under `root` in slices, the first one now. */
  scanNow(root: Node): void {
    if (this.stopped) return;
    this.queue.push(root);
    this.work();
  }

  /** Reads and marks nothing more (marks already made stay until the marker restores the page). */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.toMark.length = 0;
    this.parked = [];
    this.steps = null;
    this.batch = [];
    this.batchChars = 0;
    this.settle();
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Resolves once every queued root has been read, or the scanner was stopped. */
  whenIdle(): Promise<void> {
    if (!this.busy || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The marked figures still on the page, in document order. */
  figuresOnPage(): MarkedFigure[] {
    const onPage = Object.values(this.figures).filter(({ marks }) => marks[0]?.isConnected);
    if (onPage.length <= SORT_BY_COMPARING) {
      return onPage.sort((a, b) =>
        a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    }
    return inDocumentOrder(onPage);
  }

  private get busy(): boolean {
    return (
      this.steps !== null ||
      this.queue.length > 0 ||
      this.inFlight > 0 ||
      this.toMark.length > 0 ||
      this.parked.length > 0
    );
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.options.later(() => {
      this.scheduled = false;
      this.work();
    });
  }

  private work(): void {
    if (this.stopped) return;
    if (this.options.asOwnChange) this.options.asOwnChange(() => this.slice());
    else this.slice();
  }

  private slice(): void {
    const now = this.options.now ?? (() => performance.now());
    const start = now();
    const deadline = start + (this.options.budgetMs ?? DEFAULT_BUDGET_MS);
    if (this.forgetDue) this.forgetRemoved();
    const huge = this.options.viewport?.isHuge() ?? false;
    if (huge && this.frame) {
      // every frame that adds marks to a huge page costs it a whole layout: what is near the reader
      // is marked in one frame (a few screens' worth, however long it takes), the reading goes on after
      for (const block of this.takeNear()) this.markBlock(block);
      if (this.frame === 'far') {
        for (let block = this.parked.shift(); block; block = this.parked.shift()) {
          this.markBlock(block);
          if (now() >= start + (this.options.farBudgetMs ?? DEFAULT_FAR_BUDGET_MS)) break;
        }
      }
      if (this.parked.length > 0) this.askPaced();
    } else if (huge && this.toMark.length > 0) this.askFrame();
    // Each slice reads at least one block, so the work ends even on a slow machine.
    do {
      const read = huge ? undefined : this.toMark.shift();
      if (read) {
        this.markBlock(read);
        continue;
      }
      const steps = this.steps ?? this.nextRoot();
      if (!steps) {
        this.sendBatch();
        if (!this.busy) this.settle();
        return;
      }
      if (steps.next().done) this.steps = null;
    } while (now() < deadline);
    this.schedule();
  }

  /** Runs a slice once the page has drawn the last marks, when its layout is up to date. */
  private askFrame(): void {
    const viewport = this.options.viewport;
    if (this.frameAsked || this.stopped || !viewport) return;
    this.frameAsked = true;
    viewport.whenDrawn(() => {
      this.frameAsked = false;
      this.inFrame('near');
    });
  }

  /** Runs a slice that marks far blocks too, once drawn, at the pace the viewport allows. */
  private askPaced(): void {
    const viewport = this.options.viewport;
    if (this.pacedAsked || this.stopped || !viewport) return;
    this.pacedAsked = true;
    viewport.paced(() => {
      this.pacedAsked = false;
      this.inFrame('far');
    });
  }

  private inFrame(turn: 'near' | 'far'): void {
    this.frame = turn;
    try {
      this.work();
    } finally {
      this.frame = null;
    }
  }

  /** Moves the blocks read since the last frame among those waiting, and takes those near the reader. */
  private takeNear(): PendingBlock[] {
    // a block without figures has nothing to mark, near or far
    this.parked.push(...this.toMark.splice(0).filter(({ figures }) => figures && figures.length > 0));
    if (this.parked.length === 0) return [];
    const near = new Set(this.options.viewport!.near(this.parked, ({ block }) => block));
    if (near.size === 0) return [];
    const taken = this.parked.filter((_, i) => near.has(i));
    this.parked = this.parked.filter((_, i) => !near.has(i));
    return taken;
  }

  private nextRoot(): Generator<void, void, undefined> | null {
    for (let root = this.queue.shift(); root; root = this.queue.shift()) {
      if (root.isConnected && !isInsideSkipped(root)) return (this.steps = this.read(root));
    }
    return null;
  }

  /** Walks the blocks under a root, one step per block, gathering their text into batches to be read. */
  private *read(root: Node): Generator<void, void, undefined> {
    for (const { block, pieces } of textRuns(root)) {
      const text = textOf(pieces);
      if (!MAY_BE_READ.test(text)) continue;
      const windowStarts = textWindows(text).map(([from]) => from);
      this.batch.push({ block, pieces, text, windowStarts });
      this.batchChars += text.length;
      if (this.batchChars >= BATCH_CHARS) this.sendBatch();
      yield;
    }
  }

  private sendBatch(): void {
    const blocks = this.batch;
    if (blocks.length === 0) return;
    this.batch = [];
    this.batchChars = 0;
    const texts = blocks.flatMap(({ text, windowStarts }) =>
      windowStarts.map((from, k) => text.slice(from, windowStarts[k + 1] ?? text.length)),
    );
    this.inFlight++;
    const settleBatch = (results: ReadFigure[][] | null) => {
      this.inFlight--;
      if (results && !this.stopped) this.queueForMarking(blocks, results);
      // marked as the answer arrives, in slices as long as reading's
      this.work();
    };
    this.options.read(texts, this.options.published()).then(settleBatch, () => settleBatch(null));
  }

  /** Hands each block its figures back, with offsets into the whole block. */
  private queueForMarking(blocks: PendingBlock[], results: ReadFigure[][]): void {
    let window = 0;
    for (const block of blocks) {
      block.figures = block.windowStarts.flatMap((from) =>
        (results[window++] ?? [])
          .filter((figure) => figure.claim !== null)
          .map((figure) => ({ ...figure, start: figure.start + from, end: figure.end + from })),
      );
      this.toMark.push(block);
    }
  }

  /** Marks a block's figures, unless the page changed the block meanwhile (the change is read again). */
  private markBlock({ pieces, text, figures }: PendingBlock): void {
    if (textOf(pieces) === text && pieces.every((piece) => piece === null || piece.isConnected)) {
      this.markFigures(pieces, figures ?? []);
    }
  }

  /** Drops the figures whose marks all left the document, and has the marker let go of them. */
  private forgetRemoved(): void {
    this.forgetDue = false;
    for (const key of Object.keys(this.figures)) {
      const index = Number(key);
      const marks = this.figures[index]?.marks ?? [];
      if (marks.some((mark) => mark.isConnected)) continue;
      this.options.marker.forget(marks);
      delete this.figures[index];
    }
  }

  private settle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private markFigures(pieces: TextPiece[], figures: ReadFigure[]): void {
    const placed = figures
      .map((figure) => ({ figure, segments: segmentsOf(pieces, figure.start, figure.end) }))
      .filter((found): found is { figure: ReadFigure; segments: Segment[] } => isMarkable(found.segments))
      .map((found, offset) => ({ ...found, index: this.nextIndex + offset }));
    this.nextIndex += placed.length;
    // From the last figure backwards: splitting a text node keeps the offsets before the split valid.
    const marked = placed.reverse().map(({ figure, segments, index }) => ({
      index,
      figure,
      marks: this.options.marker.mark(segments, { index, label: markLabel(figure.text) }),
    }));
    for (const figure of marked) this.figures[figure.index] = figure;
  }
}

/**
 * Up to this many figures are put in order by comparing their marks. Comparing two nodes costs as
 * many steps as children precede them under their common parent: on a table of 10,000 rows, sorting
 * 20,000 marks that way held the page for over two seconds.
 */
const SORT_BY_COMPARING = 64;

/** The figures in the order of their first marks in the document, found in one walk over it. */
function inDocumentOrder(figures: MarkedFigure[]): MarkedFigure[] {
  const byMark = new Map(figures.map((figure) => [figure.marks[0]!, figure]));
  const document = figures[0]!.marks[0]!.ownerDocument;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
  const ordered: MarkedFigure[] = [];
  for (let node = walker.nextNode(); node && ordered.length < byMark.size; node = walker.nextNode()) {
    const figure = byMark.get(node as Element);
    if (figure) ordered.push(figure);
  }
  return ordered;
}

const isMarkable = (segments: Segment[] | null): segments is Segment[] =>
  segments !== null && segments.length > 0 && !segments.some(Marker.isMarked);
