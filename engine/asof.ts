import type { DayRef } from './dates';
import { WEEKDAYS } from './lexicon';
import type { Token } from './tokens';
import type { Topic } from './types';

/** A point in time named in a sentence: an explicit date or a relative phrase ("last year"). */
export interface TimeAnchor {
  from: number;
  to: number;
  value: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const refDate = (ref: DayRef) => new Date(Date.UTC(ref.year, ref.month - 1, ref.day));

/** Relative time phrases in tokens [from, to), resolved against the article's date. */
export function relativeAnchors(
  tokens: readonly Token[],
  from: number,
  to: number,
  ref: DayRef,
): TimeAnchor[] {
  const anchors: TimeAnchor[] = [];
  const today = isoDay(refDate(ref));
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower;
    const add = (length: number, value: string) => anchors.push({ from: i, to: i + length, value });
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
      add(word === 'this' ? 2 : 1, today);
    } else if (word === 'yesterday') {
      const d = refDate(ref);
      d.setUTCDate(d.getUTCDate() - 1);
      add(1, isoDay(d));
    } else if (WEEKDAYS.has(word) && /^\p{Lu}/u.test(tokens[i]!.text)) {
      add(1, isoDay(lastWeekday(ref, word)));
    }
  }
  return anchors;
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

/**
 * The time a figure describes: the nearest time anchor in its sentence (one beyond another figure counts as
 * three times as far), else the topic's default: the article's date, a fixed date, or nothing.
 */
export function asOfFor(
  figure: { from: number; to: number },
  anchors: readonly TimeAnchor[],
  others: ReadonlyArray<readonly [number, number]>,
  topic: Topic | undefined,
  published: string | null,
): string | null {
  if (!topic || topic.asOf === 'none') return null;
  let best: TimeAnchor | null = null;
  let bestDistance = 12;
  for (const anchor of anchors) {
    const [lo, hi] = anchor.to <= figure.from ? [anchor.to, figure.from] : [figure.to, anchor.from];
    let distance = Math.max(0, hi - lo);
    if (others.some(([a, b]) => a < hi && b > lo)) distance *= 3;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = anchor;
    }
  }
  if (best) return best.value;
  if (topic.asOf === 'published') return published;
  return topic.asOf;
}
