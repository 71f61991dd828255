import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  MIN_SHARED_LENGTH,
  SearchableText,
  squash,
} from '../../../../background/compare/fingerprint';

const WORDS = 'Ukraine still holds about 450 square kilometres of the Kursk region, a general said'.split(
  ' ',
);

/** Sentences of every length up to 90 characters, some with white space `squash` changes. */
const sentences = Array.from({ length: 90 }, (_, length) => {
  const text = WORDS.join(' ').repeat(2).slice(0, length);
  return length % 3 === 0 ? `  ${text.replace(/ /g, '\n ')}\t` : text;
});

describe('sentence fingerprints', () => {
  it('are found in a text that holds the sentence, at its start or after a space, from this many characters on', () => {
    for (const sentence of sentences) {
      const squashed = squash(sentence);
      const long = squashed.length >= MIN_SHARED_LENGTH;
      expect(new SearchableText(squashed).holds(fingerprintOf(sentence))).toBe(long);
      expect(new SearchableText(`Earlier: ${squashed} And more.`).holds(fingerprintOf(sentence))).toBe(long);
    }
  });

  it('tell sentences that begin or end alike by their first and last characters alone', () => {
    const end = 'of the Kursk region, officials said on Friday.';
    const a = fingerprintOf(`Ukraine still holds about 450 square kilometres ${end}`);
    const b = fingerprintOf(`Russia says it has retaken nearly all ${end}`);
    expect(a.end).toBe(b.end);
    expect(a.start).not.toBe(b.start);
    expect(a.whole).not.toBe(b.whole);
    expect(fingerprintOf(`${end} More.`).start).toBe(fingerprintOf(`${end} Less.`).start);
  });

  it('are the same for a sentence whatever its white space', () => {
    expect(fingerprintOf(' Some  12,000\ntroops were sent. ')).toEqual(
      fingerprintOf('Some 12,000 troops were sent.'),
    );
    expect(squash('\u00a0a\t b ')).toBe('a b');
    expect(squash('a b')).toBe('a b');
  });
});
