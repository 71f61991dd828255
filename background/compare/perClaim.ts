import type { IndexedFigure } from './claimSnapshot';

/**
 * Work that depends on a claim's figures alone, done once for each version of them rather than on
 * every hover: the claim index hands out the same array of a claim's enabled figures until a write
 * changes them (`ClaimSnapshot.enabledFiguresOf`), and a new one after. Lists made from such an array
 * and kept with it (the figures that count, in `compare.ts`) are keys as good.
 */
export function perClaimFigures<T>(
  make: (figures: readonly IndexedFigure[]) => T,
): (figures: readonly IndexedFigure[]) => T {
  const made = new WeakMap<readonly IndexedFigure[], T>();
  return (figures) => {
    if (made.has(figures)) return made.get(figures)!;
    const value = make(figures);
    made.set(figures, value);
    return value;
  };
}
