import { FRACTION_WORDS, MONTHS, MULTIPLIED, TENS_WORDS, UNITS_WORDS } from './lexicon';

/** ASCII, Arabic-Indic and full-width digits, and currency signs. */
const DIGIT_OR_CURRENCY = /[0-9$€£\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/;
const NUMBER_OR_MONTH_WORD = new RegExp(
  `\\b(?:${[...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(FRACTION_WORDS), ...Object.keys(MONTHS), ...Object.keys(MULTIPLIED), 'past (?:day|week|month|year)', 'dozen', 'hundred', 'thousand'].join('|')})\\b`,
  'i',
);

const HIDDEN = /\p{Cf}/gu;
const HAS_HIDDEN = /\p{Cf}/u;

const holds = (text: string) => DIGIT_OR_CURRENCY.test(text) || NUMBER_OR_MONTH_WORD.test(text);

/**
 * Every figure holds a digit, a currency sign, a number, fraction, month or multiplying word ("tripled"),
 * or "past week": text without any, once invisible characters are taken out, has none, and need not be read.
 */
export const mayHoldFigures = (text: string): boolean =>
  holds(text) || (HAS_HIDDEN.test(text) && holds(text.replace(HIDDEN, '')));
