import { extract } from '../../engine/index';
import type { Figure } from '../../engine/types';
import { markLabel } from './labels';
import { Marker } from './marker';
import { isInsideSkipped } from './skip';
import { segmentsOf, textOf, type Segment, type TextPiece } from './textMap';
import { textRuns } from './textRuns';
import { textWindows } from './textWindows';

/** A figure of the page and its marks; the first mark is the focusable one. */
export interface MarkedFigure {
  index: number;
  figure: Figure;
  marks: Element[];
}

export interface ScannerOptions {
  marker: Marker;
  /** The article's publication day, against which relative dates resolve. */
  published: () => string;
  /** Runs the callback soon, after the page had a chance to do its own work. */
  later: (callback: () => void) => void;
  /** How long one slice of work may take before it yields. */
  budgetMs?: number;
  now?: () => number;
}

const DEFAULT_BUDGET_MS = 8;

/**
 * Reads the text under the roots it is given, block by block, and marks the figures of known claims.
 * Works in short slices and yields between them so the page stays responsive. Scanning a block twice
 * marks nothing twice.
 */
export class FigureScanner {
  readonly figures: MarkedFigure[] = [];
  private readonly queue: Node[] = [];
  private steps: Generator<void, void, undefined> | null = null;
  private scheduled = false;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly options: ScannerOptions) {}

  scan(root: Node): void {
    this.queue.push(root);
    this.schedule();
  }

  /** Resolves once every queued root has been read. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The marked figures still on the page, in document order. */
  figuresOnPage(): MarkedFigure[] {
    return this.figures
      .filter(({ marks }) => marks[0]?.isConnected)
      .sort((a, b) =>
        a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
  }

  private get busy(): boolean {
    return this.steps !== null || this.queue.length > 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.options.later(() => {
      this.scheduled = false;
      this.work();
    });
  }

  private work(): void {
    const now = this.options.now ?? (() => performance.now());
    const deadline = now() + (this.options.budgetMs ?? DEFAULT_BUDGET_MS);
    // Each slice reads at least one block, so the work ends even on a slow machine.
    do {
      const steps = this.steps ?? this.nextRoot();
      if (!steps) return this.settle();
      if (steps.next().done) this.steps = null;
    } while (now() < deadline);
    this.schedule();
  }

  private nextRoot(): Generator<void, void, undefined> | null {
    for (let root = this.queue.shift(); root; root = this.queue.shift()) {
      if (root.isConnected && !isInsideSkipped(root)) return (this.steps = this.read(root));
    }
    return null;
  }

  /** Reads the blocks under a root, one step per window of text; a block is marked once fully read. */
  private *read(root: Node): Generator<void, void, undefined> {
    for (const { pieces } of textRuns(root)) {
      const text = textOf(pieces);
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const found: Figure[] = [];
      for (const [from, to] of textWindows(text)) {
        const published = this.options.published();
        for (const figure of extract(text.slice(from, to), { published })) {
          if (figure.topic !== null)
            found.push({ ...figure, start: figure.start + from, end: figure.end + from });
        }
        yield;
      }
      // A block the page changed while it was being read is read again when the change is noticed.
      if (textOf(pieces) === text && pieces.every((piece) => piece === null || piece.isConnected)) {
        this.markFigures(pieces, found);
      }
    }
  }

  private settle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private markFigures(pieces: TextPiece[], figures: Figure[]): void {
    const placed = figures
      .map((figure) => ({ figure, segments: segmentsOf(pieces, figure.start, figure.end) }))
      .filter((found): found is { figure: Figure; segments: Segment[] } => isMarkable(found.segments))
      .map((found, offset) => ({ ...found, index: this.figures.length + offset }));
    // From the last figure backwards: splitting a text node keeps the offsets before the split valid.
    const marked = placed.reverse().map(({ figure, segments, index }) => ({
      index,
      figure,
      marks: this.options.marker.mark(segments, { index, label: markLabel(figure.text) }),
    }));
    this.figures.push(...marked.reverse());
  }
}

const isMarkable = (segments: Segment[] | null): segments is Segment[] =>
  segments !== null && segments.length > 0 && !segments.some(Marker.isMarked);
