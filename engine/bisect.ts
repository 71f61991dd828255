/**
 * The first index below `length` for which `reached` holds, or `length` when none does; `reached` must
 * be false up to some index and true from it on (a sorted list's items at or after a place).
 */
export function firstReached(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
