import { MONTHS } from './lexicon';
import { parseDigits } from './numbers';
import type { Token } from './tokens';
import { startsLower, startsUpper } from './letterCase';
import { table } from './table';

export interface ParsedDate {
  /** ISO date, month or year: "2025-03-05", "2024-08", "2024". */
  value: string;
  from: number;
  to: number;
}

/** A calendar day the article speaks from. */
export interface DayRef {
  year: number;
  month: number;
  day: number;
  /**
   * Whether the sentence speaks of the future ("will", "expected"): a date without a year may lie ahead.
   * Asked only for such a date.
   */
  ahead?: () => boolean;
}

const FUTURE_MARKERS = new Set([
  'will',
  'would',
  'could',
  "'ll",
  'shall',
  'expected',
  'expects',
  'plans',
  'planned',
  'scheduled',
  'due',
  'upcoming',
  'ahead',
  'until',
  'set',
  'going',
  'intends',
  'hopes',
  'before',
]);

/** True when a sentence's tokens speak of what is still to come. */
export function speaksOfFuture(tokens: ReadonlyArray<{ lower: string }>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FUTURE_MARKERS.has(tokens[i]!.lower)) return true;
  return false;
}

export const DATE_LEADS = new Set([
  'in',
  'last',
  'this',
  'next',
  'since',
  'early',
  'mid',
  'late',
  'until',
  'by',
  'from',
]);
const RELATIVE = new Set(['last', 'this', 'next']);

export function parseDayRef(iso: string | null | undefined): DayRef | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const ref = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return ref.month >= 1 && ref.month <= 12 && ref.day >= 1 && ref.day <= 31 ? ref : null;
}

export function todayRef(now = new Date()): DayRef {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

function monthOf(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'word' || !startsUpper(tok.text)) return undefined;
  return MONTHS[tok.lower];
}

function dayOf(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'num' || /[.,]/.test(tok.text)) return undefined;
  if (tok.suffix && !['th', 'st', 'nd', 'rd'].includes(tok.suffix)) return undefined;
  const v = parseDigits(tok);
  return v !== null && v >= 1 && v <= 31 ? v : undefined;
}

function yearOf(tok: Token | undefined): number | undefined {
  if (!tok || tok.kind !== 'num' || tok.suffix || !/^\d{4}$/.test(tok.text)) return undefined;
  const y = Number(tok.text);
  return y >= 1800 && y <= 2100 ? y : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date starting at token `i`: "5 March", "March 3", "January 20th", "February 2022",
 * "in August", "last August", "in 2024", "1941". Years missing from the text come from `ref`.
 */
export function parseDate(tokens: readonly Token[], i: number, ref: DayRef): ParsedDate | null {
  let j = i;
  const lead = tokens[j]?.kind === 'word' && DATE_LEADS.has(tokens[j]!.lower) ? tokens[j]!.lower : null;
  if (lead) j++;
  if (lead === 'mid' && tokens[j]?.text === '-') j++;

  // "5 March [2025]", "the 6th of August"
  const dayFirst = dayOf(tokens[j]);
  const of = tokens[j]?.suffix && tokens[j + 1]?.lower === 'of' ? 1 : 0;
  const monthAfterDay = monthOf(tokens[j + 1 + of]);
  if (dayFirst !== undefined && monthAfterDay !== undefined) {
    const year = yearOf(tokens[j + 2 + of]);
    const to = (year !== undefined ? j + 3 : j + 2) + of;
    return result(
      year ?? pickYear(ref, monthAfterDay, dayFirst, lead),
      monthAfterDay,
      dayFirst,
      start(i, lead),
      to,
    );
  }

  const month = monthOf(tokens[j]);
  if (month !== undefined) {
    let k = j + 1;
    if (tokens[k]?.text === '.') k++;
    const day = dayOf(tokens[k]);
    if (day !== undefined) {
      // "March 3", "March 3, 2025"
      let to = k + 1;
      let year: number | undefined;
      if (tokens[to]?.text === ',' && yearOf(tokens[to + 1]) !== undefined) {
        year = yearOf(tokens[to + 1]);
        to += 2;
      } else if (yearOf(tokens[to]) !== undefined) {
        year = yearOf(tokens[to]);
        to++;
      }
      return result(year ?? pickYear(ref, month, day, lead), month, day, start(i, lead), to);
    }
    const year = yearOf(tokens[k]);
    if (year !== undefined) return result(year, month, null, start(i, lead), k + 1);
    // a month alone only after a lead word ("in October", "last August") or naming an event ("their
    // August offensive")
    if (!lead && !namesEvent(tokens, j)) return null;
    return result(pickYear(ref, month, null, lead), month, null, i, j + 1);
  }

  const year = yearOf(tokens[j]);
  if (year !== undefined && (lead === null || !RELATIVE.has(lead))) {
    return { value: String(year), from: start(i, lead), to: j + 1 };
  }
  return null;
}

/** "the August offensive", "Kyiv's June incursion": a month's full name between a determiner and a noun. */
function namesEvent(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    // a full name ("May" may be the verb)
    tokens[j]!.lower.length > 3 &&
    tokens[j]!.lower !== 'sept' &&
    !!before &&
    (DETERMINERS.has(before.lower) || (before.kind === 'word' && before.lower !== before.base)) &&
    after?.kind === 'word' &&
    startsLower(after.text) &&
    !FUNCTION_WORDS.has(after.lower)
  );
}

const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'this', 'that']);
const FUNCTION_WORDS = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'was',
  'is',
  'has',
  'had',
]);

const PART_ORDINALS: Readonly<Record<string, number>> = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: -1,
  final: -1,
});

/**
 * "the first week of August [last year]", "the first two weeks of January", "the last ten days of March":
 * a part of a month, read as the month. Returns the month and where the phrase ends.
 */
export function parsePartOfMonth(tokens: readonly Token[], i: number, ref: DayRef): ParsedDate | null {
  if (PART_ORDINALS[tokens[i]?.lower ?? ''] === undefined) return null;
  let j = i + 1;
  const count = tokens[j]?.kind === 'word' && /^(two|three|ten)$/.test(tokens[j]!.lower);
  if (count) j++;
  if (!/^(weeks?|days|fortnight)$/.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'of') return null;
  const month = monthOf(tokens[j + 2]);
  if (month === undefined) return null;
  let to = j + 3;
  let year = yearOf(tokens[to]);
  if (year !== undefined) to++;
  else if (/^(last|this)$/.test(tokens[to]?.lower ?? '') && tokens[to + 1]?.lower === 'year') {
    year = tokens[to]!.lower === 'last' ? ref.year - 1 : ref.year;
    to += 2;
  }
  return result(year ?? pickYear(ref, month, null, null), month, null, i, to);
}

/** Dates keep "in"/"last" in their span only for a month alone; "in 2024" keeps it too. */
function start(i: number, lead: string | null): number {
  return lead && lead !== 'in' && !RELATIVE.has(lead) && lead !== 'mid' ? i + 1 : i;
}

function result(year: number, month: number, day: number | null, from: number, to: number): ParsedDate {
  const value = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { value, from, to };
}

/**
 * Chooses the year of a date written without one. A sentence about the past gets the latest such date up to
 * a week after the article's date (its date may be estimated). A sentence about the future gets the nearest,
 * a date in the past counting three times nearer than one ahead.
 */
export function pickYear(ref: DayRef, month: number, day: number | null, lead: string | null): number {
  const refDays = ref.month * 31 + ref.day;
  const days = month * 31 + (day ?? 15);
  if (lead === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (lead === 'this') return ref.year;
  if (lead === 'next') return month > ref.month ? ref.year : ref.year + 1;
  let best = ref.year;
  let bestScore = Infinity;
  const ahead = ref.ahead?.() ?? false;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const delta = (year - ref.year) * 372 + days - refDays;
    if (!ahead && delta > (day === null ? 0 : 7)) continue;
    const score =
      delta <= 0 || (day === null && month === ref.month && year === ref.year) ? -delta : delta * 3;
    if (score < bestScore) {
      bestScore = score;
      best = year;
    }
  }
  return best;
}
