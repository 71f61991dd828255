import type { PopoverDrawMessage } from '../../protocol/messages';

/** How long "Looking for other sources…" waits to be drawn: an answer within it is drawn alone. */
export const LOADING_DELAY_MS = 100;

export interface Timers {
  setTimeout(handler: () => void, timeout: number): number;
  clearTimeout(id: number | undefined): void;
}

/**
 * Passes each drawing on to `draw`, a loading one only once it has waited LOADING_DELAY_MS without
 * its answer. A comparison usually takes a few milliseconds: drawing "Looking for other sources…" and
 * laying it out first only made the answer wait behind it. Meanwhile `hold` is told of the showing,
 * to put away what an earlier one drew (the frame stays hidden until something is drawn and sized).
 */
export function delayLoading(
  draw: (message: PopoverDrawMessage) => void,
  hold: (message: PopoverDrawMessage) => void,
  timers: Timers = globalThis as unknown as Timers,
): (message: PopoverDrawMessage) => void {
  let pending: number | undefined;
  return (message) => {
    timers.clearTimeout(pending);
    pending = undefined;
    if (message.drawing?.state.status !== 'loading') return draw(message);
    hold(message);
    pending = timers.setTimeout(() => {
      pending = undefined;
      draw(message);
    }, LOADING_DELAY_MS);
  };
}
