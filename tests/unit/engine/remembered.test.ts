import { describe, expect, it } from 'vitest';
import { remembered } from '../../../engine/remembered';

describe('remembered', () => {
  it('answers a string once, and again from memory, an undefined answer too', () => {
    const asked: string[] = [];
    const length = remembered((s: string) => (asked.push(s), s === 'none' ? undefined : s.length));
    expect([length('kursk'), length('kursk'), length('none'), length('none')]).toEqual([
      5,
      5,
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(['kursk', 'none']);
  });

  it('starts again past its size, still answering alike', () => {
    const asked: string[] = [];
    const upper = remembered((s: string) => (asked.push(s), s.toUpperCase()), 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
