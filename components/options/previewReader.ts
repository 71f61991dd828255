import type { Figure } from '../../engine/types';
import type { PreviewReply, PreviewRequest } from './previewMessages';
import PreviewWorkerScript from './preview.worker.ts?worker';

/** What the preview needs of a worker (a `Worker`, or a stand-in in tests). */
export interface PreviewWorker {
  postMessage(request: PreviewRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PreviewReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Reads an article's figures; resolves null when a later read took its place. */
export type PreviewReader = (text: string, published: string | null) => Promise<Figure[] | null>;

// Vite's worker import: WXT defines `import.meta.url` for its own reasons, which hides the
// `new Worker(new URL(…, import.meta.url))` form from Vite, so the worker is imported by query instead.
const startWorker = (): PreviewWorker => new PreviewWorkerScript() as PreviewWorker;

/**
 * Reads figures in a Web Worker (components/options/preview.worker.ts), so that the engine never runs on
 * the options page's main thread. One read at a time: a new read while one is running stops that
 * worker (the engine cannot be interrupted otherwise), which answers null, and starts another.
 */
export function workerPreviewReader(start: () => PreviewWorker = startWorker): PreviewReader {
  let worker: PreviewWorker | null = null;
  let pending: { id: number; settle: (figures: Figure[] | null) => void } | null = null;
  let nextId = 0;

  const settle = (figures: Figure[] | null) => {
    const current = pending;
    pending = null;
    current?.settle(figures);
  };

  return (text, published) => {
    if (pending && worker) {
      worker.terminate();
      worker = null;
      settle(null);
    }
    const running = (worker ??= start());
    running.onmessage = ({ data }) => {
      if (data.id === pending?.id) settle(data.figures);
    };
    running.onerror = (event) => {
      event.preventDefault();
      running.terminate();
      if (worker === running) worker = null;
      // the preview is a help, not a gate: a failed read shows no figures
      settle([]);
    };
    const id = ++nextId;
    return new Promise((resolve) => {
      pending = { id, settle: resolve };
      running.postMessage({ id, text, published });
    });
  };
}
