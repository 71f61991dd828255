import { describe, expect, it } from 'vitest';
import { firstReached } from '../../../engine/bisect';

describe('firstReached', () => {
  it('finds the first place a sorted list reaches a value, or its length when none does', () => {
    const list = [1, 3, 3, 5, 8];
    for (let at = 0; at <= 9; at++)
      expect(firstReached(list.length, (i) => list[i]! >= at)).toBe(
        list.findIndex((v) => v >= at) === -1 ? list.length : list.findIndex((v) => v >= at),
      );
    expect(firstReached(0, () => true)).toBe(0);
  });
});
