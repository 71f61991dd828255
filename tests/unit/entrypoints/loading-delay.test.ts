import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { delayLoading, LOADING_DELAY_MS } from '../../../entrypoints/popover-frame/loadingDelay';
import type { PopoverDrawMessage, PopoverFrameDrawing } from '../../../protocol/messages';

const shown: Omit<PopoverFrameDrawing, 'state'> = {
  figure: {
    text: '1,368 square km',
    value: 1368,
    unit: 'km2',
    qualifier: 'exact',
    claim: 'territory.held',
    asOf: '2024-08',
    normalized: { value: 1368, unit: 'km2' },
    sentence: 'Kyiv said it held 1,368 square km.',
  },
  published: '2024-08-20',
  claimLabel: 'Land Ukraine holds in Kursk',
  label: 'Cross-check: 1,368 square km',
  areaUnit: 'km2',
};
const loading = (seq: number): PopoverDrawMessage => ({
  type: 'draw',
  seq,
  drawing: { ...shown, state: { status: 'loading' } },
});
const ready = (seq: number): PopoverDrawMessage => ({
  type: 'draw',
  seq,
  drawing: { ...shown, state: { status: 'failed', error: 'no store' } },
});
const hidden = (seq: number): PopoverDrawMessage => ({ type: 'draw', seq, drawing: null });

let drawn: Array<[number, string]>;
let held: number[];
let take: (message: PopoverDrawMessage) => void;

beforeEach(() => {
  vi.useFakeTimers();
  drawn = [];
  held = [];
  take = delayLoading(
    (message) => drawn.push([message.seq, message.drawing?.state.status ?? 'hidden']),
    (message) => held.push(message.seq),
  );
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the popover frame holding back its loading state', () => {
  it('draws an answer that comes within the delay alone', () => {
    take(loading(1));
    vi.advanceTimersByTime(LOADING_DELAY_MS - 1);
    take(ready(1));
    vi.advanceTimersByTime(LOADING_DELAY_MS * 2);
    expect(drawn).toEqual([[1, 'failed']]);
    expect(held).toEqual([1]);
  });

  it('draws the loading state once the answer is late, then the answer', () => {
    take(loading(1));
    expect(drawn).toEqual([]);
    vi.advanceTimersByTime(LOADING_DELAY_MS);
    expect(drawn).toEqual([[1, 'loading']]);
    take(ready(1));
    expect(drawn).toEqual([
      [1, 'loading'],
      [1, 'failed'],
    ]);
  });

  it('never draws the loading state of a showing hidden or followed by another', () => {
    take(loading(1));
    take(hidden(2));
    take(loading(3));
    take(loading(4));
    vi.advanceTimersByTime(LOADING_DELAY_MS);
    expect(drawn).toEqual([
      [2, 'hidden'],
      [4, 'loading'],
    ]);
    expect(held).toEqual([1, 3, 4]);
  });
});
