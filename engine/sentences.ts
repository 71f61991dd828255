import type { Token } from './tokens';

export interface Sentence {
  start: number;
  end: number;
  /** Tokens [from, to) of the token list. */
  from: number;
  to: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'sgt',
  'capt',
  'cpt',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'prof',
  'rep',
  'sen',
  'gov',
  'pres',
  'adm',
  'brig',
  'cmdr',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'etc',
  'fig',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
/** A capital, an opening quotation mark or bracket: what may begin a sentence. */
const OPENS_SENTENCE = /[\p{Lu}"“‘'([]/u;

/** Splits a token list into sentences: at blank-line breaks and at . ! ? before a capital. */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const close = (to: number, next: number) => {
    if (to > from) sentences.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to });
    from = next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'break') {
      close(i, i + 1);
      continue;
    }
    if (tok.kind !== 'sym' || !'.!?'.includes(tok.text)) continue;
    let end = i + 1;
    // a closing mark follows at once; after a space it opens the next sentence ('… there. "Units …')
    while (
      end < tokens.length &&
      tokens[end]!.kind === 'sym' &&
      CLOSERS.has(tokens[end]!.text) &&
      !tokens[end]!.spaceBefore
    )
      end++;
    const next = tokens[end];
    if (!next) continue;
    if (next.kind === 'break') continue;
    if (!next.spaceBefore || !startsSentence(next)) continue;
    if (tok.text === '.' && isAbbreviation(tokens, i)) continue;
    close(end, end);
    i = end - 1;
  }
  close(tokens.length, tokens.length);
  return sentences;
}

function startsSentence(tok: Token): boolean {
  const c = tok.text[0] ?? '';
  return tok.kind === 'num' || OPENS_SENTENCE.test(c);
}

function isAbbreviation(tokens: readonly Token[], dot: number): boolean {
  const prev = tokens[dot - 1];
  if (!prev || prev.kind !== 'word') return false;
  // initials and dotted short forms: "Sergey V. Lavrov", "U.S. officials"
  return prev.text.length === 1 || ABBREVIATIONS.has(prev.lower);
}
