/** Shorter sentences only count as shared when they are the page's own sentence word for word. */
export const MIN_SHARED_LENGTH = 30;

/** Text with runs of white space as one space, so page text and stored text line up. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What recognises a stored sentence (squashed) without keeping it: polynomial hashes of all of it,
 * of its first and of its last MIN_SHARED_LENGTH characters (null when it is shorter than that).
 */
export interface SentenceFingerprint {
  whole: number;
  length: number;
  start: number | null;
  end: number | null;
}

export function fingerprintOf(sentence: string): SentenceFingerprint {
  const squashed = squash(sentence);
  const prefix = prefixHashes(squashed);
  const length = squashed.length;
  const long = length >= MIN_SHARED_LENGTH;
  return {
    whole: hashBetween(prefix, 0, length),
    length,
    start: long ? hashBetween(prefix, 0, MIN_SHARED_LENGTH) : null,
    end: long ? hashBetween(prefix, length - MIN_SHARED_LENGTH, length) : null,
  };
}

/**
 * A squashed text that tells at once whether it holds a fingerprinted sentence, starting after its
 * start, a space or a punctuation mark. A hash match stands for a match: the few false ones are
 * caught by comparing the sentences themselves.
 */
export class SearchableText {
  private readonly prefix: Uint32Array;
  /** Where each hash of MIN_SHARED_LENGTH characters that can start a sentence is found. */
  private readonly startsAt = new Map<number, number[]>();

  constructor(text: string) {
    this.prefix = prefixHashes(text);
    for (let i = 0; i + MIN_SHARED_LENGTH <= text.length; i++) {
      if (i > 0 && isWordCharacter(text.charCodeAt(i - 1))) continue;
      const start = hashBetween(this.prefix, i, i + MIN_SHARED_LENGTH);
      const found = this.startsAt.get(start);
      if (found) found.push(i);
      else this.startsAt.set(start, [i]);
    }
  }

  holds({ start, whole, length }: SentenceFingerprint): boolean {
    if (start === null) return false;
    const end = this.prefix.length - 1;
    return (this.startsAt.get(start) ?? []).some(
      (at) => at + length <= end && hashBetween(this.prefix, at, at + length) === whole,
    );
  }
}

const BASE = 0x01000193;
const powers: number[] = [1];

/** Hashes of every beginning of a text, modulo 2³²: `prefix[k]` covers its first k characters. */
function prefixHashes(text: string): Uint32Array {
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = Math.imul(prefix[i]!, BASE) + text.charCodeAt(i);
  return prefix;
}

function powerOf(exponent: number): number {
  while (powers.length <= exponent) powers.push(Math.imul(powers.at(-1)!, BASE) >>> 0);
  return powers[exponent]!;
}

/** The hash of the characters from `from` up to `to`, from the hashes of the text's beginnings. */
function hashBetween(prefix: Uint32Array, from: number, to: number): number {
  return (prefix[to]! - Math.imul(prefix[from]!, powerOf(to - from))) >>> 0;
}

const GENERAL_PUNCTUATION = [0x2000, 0x206f] as const;

/** Letters and digits; any character beyond ASCII but general punctuation (dashes, curly quotes). */
function isWordCharacter(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code < GENERAL_PUNCTUATION[0] || code > GENERAL_PUNCTUATION[1];
}
