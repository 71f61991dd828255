/** The words of a list written with single spaces, as a set to look tokens' words up in. */
export const words = (list: string): Set<string> => new Set(list.split(' '));

/**
 * Classes of words, each one bit of `token.word.classes`: a token's word is looked up once, when the text
 * is cut into tokens, and every pass that asks whether it is a month, a reporting verb or a contrast tests
 * a bit instead of looking the same word up again in a set of its own (most of a text's words, in each
 * pass). Classes are made when their module loads, before any text is read.
 */
const classes: Array<ReadonlySet<string>> = [];
/** At most 31 classes: a token's classes are a small integer. */
const MAX_CLASSES = 31;
/** What is known of one word or symbol, whichever token holds it. */
export interface Word {
  /** The classes it belongs to, as bits. */
  classes: number;
  /**
   * The cue phrases it may open in the taxonomy `cuesIn` (`claims.ts` fills both, for the taxonomy last
   * asked): a token's word is found once, so its cues need no look-up of their own.
   */
  cuesIn: object | null;
  cues: unknown;
}

/** The words seen, bounded like the engine's other memories. */
const known = new Map<string, Word>();
const MAX_KNOWN = 50_000;

/** Numbers and blank lines: in no class, and not remembered. */
export const NO_WORD: Readonly<Word> = Object.freeze({ classes: 0, cuesIn: null, cues: undefined });

/**
 * A class of words and symbols ("while", ";"): the bit a token's word's `classes` holds when its lower-case
 * text is one of `members`. A number is never in one (tokens of numbers have none), nor a blank line.
 */
export function wordClass(members: Iterable<string>): number {
  const set = new Set(members);
  for (const member of set)
    if (/^[\d\s]/.test(member) || member === '') throw new Error(`not a word: "${member}"`);
  if (classes.length >= MAX_CLASSES) throw new Error('too many word classes');
  classes.push(set);
  known.clear();
  spellings.clear();
  return 1 << (classes.length - 1);
}

/** The word of a lower-case word or symbol, the same object for every token that holds it. */
export function wordOf(lower: string): Word {
  let found = known.get(lower);
  if (found === undefined) {
    let bits = 0;
    for (let k = 0; k < classes.length; k++) if (classes[k]!.has(lower)) bits |= 1 << k;
    found = { classes: bits, cuesIn: null, cues: undefined };
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(lower, found);
  }
  return found;
}

/** A word as a text writes it, and what follows from that: one object for every token written alike. */
export interface Spelling {
  text: string;
  /** Lower-case, with curly apostrophes straightened. */
  lower: string;
  /** Without a trailing possessive. */
  base: string;
  word: Word;
  /** Another spelling whose code units hash alike. */
  next: Spelling | undefined;
}

/** Spellings kept of one hash. */
const MAX_SAME_HASH = 4;
/** Spellings seen, by the hash of their code units (`spellingHash`); bounded like the words. */
const spellings = new Map<number, Spelling>();

/** The hash of a spelling's code units, taken a unit at a time as the text is cut: `spellingHash(h, c)`. */
export const spellingHash = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) & 0x3fffffff;

/**
 * The spelling of the word at [from, to) of `text`, whose code units hash to `hash`. A word written as
 * before (most of a text's words) is found without making a string of it: no copy of its letters, no
 * lower-casing, no look-up of a new string, whose hash would be worked out first.
 */
export function spellingAt(
  text: string,
  from: number,
  to: number,
  hash: number,
  /** The word holds a curly apostrophe. */
  curly: boolean,
  /** The word may hold a letter other than a to z. */
  cased: boolean,
): Spelling {
  const first = spellings.get(hash);
  let depth = 0;
  for (let s = first; s !== undefined; s = s.next, depth++) if (writtenAt(s.text, text, from, to)) return s;
  const written = text.slice(from, to);
  const raw = cased ? written.toLowerCase() : written;
  const lower = curly ? raw.replace(/’/g, "'") : raw;
  const spelling: Spelling = {
    text: written,
    lower,
    base: withoutPossessive(lower),
    word: wordOf(lower),
    // a text made to collide (2^n words of "Aa" and "BB" hash alike) keeps the newest few, not a long chain
    next: depth < MAX_SAME_HASH ? first : undefined,
  };
  if (spellings.size >= MAX_KNOWN) spellings.clear();
  spellings.set(hash, spelling);
  return spelling;
}

function writtenAt(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

/** "russia" for "russia's" and "troops" for "troops'": a trailing ' or 's taken off. */
export function withoutPossessive(lower: string): string {
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 39) return lower.slice(0, -1);
  if (last === 115 && lower.charCodeAt(lower.length - 2) === 39) return lower.slice(0, -2);
  return lower;
}
