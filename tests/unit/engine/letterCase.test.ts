import { describe, expect, it } from 'vitest';
import { startsLower, startsUpper } from '../../../engine/letterCase';

describe('letter case', () => {
  it('tells a first capital or small letter as Unicode does, for every first character', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const text = `${String.fromCharCode(c)}x`;
      if (startsUpper(text) !== /^\p{Lu}/u.test(text)) wrong.push(`upper ${c.toString(16)}`);
      if (startsLower(text) !== /^\p{Ll}/u.test(text)) wrong.push(`lower ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect([startsUpper('𝐀x'), startsLower('𝐚x'), startsUpper(''), startsLower('')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
