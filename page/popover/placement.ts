export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'above' | 'below';
  /** The height the popover may take: all of it where it fits, else the room on its side. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the popover goes: below the mark when it fits, else above, else on the roomier side (then
 * it scrolls inside); always in the viewport, its left edge aligned with the mark's where possible.
 */
export function placePopover(
  anchor: Box,
  popover: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const spaceBelow = Math.max(0, viewport.height - (anchor.top + anchor.height) - GAP - MARGIN);
  const spaceAbove = Math.max(0, anchor.top - GAP - MARGIN);
  const fitsBelow = popover.height <= spaceBelow;
  const side = fitsBelow || (popover.height > spaceAbove && spaceBelow >= spaceAbove) ? 'below' : 'above';
  const height = Math.min(popover.height, side === 'below' ? spaceBelow : spaceAbove);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const clamp = (value: number, max: number) => Math.max(MARGIN, Math.min(value, max));
  return {
    side,
    maxHeight: height,
    top: clamp(top, viewport.height - MARGIN - height),
    left: clamp(anchor.left, viewport.width - MARGIN - popover.width),
  };
}
