import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokens';

describe('tokens', () => {
  it('ends a word at any mark of General Punctuation that is not an apostrophe or hidden', () => {
    for (let c = 0x2000; c <= 0x206f; c++) {
      const mark = String.fromCharCode(c);
      if (c === 0x2019 || /\p{Cf}/u.test(mark) || /\s/.test(mark)) continue;
      expect(/[\p{L}\p{M}]/u.test(mark)).toBe(false);
      expect(tokenize(`Kursk${mark}region`).map((t) => t.text)).toEqual(['Kursk', mark, 'region']);
    }
  });

  it('keeps letters beyond ASCII inside words, and lowers them', () => {
    expect(tokenize('Śmigły-Rydz’s ÉTAT').map((t) => [t.text, t.base])).toEqual([
      ['Śmigły', 'śmigły'],
      ['-', '-'],
      ['Rydz’s', 'rydz'],
      ['ÉTAT', 'état'],
    ]);
  });
});
