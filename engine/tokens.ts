/**
 * A single linear pass that cuts text into tokens with UTF-16 offsets.
 * Words may carry digits after a first letter ("F04R", "com2025"), numbers may carry a glued
 * suffix ("260bn", "20th", "30km"), everything else is one symbol per character.
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
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const isLetter = (text: string, i: number, c: number) =>
  isAsciiLetter(c) || (c > 127 && LETTER_OR_MARK.test(text[i]!));
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));
/** ' and ’, which may join a word ("Russia's"). */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

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

export function tokenize(text: string): Token[] {
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
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!(isLetter(text, j, d) || isDigit(d) || isApostrophe(d))) break;
        j++;
      }
      tokens.push(token('word', text.slice(i, j), i, j, '', spaceBefore));
    } else if (isDigit(c)) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
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
  // a symbol is one character with no case, and no possessive
  if (kind === 'sym') return { kind, text, lower: text, base: text, start, end, suffix, spaceBefore };
  const raw = text.toLowerCase();
  const lower = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const base = lower.endsWith("'") || lower.endsWith("'s") ? lower.replace(/'s?$/, '') : lower;
  return { kind, text, lower, base, start, end, suffix, spaceBefore };
}

/** The digits part of a number token ("260" of "260bn"). */
export function digitsOf(tok: Token): string {
  return tok.suffix ? tok.text.slice(0, tok.text.length - tok.suffix.length) : tok.text;
}
