import { describe, expect, it } from 'vitest';
import { compileClaims, cueFinder } from '../../../engine/claims';
import { tokenize } from '../../../engine/tokens';
import { CLAIMS } from '../../../engine/taxonomy';

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

  it('keeps what it learnt of words bounded, however many different words a text holds', () => {
    const compiled = compileClaims(CLAIMS);
    const words = Array.from({ length: 60_000 }, (_, n) => `w${n.toString(36)}`).join(' ');
    const tokens = tokenize(words);
    cueFinder(compiled, tokens)(0, tokens.length);
    expect(compiled.words.size).toBeLessThanOrEqual(50_000);
  });
});
