import { MONTHS } from './lexicon';
import { NO_WORD, spellingAt, spellingHash, withoutPossessive, wordOf, type Word } from './words';

/**
 * A single linear pass that cuts text into tokens with UTF-16 offsets.
 * Words may carry digits after a first letter ("F04R", "com2025"), numbers may carry a glued
 * suffix ("260bn", "20th", "30km"), everything else is one symbol per character.
 * Invisible format characters (soft hyphen, zero-width space and joiners, word joiner, direction marks)
 * are read as if absent, and Arabic-Indic and full-width digits as ASCII digits; offsets still point
 * into the text as given.
 */
export type TokenKind = 'word' | 'num' | 'sym' | 'break';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-case text, with curly apostrophes straightened. */
  lower: string;
  /** Lower-case text without a trailing possessive ("russia" for "Russia's"). */
  base: string;
  start: number;
  end: number;
  /** For numbers: the letters glued after the digits ("bn" in "260bn"), lower-case. */
  suffix: string;
  /** Whitespace (or nothing) separates this token from the previous one. */
  spaceBefore: boolean;
  /** What is known of its lower-case text (`words.ts`): its classes; for numbers and blank lines, nothing. */
  word: Word;
  /**
   * Where invisible characters stood inside a word ("square\u00ADkm" → [6]), as offsets into `text`:
   * they may join two words, as much as split syllables.
   */
  joins?: number[];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** U+2000–U+206F, dashes, quotation marks and spaces of news text, holds no letter nor mark: no need to ask. */
const isGeneralPunctuation = (c: number) => c >= 0x2000 && c <= 0x206f;
const isLetter = (text: string, i: number, c: number) =>
  isAsciiLetter(c) || (c > 127 && !isGeneralPunctuation(c) && LETTER_OR_MARK.test(text[i]!));
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));

/** A blank line (two line breaks with only spaces between) ending at or after `i`, or -1. */
function blankLineEnd(text: string, i: number): number {
  let j = i + 1;
  while (
    j < text.length &&
    (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)
  )
    j++;
  if (text.charCodeAt(j) !== 10) return -1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Format characters (Unicode Cf): soft hyphen, zero-width space, ZWNJ, ZWJ, word joiner, BOM, bidi marks. */
const HIDDEN = /\p{Cf}/u;
const NEEDS_VIEW = /[\p{Cf}\u0660-\u066C\u06F0-\u06F9\uFF10-\uFF19]/u;

/** A digit other than ASCII that reads as one: Arabic-Indic, extended Arabic-Indic, full-width. */
function asciiDigit(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 48;
  if (c === 0x066b) return 46; // Arabic decimal separator
  if (c === 0x066c) return 44; // Arabic thousands separator
  return -1;
}

/**
 * The text as read: hidden characters dropped, other digits made ASCII. `at[k]` is the offset in the
 * original text of the read text's code unit `k`; null when the text needs no change.
 */
function readingView(text: string): { read: string; at: number[] | null } {
  if (!NEEDS_VIEW.test(text)) return { read: text, at: null };
  const units: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (cp > 127 && HIDDEN.test(String.fromCodePoint(cp))) {
      i += size;
      continue;
    }
    const digit = asciiDigit(cp);
    if (digit >= 0) {
      units.push(digit);
      at.push(i);
    } else
      for (let u = 0; u < size; u++) {
        units.push(text.charCodeAt(i + u));
        at.push(i + u);
      }
    i += size;
  }
  at.push(text.length);
  let read = '';
  for (let k = 0; k < units.length; k += 4096) read += String.fromCharCode(...units.slice(k, k + 4096));
  return { read, at };
}

export function tokenize(original: string): Token[] {
  const { read, at } = readingView(original);
  const tokens = tokenizeRead(read);
  if (!at) return tokens;
  for (const tok of tokens) {
    const start = at[tok.start]!;
    const end = at[tok.end - 1]! + 1;
    if (end - start !== tok.end - tok.start && tok.kind === 'word') {
      const joins: number[] = [];
      for (let k = tok.start + 1; k < tok.end; k++) if (at[k]! - at[k - 1]! > 1) joins.push(k - tok.start);
      if (joins.length) tok.joins = joins;
    }
    tok.start = start;
    tok.end = end;
  }
  return tokens;
}

/** Spaces that may group digits by thousands: ordinary, no-break, figure, thin, narrow no-break. */
const isGroupSpace = (c: number) => c === 32 || c === 160 || c === 0x2007 || c === 0x2009 || c === 0x202f;

/**
 * "7 905", "1 000 000": at `j`, a grouping space and exactly three digits that no further digit or
 * decimal follows. Returns where the group ends, or -1.
 */
function spaceGroupEnd(text: string, j: number): number {
  if (!isGroupSpace(text.charCodeAt(j))) return -1;
  for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(j + k))) return -1;
  const after = text.charCodeAt(j + 4);
  if (isDigit(after)) return -1;
  if ((after === 44 || after === 46) && isDigit(text.charCodeAt(j + 5))) return -1;
  return j + 4;
}

/** A month name before a day ("August 6 100 people") keeps the day a number of its own. */
const afterMonth = (tokens: readonly Token[]) => {
  const last = tokens[tokens.length - 1];
  const word = last?.text === '.' ? tokens[tokens.length - 2] : last;
  return word?.kind === 'word' && MONTHS[word.lower] !== undefined;
};

function tokenizeRead(text: string): Token[] {
  const tokens: Token[] = [];
  let spaceBefore = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      const blank = c === 10 ? blankLineEnd(text, i) : -1;
      if (blank > 0) {
        tokens.push(token('break', text.slice(i, blank), i, blank, '', true));
        i = blank;
      } else i++;
      spaceBefore = true;
      continue;
    }
    let j = i + 1;
    if (isLetter(text, i, c)) {
      // letters, digits and apostrophes (' and ’, "Russia's"); ASCII tested first, the rest by its class
      let curly = false;
      // a word of small ASCII letters is its own lower case: most words, which need no toLowerCase
      let cased = !(c >= 97 && c <= 122);
      // the word's code units hashed as they are read: a word written before is found by it (`spellingAt`)
      let hash = c;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d >= 97 && d <= 122) || isDigit(d) || d === 39) j++;
        else if (d >= 65 && d <= 90) {
          cased = true;
          j++;
        } else if (d === 0x2019) {
          curly = true;
          j++;
        } else if (d > 127 && isLetter(text, j, d)) {
          cased = true;
          j++;
        } else break;
        hash = spellingHash(hash, d);
      }
      const { text: word, lower, base, word: known } = spellingAt(text, i, j, hash, curly, cased);
      tokens.push({
        kind: 'word',
        text: word,
        lower,
        base,
        start: i,
        end: j,
        suffix: '',
        spaceBefore,
        word: known,
      });
    } else if (isDigit(c)) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      // "7 905", "20 842 soldiers": a head of one to three digits, then groups of three after spaces
      if (j - i <= 3 && !afterMonth(tokens)) {
        for (let g = spaceGroupEnd(text, j); g > 0; g = spaceGroupEnd(text, j)) j = g;
      }
      // "1,368" and "1.5": a separator counts only between digits
      while (
        j + 1 < n &&
        (text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46) &&
        isDigit(text.charCodeAt(j + 1))
      ) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const digitsEnd = j;
      while (j < n && isLetter(text, j, text.charCodeAt(j))) j++;
      tokens.push(token('num', text.slice(i, j), i, j, text.slice(digitsEnd, j).toLowerCase(), spaceBefore));
    } else {
      // a symbol; keep surrogate pairs (emoji) whole
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      tokens.push(token('sym', text.slice(i, j), i, j, '', spaceBefore));
    }
    spaceBefore = false;
    i = j;
  }
  return tokens;
}

function token(
  kind: TokenKind,
  text: string,
  start: number,
  end: number,
  suffix: string,
  spaceBefore: boolean,
): Token {
  // a symbol is one character with no case, and no possessive; words are made where they are read
  if (kind === 'sym')
    return { kind, text, lower: text, base: text, start, end, suffix, spaceBefore, word: wordOf(text) };
  const lower = text.toLowerCase();
  return {
    kind,
    text,
    lower,
    base: withoutPossessive(lower),
    start,
    end,
    suffix,
    spaceBefore,
    word: NO_WORD,
  };
}

/** The digits part of a number token ("260" of "260bn"). */
export function digitsOf(tok: Token): string {
  return tok.suffix ? tok.text.slice(0, tok.text.length - tok.suffix.length) : tok.text;
}
