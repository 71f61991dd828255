import { DATE_LEADS, parseDate, parsePartOfMonth, type DayRef } from './dates';
import {
  AREA_UNITS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATIONS,
  LENGTH_UNITS,
  NOT_NOUNS,
  NOUN_MODIFIERS,
  PERCENT_UNITS,
  PERSON_NOUNS,
  QUALIFIERS,
  MONTHS,
  MULTIPLIED,
  TENS_WORDS,
  UNITS_WORDS,
} from './lexicon';
import { DIMENSION_OF } from './normalize';
import { parseNumber, type ParsedNumber } from './numbers';
import type { Token } from './tokens';
import type { FigureValue, Qualifier, Unit } from './types';
import { startsLower, startsUpper } from './letterCase';
import { wordClass } from './words';

/** A figure as read from tokens, before claim, time and attribution are known. */
export interface RawFigure {
  from: number;
  to: number;
  value: FigureValue;
  unit: Unit;
  qualifier: Qualifier;
  /** Counted noun ("tanks"), or currency code for money not in dollars. */
  noun?: string;
}

type Phrase = readonly string[];

/**
 * Length in tokens of `phrase` at token `i`, or 0. Two words that an invisible character joined
 * ("square\u00ADkm") match two words of the phrase.
 */
function matchPhrase(tokens: readonly Token[], i: number, phrase: Phrase): number {
  let at = i;
  for (let k = 0; k < phrase.length; k++, at++) {
    const tok = tokens[at];
    if (tok?.lower === phrase[k]) continue;
    const next = phrase[k + 1];
    if (
      !tok?.joins ||
      next === undefined ||
      tok.lower !== phrase[k]! + next ||
      !tok.joins.includes(phrase[k]!.length)
    )
      return 0;
    k++;
  }
  return at - i;
}

/**
 * The items of a list of phrases that may match at a token, in the list's order: those whose first word
 * it is (a token that an invisible character joined may match any, as `matchPhrase` reads it). A figure's
 * next word is looked up once rather than matched against every phrase of the list.
 */
function phrasesAt<T>(
  list: readonly T[],
  phraseOf: (item: T) => Phrase,
): (tok: Token | undefined) => readonly T[] {
  const index = new Map<string, T[]>();
  for (const item of list) {
    const first = phraseOf(item)[0];
    if (first === undefined) continue;
    const items = index.get(first);
    if (items) items.push(item);
    else index.set(first, [item]);
  }
  return (tok) => (!tok ? [] : tok.joins ? list : (index.get(tok.lower) ?? []));
}

/** Qualifier phrases by first word, longest first within each list. */
const QUALIFIERS_BY_FIRST = new Map<string, Array<(typeof QUALIFIERS)[number]>>();
for (const entry of QUALIFIERS) {
  const first = entry[0][0]!;
  QUALIFIERS_BY_FIRST.set(first, [...(QUALIFIERS_BY_FIRST.get(first) ?? []), entry]);
}

function matchQualifier(tokens: readonly Token[], i: number): { qualifier: Qualifier; to: number } | null {
  // "control over 1,000 square km": "over" after such a noun says what is controlled, not how much
  if (tokens[i]!.lower === 'over' && OVER_NOUNS.has(tokens[i - 1]?.lower ?? '')) return null;
  for (const [phrase, qualifier] of QUALIFIERS_BY_FIRST.get(tokens[i]!.lower) ?? []) {
    const n = matchPhrase(tokens, i, phrase);
    if (n) return { qualifier, to: i + n };
  }
  return null;
}

const OVER_NOUNS = new Set(['control', 'authority', 'sovereignty', 'jurisdiction', 'command', 'dominance']);

/** Prepositions after which "over" + a duration means "more than", not "during". */
const BEFORE_MORE_THAN = new Set([
  'in',
  'after',
  'for',
  'with',
  'of',
  'than',
  'within',
  'from',
  'to',
  'at',
  'lasting',
]);

/** Words a figure can start with; every other word is skipped at once (most words of a text). */
const STARTER = wordClass([
  ...QUALIFIERS_BY_FIRST.keys(),
  ...Object.keys(UNITS_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(MONTHS),
  ...DATE_LEADS,
  ...Object.keys(MULTIPLIED),
  'past',
  'first',
  'second',
  'third',
  'fourth',
  'final',
  'between',
  'us',
  'a',
  'an',
  'half',
]);

function mayStartFigure(tok: Token): boolean {
  if (tok.kind === 'num') return true;
  if (tok.kind === 'sym') return CURRENCY_SYMBOLS.has(tok.text);
  return tok.kind === 'word' && (tok.word.classes & STARTER) !== 0;
}

const isWord = (tok: Token | undefined): tok is Token => !!tok && tok.kind === 'word';
const isGluedHyphen = (tok: Token | undefined) =>
  !!tok && tok.kind === 'sym' && /^[-‑]$/.test(tok.text) && !tok.spaceBefore;
const RANGE_DASHES = new Set(['-', '–', '—', '‑']);
/** "UAVs", "MLRSs": capitals with a plural s. */
const CAPITALS_PLURAL = /^\p{Lu}{2,}s$/u;
/** Most words do not end in "s" after capitals: their last letter is tested before the pattern is run. */
const capitalsPlural = (text: string) =>
  text.length >= 3 && text.charCodeAt(text.length - 1) === 115 && CAPITALS_PLURAL.test(text);
const ADJECTIVE_ENDINGS = /(ed|ing|al|ian|ive|ary|ern|ish|ese|ic|ful|ous|able|ible)$/;
const PEOPLE_PARTICIPLES = new Set([
  'killed',
  'injured',
  'deployed',
  'captured',
  'missing',
  'evacuated',
  'displaced',
]);
const FRACTION_FOLLOWERS = new Set(['of', 'the', 'its', 'their', 'that', 'this', 'his', 'her', 'our', 'all']);

/**
 * Reads the figure that starts at token `i` (a qualifier, a currency sign, a number or a date, and its
 * unit), or returns null. `sentenceStart` is the first token of the sentence.
 */
export function readFigure(
  tokens: readonly Token[],
  i: number,
  sentenceStart: number,
  ref: DayRef,
): RawFigure | null {
  if (!mayStartFigure(tokens[i]!)) return null;
  if (tokens[i]!.lower === 'past') return readPastSpan(tokens, i);
  const q = matchQualifier(tokens, i);
  let j = q ? q.to : i;
  const between = tokens[j]?.lower === 'between';
  if (between) j++;
  let currency: string | null = null;
  if (tokens[j]?.lower === 'us' && tokens[j + 1]?.text === '$') j++;
  const sign = tokens[j];
  const signed = sign?.kind === 'sym' ? CURRENCY_SYMBOLS.get(sign.text) : undefined;
  if (signed) {
    currency = signed;
    j++;
  }
  const times = currency || between ? undefined : MULTIPLIED[tokens[j]?.lower ?? ''];
  if (times && !/^(down|back|up|over)$/.test(tokens[j + 1]?.lower ?? '')) {
    return {
      from: i,
      to: j + 1,
      value: times,
      unit: 'other',
      qualifier: q?.qualifier ?? 'exact',
      noun: 'times',
    };
  }
  const num = parseNumber(tokens, j);
  if (!num || !plausibleNumber(tokens, num, sentenceStart)) {
    return currency || q ? null : readDate(tokens, i, ref);
  }
  let low = num;
  let high: ParsedNumber | null = null;
  let k = num.to;
  const joiner = tokens[k];
  if (
    joiner &&
    ((between && joiner.lower === 'and') || joiner.lower === 'to' || RANGE_DASHES.has(joiner.text))
  ) {
    const second = parseNumber(tokens, k + 1 + (currency && tokens[k + 1]?.text === '$' ? 1 : 0));
    if (second && second.value > num.value && second.fraction === num.fraction && !num.suffix) {
      high = second;
      low = { ...num, value: scaleLow(num.value, second.value) };
      k = second.to;
    }
  }
  const last = high ?? low;
  // "1,000 or so square km", "3,000-odd troops": a qualifier between the number and its unit
  let early = high ? null : readTrailingQualifier(tokens, k);
  const unitAfter = early && readUnit(tokens, early.to, last, currency);
  if (!unitAfter) early = null;
  const unit =
    (unitAfter || readUnit(tokens, k, last, currency)) ??
    (currency || last.fraction || last.yearLike
      ? null
      : (countNamedBefore(tokens, i, k, sentenceStart, last) ??
        countFromContext(tokens, i, k, sentenceStart, last)));
  if (!unit) {
    if (q || currency || high || num.words) return null;
    return readDate(tokens, i, ref);
  }
  let qualifier: Qualifier = high ? 'range' : (q?.qualifier ?? early?.qualifier ?? 'exact');
  let to = unit.to;
  // "Over six months of fighting": "over" a span of time, not more than it
  if (
    q &&
    tokens[i]!.lower === 'over' &&
    q.to === i + 1 &&
    DIMENSION_OF[unit.unit] === 'duration' &&
    tokens[to]?.lower === 'of' &&
    !BEFORE_MORE_THAN.has(tokens[i - 1]?.lower ?? '')
  ) {
    const value: FigureValue = high ? [low.value, high.value] : low.value;
    return { from: j, to, value, unit: unit.unit, qualifier: high ? 'range' : 'exact' };
  }
  const trailing = readTrailingQualifier(tokens, to);
  if (trailing && qualifier === 'exact') {
    qualifier = trailing.qualifier;
    to = trailing.to;
  }
  const value: FigureValue = high ? [low.value, high.value] : low.value;
  return { from: i, to, value, unit: unit.unit, qualifier, ...(unit.noun ? { noun: unit.noun } : {}) };
}

function readDate(tokens: readonly Token[], i: number, ref: DayRef): RawFigure | null {
  const part = parsePartOfMonth(tokens, i, ref);
  if (part) return { from: part.from, to: part.to, value: part.value, unit: 'date', qualifier: 'about' };
  const date = parseDate(tokens, i, ref);
  if (!date) return null;
  // "early February", "mid-February", "late March": about that month
  const vague = date.value.length === 7 && /^(early|mid|late)$/.test(tokens[date.from]!.lower);
  return {
    from: date.from,
    to: date.to,
    value: date.value,
    unit: 'date',
    qualifier: vague ? 'about' : 'exact',
  };
}

/** "over the past week": a span of one week, one day, one month or one year up to now. */
function readPastSpan(tokens: readonly Token[], i: number): RawFigure | null {
  if (tokens[i - 1]?.lower !== 'the') return null;
  const unit = DURATIONS[tokens[i + 1]?.lower ?? ''];
  if (!unit || /s$/.test(tokens[i + 1]!.lower)) return null;
  return { from: i, to: i + 2, value: 1, unit, qualifier: 'exact' };
}

/** "10-12 thousand": the low end takes the magnitude of the high end. */
function scaleLow(low: number, high: number): number {
  let scaled = low;
  while (scaled * 100 < high) scaled *= 1000;
  return scaled <= high ? scaled : low;
}

function plausibleNumber(tokens: readonly Token[], num: ParsedNumber, sentenceStart: number): boolean {
  const first = tokens[num.from]!;
  // "Two Majors", "World War Three": a capitalised number word inside a sentence is a name
  if (num.words && num.from !== sentenceStart && startsUpper(first.text)) {
    const before = tokens[num.from - 1];
    if (!before || before.kind !== 'sym') return false;
  }
  // model names and codes: "F-16", "Su-34", "S-400", "10:30"
  const before = tokens[num.from - 1];
  // a number that names: "Article 5 guarantees", "Chapter 3 describes", "Resolution 2231"
  if (before && LABELS.has(before.lower) && startsUpper(before.text) && !num.words) return false;
  if (before && !first.spaceBefore && (isGluedHyphen(before) || before.text === '/' || before.text === ':')) {
    const owner = tokens[num.from - 2];
    if (owner && !before.spaceBefore && owner.kind !== 'break') return false;
  }
  const after = tokens[num.to];
  if (
    after &&
    !after.spaceBefore &&
    (after.text === ':' || after.text === '/') &&
    tokens[num.to + 1]?.kind === 'num'
  ) {
    return false;
  }
  return true;
}

/** Capitalised nouns a number after which is a name, not a quantity. */
const LABELS = new Set([
  'article',
  'chapter',
  'section',
  'resolution',
  'protocol',
  'paragraph',
  'clause',
  'page',
  'figure',
  'table',
  'phase',
  'stage',
  'route',
  'highway',
  'no',
]);

interface UnitMatch {
  unit: Unit;
  to: number;
  noun?: string;
}

const areaUnitsAt = phrasesAt(AREA_UNITS, ([phrase]) => phrase);
const percentUnitsAt = phrasesAt(PERCENT_UNITS, (phrase) => phrase);

function readUnit(
  tokens: readonly Token[],
  k: number,
  num: ParsedNumber,
  currency: string | null,
): UnitMatch | null {
  if (num.fraction) return readShare(tokens, k);
  if (num.suffix) return readGluedUnit(tokens, num.suffix, k, currency);
  if (currency) {
    const word = tokens[k];
    const extra = word && CURRENCY_WORDS[word.lower] === currency ? 1 : 0;
    return currency === 'USD'
      ? { unit: 'usd', to: k + extra }
      : { unit: 'other', to: k + extra, noun: currency };
  }
  for (const [phrase, unit] of areaUnitsAt(tokens[k])) {
    const n = matchPhrase(tokens, k, phrase);
    if (n) return { unit, to: k + n };
  }
  // "a 1,000-square-kilometre area", "a 500-square-mile zone"
  if (isGluedHyphen(tokens[k]) && tokens[k + 1]?.lower === 'square' && isGluedHyphen(tokens[k + 2])) {
    const side = LENGTH_UNITS[tokens[k + 3]?.lower ?? ''];
    if (side && !/s$/.test(tokens[k + 3]!.lower)) return { unit: side === 'km' ? 'km2' : 'mi2', to: k + 4 };
  }
  const length = readLength(tokens, k, num);
  if (length) return length;
  for (const phrase of percentUnitsAt(tokens[k])) {
    const n = matchPhrase(tokens, k, phrase);
    if (n) return { unit: 'percent', to: k + n };
  }
  const word = tokens[k];
  if (word && CURRENCY_WORDS[word.lower]) {
    const code = CURRENCY_WORDS[word.lower]!;
    return code === 'USD' ? { unit: 'usd', to: k + 1 } : { unit: 'other', to: k + 1, noun: code };
  }
  const duration = readDuration(tokens, k, num);
  if (duration) return duration;
  if (word?.lower === 'times') return { unit: 'other', to: k + 1, noun: 'times' };
  // "a three-fold rise", "a 10-fold increase"
  if (isGluedHyphen(word) && tokens[k + 1]?.lower === 'fold')
    return { unit: 'other', to: k + 2, noun: 'times' };
  // "an 11,000-strong contingent"
  if (isGluedHyphen(tokens[k]) && tokens[k + 1]?.lower === 'strong') return { unit: 'persons', to: k + 2 };
  const counted = readCountedNoun(tokens, k, num);
  // "2000 troops" counts people; "2024 elections" is a year
  if (num.yearLike && num.value >= 1800 && num.value <= 2100 && counted?.unit !== 'persons') return null;
  return counted;
}

/**
 * "The number of Russian troops in Kursk rose to roughly 70,000": a bare number takes the people or things
 * that "the number of" named shortly before it in the sentence.
 */
function countNamedBefore(
  tokens: readonly Token[],
  figureStart: number,
  k: number,
  sentenceStart: number,
  num: ParsedNumber,
): UnitMatch | null {
  if (num.words || num.yearLike) return null;
  for (let at = figureStart - 2; at >= Math.max(sentenceStart, figureStart - NUMBER_OF_REACH); at--) {
    if (tokens[at]!.lower !== 'number' || tokens[at + 1]?.lower !== 'of') continue;
    const named = readCountedNoun(tokens, at + 2, { ...num, value: 2 });
    return named ? { ...named, to: k } : null;
  }
  return null;
}

const NUMBER_OF_REACH = 14;

/**
 * A bare number that counts what its sentence names elsewhere:
 * - the nouns before "including" or "of which" ("destroyed several bridges, including three");
 * - people that befell something ("Another 120 have reportedly been taken prisoner", "At least 12 were killed");
 * - people whose count reached it ("Casualties among the troops have now reached about 3,000").
 */
function countFromContext(
  tokens: readonly Token[],
  figureStart: number,
  k: number,
  sentenceStart: number,
  num: ParsedNumber,
): UnitMatch | null {
  if (num.value < 2) return null;
  let before = figureStart - 1;
  const lead = tokens[before]?.lower;
  // "including three", "of which 300"
  if (lead === 'including' || ((lead === 'which' || lead === 'whom') && tokens[--before]?.lower === 'of')) {
    const comma = tokens[before - 1]?.text === ',' ? 1 : 0;
    const named = tokens[before - 1 - comma];
    if (named && before - 1 - comma >= sentenceStart) {
      if (PERSON_NOUNS.has(named.base)) return { unit: 'persons', to: k, noun: named.base };
      if (named.kind === 'word' && startsLower(named.text) && isPluralNoun(named.base))
        return { unit: 'count', to: k, noun: named.base };
    }
  }
  // "... have been reportedly taken as prisoners of war", "... were killed"
  let at = k;
  while (AUXILIARIES.has(tokens[at]?.lower ?? '') || /ly$/.test(tokens[at]?.lower ?? '')) at++;
  if (at > k) {
    const verb = tokens[at]?.lower ?? '';
    if (PEOPLE_PARTICIPLES.has(verb)) return { unit: 'persons', to: k };
    const taken = verb === 'taken' ? (tokens[at + 1]?.lower === 'as' ? at + 2 : at + 1) : -1;
    if (taken > 0 && /^(prisoners?|captives?|hostages?)$/.test(tokens[taken]?.lower ?? ''))
      return { unit: 'persons', to: k };
  }
  // "... casualties ... have now reached 3,000"
  before = figureStart - 1;
  if (tokens[before]?.lower === 'to' || tokens[before]?.lower === 'at') before--;
  if (!REACHED.has(tokens[before]?.lower ?? '')) return null;
  for (let back = before - 1; back >= Math.max(sentenceStart, before - SUBJECT_REACH); back--) {
    const tok = tokens[back]!;
    if (tok.kind === 'num') return null;
    if (PERSON_NOUNS.has(tok.base) || tok.base === 'toll') return { unit: 'persons', to: k };
  }
  return null;
}

const AUXILIARIES = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'been',
  'being',
  'also',
  'now',
]);
/** Verbs by which a count reaches a number: "reached 3,000", "rose to", "stood at", "surpassed". */
const REACHED = new Set([
  'reached',
  'reach',
  'reaches',
  'hit',
  'hits',
  'rose',
  'risen',
  'climbed',
  'grew',
  'increased',
  'jumped',
  'stood',
  'stands',
  'stand',
  'totalled',
  'totaled',
  'totals',
  'numbered',
  'surpassed',
  'exceeded',
  'topped',
  'passed',
]);
const SUBJECT_REACH = 14;

function readGluedUnit(
  tokens: readonly Token[],
  suffix: string,
  k: number,
  currency: string | null,
): UnitMatch | null {
  if (suffix === 'km2' || suffix === 'sqkm') return { unit: 'km2', to: k };
  // "1,300km²": a glued "km" is an area only with the square sign right after it
  if ((suffix === 'km' || suffix === 'mi') && tokens[k]?.text === '²' && !tokens[k]!.spaceBefore) {
    return { unit: suffix === 'km' ? 'km2' : 'mi2', to: k + 1 };
  }
  if ((suffix === 'km' || suffix === 'kms') && !perHour(tokens, k)) return { unit: 'km', to: k };
  if (suffix === 'pc' || suffix === 'pct') return { unit: 'percent', to: k };
  if (currency === 'USD') return { unit: 'usd', to: k };
  return null;
}

const perHour = (tokens: readonly Token[], at: number) =>
  tokens[at]?.text === '/' && !tokens[at]!.spaceBefore;

/** "12 kilometres", "1.5 miles", "5 km", "a 40-kilometre front", "a 10-mile-deep strip". */
function readLength(tokens: readonly Token[], k: number, num: ParsedNumber): UnitMatch | null {
  const hyphen = isGluedHyphen(tokens[k]);
  const word = tokens[hyphen ? k + 1 : k];
  const unit = isWord(word) ? LENGTH_UNITS[word.lower] : undefined;
  if (!unit) return null;
  // "a 40-kilometres front" is not English, "1 miles" neither
  const plural = /s$/.test(word!.lower);
  if ((hyphen && plural) || (plural && num.value === 1)) return null;
  const to = (hyphen ? k + 1 : k) + 1;
  // "80 km/h" is a speed
  return perHour(tokens, to) ? null : { unit, to };
}

/** "30 days", "two years", "30-day", "seven-month", "three-year-old". */
function readDuration(tokens: readonly Token[], k: number, num: ParsedNumber): UnitMatch | null {
  const hyphen = isGluedHyphen(tokens[k]);
  const word = tokens[hyphen ? k + 1 : k];
  if (!isWord(word)) return null;
  const unit = DURATIONS[word.lower];
  if (!unit) return null;
  const singular = !word.lower.endsWith('s');
  if (!hyphen && singular && num.value !== 1) return null;
  if (hyphen && !singular) return null;
  let to = (hyphen ? k + 1 : k) + 1;
  if (hyphen && isGluedHyphen(tokens[to]) && tokens[to + 1]?.lower === 'old') to += 2;
  return { unit, to };
}

/** "at least half the territory", "One-fifth of its territory": shares need something they are a share of. */
function readShare(tokens: readonly Token[], k: number): UnitMatch | null {
  const next = tokens[k];
  if (!next || !FRACTION_FOLLOWERS.has(next.lower)) return null;
  return { unit: 'percent', to: k };
}

/**
 * "60,000 Russian troops", "12,000 North Koreans", "9,663 tanks", "two joined pockets", "5 rocket launchers",
 * "12 UAVs", "36,200 sanitary (wounded) casualties"; with `shared`, "25,200 irrecoverable and 36,200
 * sanitary casualties" counts what the next number counts.
 */
function readCountedNoun(
  tokens: readonly Token[],
  k: number,
  num: ParsedNumber,
  shared = true,
): UnitMatch | null {
  if (num.value < 2) return null;
  for (let m = 0, at = k; m < 5; m++, at++) {
    const tok = tokens[at];
    if (isGluedHyphen(tok) && isWord(tokens[at + 1])) continue;
    // a word or two in brackets explains the one before: "sanitary (wounded)"
    if (m > 0 && tok?.text === '(') {
      const close = [2, 3, 4].find((d) => tokens[at + d]?.text === ')');
      if (close === undefined || !tokens.slice(at + 1, at + close).every(isWord)) return null;
      at += close;
      continue;
    }
    if (!isWord(tok)) return null;
    // a model's name: "12 Su-34 jets", "three F-16s"
    const code = tokens[at + 2];
    if (startsUpper(tok.text) && isGluedHyphen(tokens[at + 1]) && code?.kind === 'num' && !code.spaceBefore) {
      if (code.suffix === 's') return { unit: 'count', to: at + 3, noun: `${tok.lower}-${code.lower}` };
      at += 2;
      continue;
    }
    const base = tok.base;
    if (PERSON_NOUNS.has(base)) return { unit: 'persons', to: at + 1, noun: base };
    // "out of some 11,000-12,000 deployed": people named earlier, counted by what befell them
    if (m === 0 && PEOPLE_PARTICIPLES.has(base)) {
      // "12 captured tanks": the participle describes what follows; "12,000 deployed": it stands for people
      const described = shared && isWord(tokens[at + 1]) ? readCountedNoun(tokens, at + 1, num, false) : null;
      return described ?? { unit: 'persons', to: at };
    }
    const capital = startsUpper(tok.text);
    if (!capital && isPluralNoun(base)) return { unit: 'count', to: at + 1, noun: base };
    // "12 UAVs", "5 MLRS", "three aircraft"
    const pluralAfter =
      isWord(tokens[at + 1]) && startsLower(tokens[at + 1]!.text) && isPluralNoun(tokens[at + 1]!.base);
    if ((capitalsPlural(tok.text) || INVARIANT_PLURALS.has(base)) && !pluralAfter)
      return { unit: 'count', to: at + 1, noun: base };
    if (shared && m > 0 && (base === 'and' || base === 'or') && tokens[at + 1]?.kind === 'num') {
      const next = parseNumber(tokens, at + 1);
      const counted = next && readCountedNoun(tokens, next.to, next, false);
      return counted && { ...counted, to: at };
    }
    if (capital || NOUN_MODIFIERS.has(base) || ADJECTIVE_ENDINGS.test(base)) continue;
    // a noun before the counted noun: "rocket launchers", "air-defence systems", "border villages"
    if (!NOT_MODIFIERS.has(base) && pluralAfter) continue;
    return null;
  }
  return null;
}

/** Counted nouns alike in singular and plural, and plural abbreviations in capitals without an s. */
const INVARIANT_PLURALS = new Set(['aircraft', 'mlrs', 'himars', 'atacms']);

/** Words that never name what a number counts, though a plural noun follows ("at 3 the talks"). */
const NOT_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into',
  'than',
  'that',
  'which',
  'who',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'have',
  'has',
  'had',
  'will',
  'would',
  'not',
  'per',
  'as',
  'its',
  'their',
  'his',
  'her',
  'our',
  'these',
  'those',
  'they',
  'we',
  'he',
  'she',
  'it',
]);

function isPluralNoun(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word) && !NOT_NOUNS.has(word);
}

const TRAILING_QUALIFIERS: ReadonlyArray<readonly [Phrase, Qualifier]> = [
  [['or', 'more'], 'at least'],
  [['or', 'so'], 'about'],
  [['or', 'fewer'], 'up to'],
  [['or', 'less'], 'up to'],
  [['-', 'plus'], 'more than'],
  [['-', 'odd'], 'about'],
  [['+'], 'more than'],
];

const trailingQualifiersAt = phrasesAt(TRAILING_QUALIFIERS, ([phrase]) => phrase);

function readTrailingQualifier(
  tokens: readonly Token[],
  to: number,
): { qualifier: Qualifier; to: number } | null {
  for (const [phrase, qualifier] of trailingQualifiersAt(tokens[to])) {
    const n = matchPhrase(tokens, to, phrase);
    if (n) return { qualifier, to: to + n };
  }
  return null;
}
