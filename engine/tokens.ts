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
  start: number;
  end: number;
  /** For numbers: the letters glued after the digits ("bn" in "260bn"), lower-case. */
  suffix: string;
  /** Whitespace (or nothing) separates this token from the previous one. */
  spaceBefore: boolean;
}

const TOKEN =
  /(\n[ \t\r\f\v]*\n\s*)|(\p{L}[\p{L}\p{M}\d'’]*)|(\d+(?:[.,]\d+)*)(\p{L}*)|([^\s\p{L}\d])|(\s+)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaceBefore = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[6] !== undefined) {
      spaceBefore = true;
      continue;
    }
    if (m[1] !== undefined) {
      tokens.push(token('break', m[0], start, end, '', true));
    } else if (m[2] !== undefined) {
      tokens.push(token('word', m[2], start, end, '', spaceBefore));
    } else if (m[3] !== undefined) {
      tokens.push(token('num', m[0], start, end, (m[4] ?? '').toLowerCase(), spaceBefore));
    } else {
      tokens.push(token('sym', m[0], start, end, '', spaceBefore));
    }
    spaceBefore = false;
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
  return { kind, text, lower: text.toLowerCase().replace(/’/g, "'"), start, end, suffix, spaceBefore };
}

/** The digits part of a number token ("260" of "260bn"). */
export function digitsOf(tok: Token): string {
  return tok.suffix ? tok.text.slice(0, tok.text.length - tok.suffix.length) : tok.text;
}
