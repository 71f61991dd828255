import { FRACTION_WORDS, MAGNITUDES, TENS_WORDS, UNITS_WORDS } from './lexicon';
import { digitsOf, type Token } from './tokens';
import { table } from './table';

export interface ParsedNumber {
  value: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** A share written as a fraction ("half", "two-thirds"), value in percent. */
  fraction: boolean;
  /** Written in words ("two", "eleven thousand"). */
  words: boolean;
  /** Letters glued to the digits and not consumed as a magnitude ("km" of "30km", "th" of "20th"). */
  suffix: string;
  /** Digits only, no separators, four of them: could be a year. */
  yearLike: boolean;
}

/** Reads "1,368", "1.5", "7 905", "260bn", "6 billion". Returns null for malformed groupings ("1,1,1"). */
export function parseDigits(tok: Token): number | null {
  const digits = digitsOf(tok);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ''));
  // grouped by spaces (the tokenizer joins only exact groups of three)
  if (/^\d{1,3}(\s\d{3})+$/.test(digits)) return Number(digits.replace(/\s/g, ''));
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  return null;
}

/** Parses the number that starts at token `i`, or returns null. Linear in the tokens it reads. */
export function parseNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const tok = tokens[i];
  if (!tok) return null;
  if (tok.kind === 'num') return parseNumeral(tokens, i, tok);
  if (tok.kind === 'word') return parseFraction(tokens, i) ?? parseWords(tokens, i);
  return null;
}

function parseNumeral(tokens: readonly Token[], i: number, tok: Token): ParsedNumber | null {
  const base = parseDigits(tok);
  if (base === null) return null;
  let value = base;
  let suffix = tok.suffix;
  let to = i + 1;
  if (suffix && GLUED_MAGNITUDES.has(suffix)) {
    value = scale(value, MAGNITUDES[suffix]!);
    suffix = '';
  } else if (!suffix) {
    const mag = readMagnitudes(tokens, to);
    value = scale(value, mag.factor);
    to = mag.to;
  }
  const digits = digitsOf(tok);
  let yearLike = /^\d{4}$/.test(digits) && to === i + 1;
  // "2½", "2-1/2", "2 1/2", "two and a half"
  const part = suffix || to > i + 1 ? null : readPart(tokens, to, !digits.includes('.'));
  if (part) {
    value += part.value;
    to = part.to;
    yearLike = false;
  }
  return { value, from: i, to, fraction: false, words: false, suffix, yearLike };
}

const VULGAR: Readonly<Record<string, number>> = table({
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
});

/** The part of a whole after it: "½", "-1/2", " 1/2", "and a half"; for digits (`digits`) or words. */
function readPart(
  tokens: readonly Token[],
  at: number,
  digits: boolean,
): { value: number; to: number } | null {
  const tok = tokens[at];
  if (!tok) return null;
  if (tok.lower === 'and' && tokens[at + 1]?.lower === 'a') {
    const part = tokens[at + 2]?.lower;
    if (part === 'half') return { value: 0.5, to: at + 3 };
    if (part === 'quarter') return { value: 0.25, to: at + 3 };
    return null;
  }
  if (!digits) return null;
  if (!tok.spaceBefore && VULGAR[tok.text] !== undefined) return { value: VULGAR[tok.text]!, to: at + 1 };
  const n = isHyphen(tok) ? at + 1 : at;
  const [top, slash, bottom] = [tokens[n], tokens[n + 1], tokens[n + 2]];
  if (
    top?.kind !== 'num' ||
    top.suffix ||
    (n === at && !top.spaceBefore) ||
    slash?.text !== '/' ||
    slash.spaceBefore ||
    bottom?.kind !== 'num' ||
    bottom.spaceBefore ||
    !/^[1-9]$/.test(top.text) ||
    !/^[2-9]$/.test(bottom.text)
  )
    return null;
  const value = Number(top.text) / Number(bottom.text);
  return value < 1 ? { value, to: n + 3 } : null;
}

const GLUED_MAGNITUDES = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn', 'trn']);

/**
 * 65.9 × 1e9 without floating-point dust (65900000000, not 65900000000.00001). A whole number of up to
 * twelve digits has none, and is most numbers: it is what twelve digits of precision would write again.
 */
const scale = (value: number, factor: number) => {
  const product = value * factor;
  return Number.isInteger(product) && product !== 0 && Math.abs(product) < 1e12
    ? product
    : Number(product.toPrecision(12));
};

/** Magnitudes written as separate words: "6 billion", "1.5 million", "260 bn". */
const WORD_MAGNITUDES = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'bn',
  'mn',
  'mln',
  'tn',
]);

function readMagnitudes(tokens: readonly Token[], from: number): { factor: number; to: number } {
  let factor = 1;
  let to = from;
  while (to - from < 3 && WORD_MAGNITUDES.has(tokens[to]?.lower ?? '') && tokens[to]!.kind === 'word') {
    factor *= MAGNITUDES[tokens[to]!.lower]!;
    to++;
  }
  return { factor, to };
}

function wordValue(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'word') return undefined;
  return UNITS_WORDS[tok.lower] ?? TENS_WORDS[tok.lower];
}

function isHyphen(tok: Token | undefined): boolean {
  return !!tok && tok.kind === 'sym' && (tok.text === '-' || tok.text === '‑') && !tok.spaceBefore;
}

/** "two", "twenty-five", "eleven thousand", "a dozen", "two hundred and fifty". */
function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  const first = tokens[i]!;
  let to = i;
  let small: number;
  if ((first.lower === 'a' || first.lower === 'one') && tokens[i + 1]?.lower === 'dozen') {
    return words(12, i, i + 2);
  }
  if (first.lower === 'a' && WORD_MAGNITUDES.has(tokens[i + 1]?.lower ?? '')) {
    small = 1;
    to = i + 1;
  } else {
    const v = wordValue(first);
    if (v === undefined) return null;
    small = v;
    to = i + 1;
    if (
      TENS_WORDS[first.lower] !== undefined &&
      isHyphen(tokens[to]) &&
      UNITS_WORDS[tokens[to + 1]?.lower ?? '']
    ) {
      small += UNITS_WORDS[tokens[to + 1]!.lower]!;
      to += 2;
    }
  }
  if (tokens[to]?.lower === 'dozen') return words(small * 12, i, to + 1);
  // "two and a half years"
  const part = first.lower === 'a' ? null : readPart(tokens, to, false);
  if (part) {
    small += part.value;
    to = part.to;
  }
  let total = 0;
  for (let n = 0; n < 4; n++) {
    const mag = tokens[to];
    if (!mag || mag.kind !== 'word' || !WORD_MAGNITUDES.has(mag.lower)) break;
    const factor = MAGNITUDES[mag.lower]!;
    small *= factor;
    to++;
    if (factor >= 1000) {
      total += small;
      small = 0;
    }
    // "two hundred and fifty"
    if (tokens[to]?.lower === 'and' && wordValue(tokens[to + 1]) !== undefined) to++;
    const more = wordValue(tokens[to]);
    if (more !== undefined && factor > 1) {
      small += more;
      to++;
    }
  }
  return words(total + small, i, to);
}

function words(value: number, from: number, to: number): ParsedNumber {
  return { value, from, to, fraction: false, words: true, suffix: '', yearLike: false };
}

/** "half", "a third", "one-fifth", "two-thirds", "three quarters" → percent. */
function parseFraction(tokens: readonly Token[], i: number): ParsedNumber | null {
  const first = tokens[i]!;
  if (first.lower === 'half') return partOfSpan(tokens, i) ? null : share(50, i, i + 1);
  const numerator = first.lower === 'a' || first.lower === 'one' ? 1 : UNITS_WORDS[first.lower];
  // most words start no share: they are passed over before the word before them is asked about
  if (!numerator || partOfSpan(tokens, i)) return null;
  let j = i + 1;
  if (isHyphen(tokens[j])) j++;
  const denomTok = tokens[j];
  if (!denomTok || denomTok.kind !== 'word') return null;
  const denominator = FRACTION_WORDS[denomTok.lower];
  if (denominator === undefined) return null;
  // "one third", "two-thirds": numerator and denominator agree in number
  const plural = denomTok.lower.endsWith('s');
  if (numerator === 1 && plural) return null;
  if (numerator > 1 && !plural) return null;
  return share((numerator / denominator) * 100, i, j + 1);
}

/** "the first half of the year", "the last quarter": a part of a span of time, not a share. */
const partOfSpan = (tokens: readonly Token[], i: number) =>
  /^(first|second|third|fourth|last|latter|former|final)$/.test(tokens[i - 1]?.lower ?? '');

function share(value: number, from: number, to: number): ParsedNumber {
  return {
    value: Math.round(value * 100) / 100,
    from,
    to,
    fraction: true,
    words: true,
    suffix: '',
    yearLike: false,
  };
}
