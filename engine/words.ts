/** The words of a list written with single spaces, as a set to look tokens' words up in. */
export const words = (list: string): Set<string> => new Set(list.split(' '));

/**
 * Classes of words, each one bit of a token's `classes`: a token's word is looked up once, when the text
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
