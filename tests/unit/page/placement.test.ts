import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../page/popover/placement';

const viewport = { width: 1000, height: 800 };
const popover = { width: 380, height: 300 };

describe('placing the popover by its mark', () => {
  it('goes below the mark when there is room, aligned with its left edge', () => {
    const placement = placePopover({ top: 100, left: 200, width: 80, height: 20 }, popover, viewport);
    expect(placement).toEqual({ side: 'below', top: 126, left: 200, maxHeight: 300 });
  });

  it('goes above a mark near the bottom of the window', () => {
    const placement = placePopover({ top: 700, left: 200, width: 80, height: 20 }, popover, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(700);
  });

  it('stays inside the window on the right', () => {
    const placement = placePopover({ top: 100, left: 900, width: 80, height: 20 }, popover, viewport);
    expect(placement.left + popover.width).toBeLessThanOrEqual(viewport.width);
  });

  it('scrolls inside on the roomier side when it fits neither, never covering the mark', () => {
    const tall = { width: 380, height: 700 };
    const mark = { top: 300, left: 10, width: 80, height: 20 };
    const placement = placePopover(mark, tall, viewport);
    expect(placement.side).toBe('below');
    expect(placement.top).toBeGreaterThanOrEqual(mark.top + mark.height);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(viewport.height);
  });
});
