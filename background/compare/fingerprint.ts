/** Shorter sentences only count as shared when they are the page's own sentence word for word. */
export const MIN_SHARED_LENGTH = 30;

/** Text with runs of white space as one space, so page text and stored text line up. */
export function squash(text: string): string {
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** White space that `squash` changes: two in a row, any but a space, or a space at either end. */
const UNSQUASHED = /\s\s|[^\S ]|^ | $/;

/**
 * What recognises a stored sentence (squashed) without keeping it: a 53-bit hash of all of it, so
 * wide that equal hashes stand for equal sentences, and 30-bit hashes of its first and of its last
 * MIN_SHARED_LENGTH characters (null when it is shorter than that), to look it up by.
 */
export interface SentenceFingerprint {
  whole: number;
  length: number;
  start: number | null;
  end: number | null;
}

export function fingerprintOf(sentence: string): SentenceFingerprint {
  const squashed = squash(sentence);
  const length = squashed.length;
  const long = length >= MIN_SHARED_LENGTH;
  // the hashes of the beginnings PrefixHashes would keep, taken as they pass: no arrays are made
  const endFrom = length - MIN_SHARED_LENGTH;
  let first = 0;
  let second = 0;
  let start = 0;
  let beforeEnd = 0;
  for (let i = 0; ; i++) {
    if (i === MIN_SHARED_LENGTH) start = first;
    if (i === endFrom) beforeEnd = first;
    if (i === length) break;
    const code = squashed.charCodeAt(i);
    first = (Math.imul(first, FIRST.base) + code) >>> 0;
    second = (Math.imul(second, SECOND.base) + code) >>> 0;
  }
  return {
    whole: wideOf(first, second),
    length,
    start: long ? start >>> 2 : null,
    end: long ? ((first - Math.imul(beforeEnd, powerOf(FIRST, MIN_SHARED_LENGTH))) >>> 0) >>> 2 : null,
  };
}

/** Stored long sentences (their fingerprints have a start), to look up in a `SearchableText`. */
export interface LongSentences<T> {
  /** The lengths of the sentences, by the hash of their start. */
  lengthsByStart: ReadonlyMap<number, readonly number[]>;
  /** The sentences, by the hash of all of each. */
  byWhole: ReadonlyMap<number, readonly T[]>;
}

/**
 * A squashed text that tells at once whether it holds a fingerprinted sentence, starting after its
 * start, a space or a punctuation mark.
 */
export class SearchableText {
  private readonly hashes: PrefixHashes;
  /** Where each hash of MIN_SHARED_LENGTH characters that can start a sentence is found. */
  private readonly startsAt = new Map<number, number[]>();

  constructor(text: string) {
    this.hashes = new PrefixHashes(text);
    for (let i = 0; i + MIN_SHARED_LENGTH <= text.length; i++) {
      if (i > 0 && isWordCharacter(text.charCodeAt(i - 1))) continue;
      const start = this.hashes.narrow(i, i + MIN_SHARED_LENGTH);
      const found = this.startsAt.get(start);
      if (found) found.push(i);
      else this.startsAt.set(start, [i]);
    }
  }

  holds(fingerprint: SentenceFingerprint): boolean {
    const starts = fingerprint.start === null ? undefined : this.startsAt.get(fingerprint.start);
    return starts !== undefined && this.holdsAt(starts, fingerprint);
  }

  /**
   * `found` for each of `stored`'s sentences that the text holds, as `holds` of each says (perhaps more
   * than once for one): by looking up, at each place where the text has one of their starts, a stretch
   * of each of their lengths. Many stored sentences may begin alike (a claim may have thousands, from
   * one outlet's template); they have far fewer lengths.
   */
  forEachHeld<T extends { fingerprint: SentenceFingerprint }>(
    stored: LongSentences<T>,
    found: (item: T) => void,
  ): void {
    const { lengthsByStart, byWhole } = stored;
    const check = (start: number, at: readonly number[], lengths: readonly number[]) => {
      for (const from of at)
        for (const length of lengths) {
          if (from + length > this.hashes.length) continue;
          for (const item of byWhole.get(this.hashes.wide(from, from + length)) ?? [])
            if (item.fingerprint.start === start && item.fingerprint.length === length) found(item);
        }
    };
    if (lengthsByStart.size < this.startsAt.size) {
      for (const [start, lengths] of lengthsByStart) {
        const at = this.startsAt.get(start);
        if (at !== undefined) check(start, at, lengths);
      }
    } else {
      for (const [start, at] of this.startsAt) {
        const lengths = lengthsByStart.get(start);
        if (lengths !== undefined) check(start, at, lengths);
      }
    }
  }

  private holdsAt(starts: readonly number[], { whole, length }: SentenceFingerprint): boolean {
    for (const at of starts) {
      if (at + length <= this.hashes.length && this.hashes.wide(at, at + length) === whole) return true;
    }
    return false;
  }
}

/** Two polynomial hashes, modulo 2³², of every beginning of a text: any stretch's hash follows from them. */
class PrefixHashes {
  readonly length: number;
  private readonly first: Uint32Array;
  private readonly second: Uint32Array;

  constructor(text: string) {
    this.length = text.length;
    this.first = new Uint32Array(text.length + 1);
    this.second = new Uint32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      this.first[i + 1] = Math.imul(this.first[i]!, FIRST.base) + code;
      this.second[i + 1] = Math.imul(this.second[i]!, SECOND.base) + code;
    }
  }

  /** A 30-bit hash of the characters from `from` up to `to`: a small integer, quick to look up. */
  narrow(from: number, to: number): number {
    return stretch(this.first, FIRST, from, to) >>> 2;
  }

  /** A 53-bit hash of the same. */
  wide(from: number, to: number): number {
    return wideOf(stretch(this.first, FIRST, from, to), stretch(this.second, SECOND, from, to));
  }
}

/** Both hashes of a stretch as one number, the second cut to the 21 bits a number has room for. */
function wideOf(first: number, second: number): number {
  return (second & 0x1f_ffff) * 2 ** 32 + first;
}

/** A hash's base and its powers worked out so far. */
interface Polynomial {
  base: number;
  powers: number[];
}

const FIRST: Polynomial = { base: 0x01000193, powers: [1] };
const SECOND: Polynomial = { base: 0x2f0b3a49, powers: [1] };

function stretch(prefix: Uint32Array, polynomial: Polynomial, from: number, to: number): number {
  return (prefix[to]! - Math.imul(prefix[from]!, powerOf(polynomial, to - from))) >>> 0;
}

/** The base to the power `n`, modulo 2³². */
function powerOf({ base, powers }: Polynomial, n: number): number {
  while (powers.length <= n) powers.push(Math.imul(powers.at(-1)!, base) >>> 0);
  return powers[n]!;
}

const GENERAL_PUNCTUATION = [0x2000, 0x206f] as const;

/** Letters and digits; any character beyond ASCII but general punctuation (dashes, curly quotes). */
function isWordCharacter(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code < GENERAL_PUNCTUATION[0] || code > GENERAL_PUNCTUATION[1];
}
