import type { DayRef } from './dates';
import { MONTHS, WEEKDAYS } from './lexicon';
import { tokenize, type Token } from './tokens';
import type { Claim } from './types';
import { startsUpper } from './letterCase';
import { wordClass } from './words';
import { table } from './table';

/** A point in time named in a sentence: an explicit date or a relative phrase ("last year"). */
export interface TimeAnchor {
  from: number;
  to: number;
  value: string;
  /** "now", "currently", "this week": the article's present, which a claim's own time words can outweigh. */
  present?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const refDate = (ref: DayRef) => new Date(Date.UTC(ref.year, ref.month - 1, ref.day));

/** The words that open a relative time phrase other than a month's name. */
/** The words `MONTHS` answers for, as a class: asked of every capitalised word without the look-up. */
const MONTH_KEY = wordClass(Object.keys(MONTHS));
const RELATIVE = wordClass(['last', 'this', 'now', 'currently', 'today', 'yesterday', ...WEEKDAYS]);
/** The text begins with a letter a to z: not a capital. */
const startsAsciiLower = (text: string) => {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/** Relative time phrases in tokens [from, to), resolved against the article's date. */
export function relativeAnchors(
  tokens: readonly Token[],
  from: number,
  to: number,
  ref: DayRef,
): TimeAnchor[] {
  const anchors: TimeAnchor[] = [];
  let today: string | undefined;
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    const word = tok.lower;
    // most words name no time: only these, or a capitalised month (a word in lower case is none)
    if (
      tok.kind !== 'word' ||
      (!(tok.word.classes & RELATIVE) && (startsAsciiLower(tok.text) || !(tok.word.classes & MONTH_KEY)))
    )
      continue;
    const next = tokens[i + 1]?.lower;
    const add = (length: number, value: string, present = false) => {
      // "since the beginning of this summer": where a span begins, not a time a figure describes
      if (!startsSpan(tokens, i, from))
        anchors.push({ from: i, to: i + length, value, ...(present ? { present } : {}) });
    };
    if (word === 'last' && next === 'year') add(2, String(ref.year - 1));
    else if (word === 'this' && next === 'year') add(2, String(ref.year));
    else if (word === 'last' && next === 'month')
      add(2, ref.month === 1 ? `${ref.year - 1}-12` : `${ref.year}-${pad(ref.month - 1)}`);
    else if (
      (word === 'this' && (next === 'month' || next === 'week')) ||
      word === 'now' ||
      word === 'currently' ||
      word === 'today'
    ) {
      add(word === 'this' ? 2 : 1, (today ??= isoDay(refDate(ref))), true);
    } else if (word === 'yesterday') {
      const d = refDate(ref);
      d.setUTCDate(d.getUTCDate() - 1);
      add(1, isoDay(d));
    } else if (WEEKDAYS.has(word) && startsUpper(tokens[i]!.text)) {
      add(1, isoDay(lastWeekday(ref, word)));
    } else if (word === 'last' && next === 'week') {
      const d = refDate(ref);
      d.setUTCDate(d.getUTCDate() - 7);
      add(2, isoDay(d));
    } else if ((word === 'last' || word === 'this') && next !== undefined && SEASONS[next] !== undefined) {
      add(2, seasonMonth(ref, SEASONS[next]!, word === 'this'));
    } else if (
      MONTHS[word] !== undefined &&
      (word.length > 3 || word === 'may') &&
      startsUpper(tokens[i]!.text)
    ) {
      // "by the end of February": a month named without a day is the last such month up to the article
      if (word === 'may' && !MONTH_LEADS.has(tokens[i - 1]?.lower ?? '')) continue;
      const month = MONTHS[word]!;
      add(1, `${month <= ref.month ? ref.year : ref.year - 1}-${pad(month)}`);
    }
  }
  return anchors;
}

/** The middle month of each season (northern hemisphere, as the news of this war speaks of them). */
const SEASONS: Readonly<Record<string, number>> = table({
  spring: 4,
  summer: 7,
  autumn: 10,
  fall: 10,
  winter: 1,
});

/** Words after which a time is where a span begins ("since August"), not the time a figure describes. */
export const SPAN_STARTS = new Set(['since', 'from', 'before', 'until']);

/** "since August", "from last week", "since the start of this year": the word opens a span of time. */
function startsSpan(tokens: readonly Token[], i: number, from: number): boolean {
  if (SPAN_STARTS.has(tokens[i - 1]?.lower ?? '')) return true;
  for (let k = i - 1; k >= Math.max(from, i - 5); k--) if (tokens[k]!.lower === 'since') return true;
  return false;
}

/** Words before "May" that make it a month rather than a verb. */
const MONTH_LEADS = new Set(['in', 'by', 'of', 'since', 'until', 'early', 'late', 'mid', 'end', '-']);

/** "last summer" (the latest summer before the article's month), "this summer" (the article's year). */
function seasonMonth(ref: DayRef, middle: number, current: boolean): string {
  const year = current || middle < ref.month ? ref.year : ref.year - 1;
  return `${year}-${pad(middle)}`;
}

/** The most recent given weekday up to the article's date ("on Friday" in a Sunday paper). */
function lastWeekday(ref: DayRef, weekday: string): Date {
  const target = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(
    weekday,
  );
  const d = refDate(ref);
  const back = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d;
}

interface TimeCue {
  words: string[];
  side: 'any' | 'before';
  asOf: string;
}

/** A claim's time cues as base words, by their first word, with the time each names; made once per claim. */
const compiledTimes = new WeakMap<Claim, Map<string, TimeCue[]>>();

function timesOf(claim: Claim): Map<string, TimeCue[]> {
  let found = compiledTimes.get(claim);
  if (!found) {
    found = new Map();
    for (const { cues, asOf } of claim.times ?? []) {
      for (const cue of cues) {
        const before = cue.startsWith('before:');
        const words = tokenize(before ? cue.slice(7) : cue).map((t) => t.base);
        if (words.length === 0) continue;
        const side = before ? ('before' as const) : ('any' as const);
        found.set(words[0]!, [...(found.get(words[0]!) ?? []), { words, side, asOf }]);
      }
    }
    compiledTimes.set(claim, found);
  }
  return found;
}

/** Tokens on each side of a figure within which a time cue ("at its height") names its time. */
const TIME_CUE_REACH = 24;

/** Words that start another clause: a time word beyond them is further from the figure than it looks. */
const CLAUSE_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though']);
const CLAUSE_PENALTY = 6;

/** Tokens between [lo, hi), with CLAUSE_PENALTY more when they cross into another clause. */
function distanceBetween(tokens: readonly Token[], lo: number, hi: number): number {
  const distance = Math.max(0, hi - lo);
  for (let k = lo; k < hi; k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return distance + CLAUSE_PENALTY;
  }
  return distance;
}

/** A time a claim's words name, and how far from the figure they stand. */
export interface NamedTime {
  asOf: string;
  distance: number;
}

/**
 * The time a claim's words name near a figure ("at its height", "initially seized"), or null: the nearest
 * such cue in the figure's sentence, not beyond another figure.
 */
export function namedTime(
  tokens: readonly Token[],
  figure: { from: number; to: number },
  sentence: { from: number; to: number },
  others: ReadonlyArray<readonly [number, number]>,
  claim: Claim | undefined,
): NamedTime | null {
  if (!claim?.times) return null;
  const cues = timesOf(claim);
  const lo = Math.max(sentence.from, figure.from - TIME_CUE_REACH);
  const hi = Math.min(sentence.to, figure.to + TIME_CUE_REACH);
  let best: NamedTime | null = null;
  for (let at = lo; at < hi; at++) {
    if (at >= figure.from && at < figure.to) continue;
    for (const cue of cues.get(tokens[at]!.base) ?? []) {
      const n = cue.words.length;
      if (cue.side === 'before' && at + n > figure.from) continue;
      let k = 0;
      while (k < n && tokens[at + k]?.base === cue.words[k]) k++;
      if (k < n) continue;
      const [a, b] = at < figure.from ? [at + n, figure.from] : [figure.to, at];
      if (others.some(([x, y]) => x < b && y > a)) continue;
      const distance = distanceBetween(tokens, a, b);
      if (!best || distance < best.distance) best = { asOf: cue.asOf, distance };
    }
  }
  return best;
}

/** Verbs of saying: a date right after them ("reported on Feb. 6") is the day a statement was made. */
const STATEMENT_VERBS = new Set([
  'said',
  'says',
  'reported',
  'reports',
  'announced',
  'stated',
  'claimed',
  'told',
  'confirmed',
  'estimated',
  'wrote',
  'added',
  'briefed',
  'declared',
]);

/**
 * The anchor that dates a statement reporting the sentence's figures ("the General Staff reported on
 * Feb. 6", "Russia said on Tuesday"): "on" right after a verb of saying, or after its object ("told
 * reporters on"). Null when the sentence has none.
 */
export function statementAnchor(tokens: readonly Token[], anchors: readonly TimeAnchor[]): TimeAnchor | null {
  for (const anchor of anchors) {
    if (tokens[anchor.from - 1]?.lower !== 'on') continue;
    for (let k = anchor.from - 2; k >= anchor.from - 3 && k >= 0; k--) {
      if (STATEMENT_VERBS.has(tokens[k]!.lower)) return anchor;
    }
  }
  return null;
}

/** Tokens within which a date in the sentence gives a figure its time. */
const ANCHOR_REACH = 12;

/**
 * The time a figure describes: the nearest date in its sentence (one beyond another figure counts as three
 * times as far, one in another clause further); else the nearer of a word for the present ("now") and a time the claim's words name ("at
 * its height", which wins a tie); else the day of the statement that reports it; else the claim's default:
 * the article's date, a fixed date, or nothing (a figure of no known claim takes the article's date).
 */
export function asOfFor(
  tokens: readonly Token[],
  figure: { from: number; to: number },
  anchors: readonly TimeAnchor[],
  others: ReadonlyArray<readonly [number, number]>,
  claim: Claim | undefined,
  published: string | null,
  named: NamedTime | null = null,
  statement: TimeAnchor | null = null,
): string | null {
  if (claim?.asOf === 'none') return null;
  let dated: TimeAnchor | null = null;
  let present: TimeAnchor | null = null;
  let datedDistance = ANCHOR_REACH;
  let presentDistance = ANCHOR_REACH;
  for (const anchor of anchors) {
    const [lo, hi] = anchor.to <= figure.from ? [anchor.to, figure.from] : [figure.to, anchor.from];
    let distance = distanceBetween(tokens, lo, hi);
    if (others.some(([a, b]) => a < hi && b > lo)) distance *= 3;
    if (anchor.present) {
      if (distance < presentDistance) [present, presentDistance] = [anchor, distance];
    } else if (distance < datedDistance) [dated, datedDistance] = [anchor, distance];
  }
  if (dated) return dated.value;
  if (named && (!present || named.distance <= presentDistance)) return named.asOf;
  if (present) return present.value;
  // a figure of no known claim is taken as what the article reports at its date, like a running total
  if (!claim || claim.asOf === 'published') return statement?.value ?? published;
  return claim.asOf;
}
