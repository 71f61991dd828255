import { describe, expect, it } from 'vitest';
import { clauseMarks, compileClaims, cueFinder } from '../../../engine/claims';
import { tokenize } from '../../../engine/tokens';
import { CLAIMS } from '../../../engine/taxonomy';
import type { Claim } from '../../../engine/types';

describe('cue phrases', () => {
  it('finds the same cues at a word seen before as at its first sight', () => {
    const compiled = compileClaims(CLAIMS);
    const tokens = tokenize('Russia recaptured the land. Russia recaptured the land.');
    const found = cueFinder(compiled, tokens)(0, tokens.length);
    const first = found.filter((h) => h.at < 5).map((h) => [h.at, h.length, h.cue]);
    const second = found.filter((h) => h.at >= 5).map((h) => [h.at - 5, h.length, h.cue]);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });

  it("finds each taxonomy's own cues at a word, however taxonomies alternate", () => {
    const claim = (key: string, cue: string): Claim => ({
      key,
      label: key,
      dimension: 'area',
      timeVarying: false,
      asOf: 'published',
      cues: [[cue]],
    });
    const land = compileClaims([claim('land', 'recaptured')]);
    const none = compileClaims([claim('other', 'liberated')]);
    const tokens = tokenize('Russia recaptured 100 square km.');
    const cues = (compiled: typeof land) =>
      cueFinder(compiled, tokens)(0, tokens.length).map((h) => compiled.claims[h.cue.claim]!.key);
    expect([cues(land), cues(none), cues(land), cues(none)]).toEqual([['land'], [], ['land'], []]);
  });

  it('keeps what it learnt of words bounded, however many different words a text holds', () => {
    const compiled = compileClaims(CLAIMS);
    const words = Array.from({ length: 60_000 }, (_, n) => `w${n.toString(36)}`).join(' ');
    const tokens = tokenize(words);
    cueFinder(compiled, tokens)(0, tokens.length);
    expect(compiled.words.size).toBeLessThanOrEqual(50_000);
  });

  it("counts a sentence's contrast words and commas alike in an earlier sentence's room", () => {
    const tokens = tokenize(
      'First, a long one, with commas, and more, and more. Then this, while that; end.',
    );
    const second = tokens.findIndex((t) => t.text === 'Then');
    const fresh = clauseMarks(tokens, second, tokens.length);
    const reused = clauseMarks(tokens, second, tokens.length, clauseMarks(tokens, 0, second));
    const counts = (m: typeof fresh) =>
      [m.contrasts, m.commas].map((c) => Array.from(c.slice(0, tokens.length - second + 1)));
    expect(reused.from).toBe(second);
    expect(counts(reused)).toEqual(counts(fresh));
    // "Then this , while that ; end ." : a comma after "this", then "while" and ";" as contrasts
    expect(counts(fresh)).toEqual([
      [0, 0, 0, 0, 1, 1, 2, 2, 2],
      [0, 0, 0, 1, 1, 1, 1, 1, 1],
    ]);
  });
});
