import { describe, expect, it } from 'vitest';
import type { PreviewReply, PreviewRequest } from '../../../../components/options/previewMessages';
import { workerPreviewReader, type PreviewWorker } from '../../../../components/options/previewReader';
import { extract } from '../../../../engine/index';

/** A stand-in for the worker that answers when told to, as the real one does (by request id). */
class FakeWorker implements PreviewWorker {
  onmessage: ((event: MessageEvent<PreviewReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly requests: PreviewRequest[] = [];
  terminated = false;
  postMessage(request: PreviewRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index = this.requests.length - 1): void {
    const { id, text, published } = this.requests[index]!;
    this.onmessage?.({ data: { id, figures: extract(text, { published }) } } as MessageEvent<PreviewReply>);
  }
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

const TEXT = 'Ukraine says as many as 11,000 North Korean troops are fighting in Kursk.';

describe('the preview reader', () => {
  it('hands the text to its worker and answers with what the worker read', async () => {
    const worker = new FakeWorker();
    const read = workerPreviewReader(() => worker);
    const reading = read(TEXT, '2025-03-16');
    expect(worker.requests).toEqual([{ id: 1, text: TEXT, published: '2025-03-16' }]);
    worker.answer();
    expect((await reading)?.map((figure) => figure.text)).toEqual(['as many as 11,000 North Korean troops']);
  });

  it('stops a worker still reading an older text, answers that read null, and reads the new one in another', async () => {
    const workers: FakeWorker[] = [];
    const read = workerPreviewReader(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const older = read('x'.repeat(1_000_000), null);
    const newer = read(TEXT, null);
    expect(await older).toBeNull();
    expect(workers.map((worker) => worker.terminated)).toEqual([true, false]);
    workers[1]!.answer();
    expect(await newer).toHaveLength(1);
    // once idle, the same worker reads the next text
    const next = read(TEXT, null);
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    expect(await next).toHaveLength(1);
  });

  it('shows no figures when the worker fails, and starts a new one for the next text', async () => {
    const workers: FakeWorker[] = [];
    const read = workerPreviewReader(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const failing = read(TEXT, null);
    workers[0]!.fail();
    expect(await failing).toEqual([]);
    const next = read(TEXT, null);
    expect(workers).toHaveLength(2);
    workers[1]!.answer();
    expect(await next).toHaveLength(1);
  });

  it('is what the add-source form reads with: the form itself never calls the engine', async () => {
    const { readFileSync } = await import('node:fs');
    const form = readFileSync(
      new URL('../../../../components/options/AddSourceForm.tsx', import.meta.url),
      'utf8',
    );
    expect(form).not.toMatch(/from '\.\.\/\.\.\/engine\/index'/);
    expect(form).toMatch(/workerPreviewReader/);
  });
});
