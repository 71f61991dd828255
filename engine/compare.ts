import { formatDate, formatFigure, groupThousands } from './format';
import { daysApart, interval, isoDays, isoSpan } from './intervals';
import { claimByKey } from './taxonomy';
import type { ComparableFigure, PairComparison, Verdict } from './types';

export interface CompareOptions {
  /** Relative difference still counted as agreement (0.1 = 10 %). */
  tolerance?: number;
  /**
   * For claims that change over time: as-of dates further apart than this many days speak of another time.
   * By default the claim's own window (`window` in the taxonomy), else OTHER_TIME_DAYS.
   */
  otherTimeDays?: number;
}

/** The default tolerance: 10 %. */
const TOLERANCE = 0.1;
/** The window of a changing claim whose taxonomy names none. */
const OTHER_TIME_DAYS = 45;

/** A comparison's verdict and spread, without its reason (see `reasonOf`). */
export interface Judgement {
  verdict: PairComparison['verdict'];
  spread: number | null;
}

/**
 * Compares figure `a` with figure `b` of the same claim. Returns null when they cannot be compared
 * (another claim or another normalised unit).
 */
export function compare(
  a: ComparableFigure,
  b: ComparableFigure,
  options: CompareOptions = {},
): PairComparison | null {
  const judged = judgeAgainst(a, options)(b);
  return judged && { ...judged, reason: reasonOf(a, b, judged, options.tolerance) };
}

/**
 * `compare` of one figure against many, without writing reasons: what depends on `a` alone is worked
 * out once, and judging another figure allocates little more than its judgement (a store may hold
 * thousands of figures of a claim).
 */
export function judgeAgainst(
  a: ComparableFigure,
  { tolerance = TOLERANCE, otherTimeDays }: CompareOptions = {},
): (b: ComparableFigure) => Judgement | null {
  const claim = claimByKey(a.claim);
  const window = otherTimeDays ?? windowOf(a.claim);
  const aSpan = claim?.timeVarying && a.asOf ? isoSpan(a.asOf) : null;
  const va = a.normalized.value;
  const aRange = typeof va === 'string' ? null : interval(va, a.qualifier);
  return (b) => {
    if (a.claim === null || a.claim !== b.claim || a.normalized.unit !== b.normalized.unit) return null;
    if (aSpan !== null && b.asOf) {
      const bSpan = isoSpan(b.asOf);
      if (bSpan !== null && daysApart(aSpan, bSpan) > window) return { verdict: 'other time', spread: null };
    }
    const vb = b.normalized.value;
    if (aRange === null || typeof vb === 'string') {
      // dates agree at their common precision: "2025-03" and "2025-03-05" do
      const common = Math.min(String(va).length, String(vb).length);
      return String(va).slice(0, common) === String(vb).slice(0, common)
        ? { verdict: 'agree', spread: 0 }
        : { verdict: 'differ', spread: null };
    }
    const { spread } = apart(aRange, interval(vb, b.qualifier));
    return { verdict: spread <= tolerance ? 'agree' : 'differ', spread };
  };
}

/** Days apart within which two figures of a changing claim speak of the same time. */
export function windowOf(claim: string | null): number {
  return claimByKey(claim)?.window ?? OTHER_TIME_DAYS;
}

/**
 * Why `b` stands as judged against `a`, in plain words, from `a`'s side: "20% lower: more than 10%
 * apart", "5% apart, within 10%", "speaks of 1 Dec 2024, 105 days before; compared only within 10
 * days". Dates read
 * as people write them, converted values no more precise than their source wrote them.
 */
export function reasonOf(
  a: ComparableFigure,
  b: ComparableFigure,
  { verdict }: Judgement,
  tolerance = TOLERANCE,
): string {
  if (verdict === 'other time') {
    const aSpan = a.asOf ? isoSpan(a.asOf) : null;
    const bSpan = b.asOf ? isoSpan(b.asOf) : null;
    const days = aSpan && bSpan ? Math.round(daysApart(aSpan, bSpan)) : null;
    const gap =
      days === null ? '' : `, ${plural(days, 'day')} ${earlier(b.asOf, a.asOf) ? 'before' : 'after'}`;
    return `speaks of ${formatDate(b.asOf ?? '')}${gap}; compared only within ${plural(windowOf(a.claim), 'day')}`;
  }
  const va = a.normalized.value;
  const vb = b.normalized.value;
  if (typeof va === 'string' || typeof vb === 'string') return dateReason(String(va), String(vb), verdict);
  const { gap, points, spread } = apart(interval(va, a.qualifier), interval(vb, b.qualifier));
  if (verdict === 'differ') return `${direction(a, b)}: more than ${percent(tolerance)} apart`;
  if (spread === 0 && points) return 'the same value';
  const hedged = a.qualifier !== b.qualifier && a.qualifier !== 'exact' && b.qualifier !== 'exact';
  if (gap === 0 && !points) return `fits “${written(a)}”${hedged ? ' (both hedged)' : ''}`;
  return `${percent(spread)} apart, within ${percent(tolerance)}`;
}

type Valued = Pick<ComparableFigure, 'normalized' | 'qualifier'>;

/** "20% lower", "35% higher": `b` against `a`, relative to `a`, or the gap between their ranges. */
export function direction(a: Valued, b: Valued): string {
  const va = a.normalized.value;
  const vb = b.normalized.value;
  if (typeof va === 'string' || typeof vb === 'string') return 'another date';
  const ra = interval(va, a.qualifier);
  const rb = interval(vb, b.qualifier);
  const lower = rb[1] < ra[0];
  if (!lower && rb[0] <= ra[1]) return 'overlapping this figure';
  // the nearest ends of the two ranges, relative to this figure's
  const [from, to] = lower ? [ra[0], rb[1]] : [ra[1], rb[0]];
  const base = Number.isFinite(from) && from !== 0 ? Math.abs(from) : Math.max(Math.abs(to), 1e-9);
  return `${percent(Math.abs(to - from) / base)} ${lower ? 'lower' : 'higher'}`;
}

const earlier = (x: string | null, y: string | null): boolean => (x ?? '') < (y ?? '');

const plural = (n: number, word: string) => `${groupThousands(n)} ${word}${n === 1 ? '' : 's'}`;

/** How far apart two ranges of values are: their gap, and their spread relative to their scale. */
function apart(a: [number, number], b: [number, number]) {
  // indexed rather than destructured: destructuring runs the array iterator, thousands of times a hover
  const aLo = a[0];
  const aHi = a[1];
  const bLo = b[0];
  const bHi = b[1];
  const gap = Math.max(bLo - aHi, aLo - bHi, 0);
  const scale =
    Math.max(Math.abs(aLo), Math.abs(bLo), Number.isFinite(aHi) ? aHi : 0, Number.isFinite(bHi) ? bHi : 0) ||
    1;
  const points = aLo === aHi && bLo === bHi;
  const spread = points ? Math.abs(aLo - bLo) / Math.max(Math.abs(aLo), Math.abs(bLo), 1e-9) : gap / scale;
  return { gap, points, spread };
}

const written = (figure: ComparableFigure): string => formatFigure(figure);

function dateReason(a: string, b: string, verdict: Judgement['verdict']): string {
  if (verdict === 'agree') return 'the same date';
  const da = isoDays(a);
  const db = isoDays(b);
  if (da === null || db === null) return `not ${formatDate(a)}`;
  const days = Math.round(Math.abs(da - db));
  return `${plural(days, 'day')} ${db < da ? 'before' : 'after'} ${formatDate(a)}`;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Another figure with how it stands against the one judged. */
export interface Judged<T extends ComparableFigure> {
  figure: T;
  judgement: Judgement;
}

/**
 * Judges a figure against many others (those that cannot be compared are left out), without writing
 * reasons; the overall verdict is as `overall` sums them up.
 */
export function judgeAll<T extends ComparableFigure>(
  figure: ComparableFigure,
  others: readonly T[],
  options: CompareOptions = {},
): { verdict: Verdict; judged: Judged<T>[] } {
  const judge = judgeAgainst(figure, options);
  const judged: Judged<T>[] = [];
  for (const other of others) {
    const judgement = judge(other);
    if (judgement) judged.push({ figure: other, judgement });
  }
  return { verdict: overall(judged.map((j) => j.judgement.verdict)), judged };
}

/**
 * Many sources' verdicts as one, from those at a comparable time only: `agree` when they all agree,
 * `differ` when they all differ, `mixed` when some do each; `other time` when none speaks of this time.
 */
export function overall(verdicts: readonly Verdict[]): Verdict {
  const agree = verdicts.includes('agree');
  const differ = verdicts.includes('differ');
  if (verdicts.includes('mixed') || (agree && differ)) return 'mixed';
  if (differ) return 'differ';
  if (agree) return 'agree';
  if (verdicts.includes('other time')) return 'other time';
  return 'none';
}

/** How many same-time sources (or figures) agree and differ, and how many speak of other times. */
export interface Tally {
  agree: number;
  differ: number;
  otherTime: number;
}

/** The source that pulls a verdict apart: the furthest of those that differ when mixed, the nearest when all differ. */
export interface Puller {
  /** Outlet and date: "Reuters (5 Mar 2025)". */
  name: string;
  /** Its value, as shown: "1,400 km²". */
  says: string;
  /** Against this figure: "20% lower". */
  direction: string;
}

export interface WhyOptions {
  tolerance?: number;
  /** A changing claim: only sources of a comparable time count, and the line says so. */
  timeVarying: boolean;
  /** What the tally counts. */
  things?: 'sources' | 'figures';
  puller?: Puller | null;
}

/**
 * The one line under a verdict that says why: the rule, the tolerance, and which source pulls it
 * apart. "3 of 4 sources at this time agree within 10%; Reuters (5 Mar 2025) says 1,400 km², 20% lower."
 */
export function whyOf(verdict: Verdict, tally: Tally, options: WhyOptions): string {
  const { tolerance = TOLERANCE, timeVarying, things = 'sources', puller } = options;
  const within = `within ${percent(tolerance)}`;
  const at = timeVarying ? ' at this time' : '';
  const same = tally.agree + tally.differ;
  const one = things === 'sources' ? 'source' : 'figure';
  const says = (name: string) => (puller ? `${name} says ${puller.says}, ${puller.direction}` : '');
  switch (verdict) {
    case 'agree':
      return same === 1
        ? `The one ${one}${at} agrees, ${within}.`
        : same === 2
          ? `Both ${things}${at} agree ${within}.`
          : `All ${groupThousands(same)} ${things}${at} agree ${within}.`;
    case 'mixed':
      return `${groupThousands(tally.agree)} of ${groupThousands(same)} ${things}${at} agree ${within}${puller ? `; ${says(puller.name)}` : ''}.`;
    case 'differ':
      return same === 1
        ? `The one ${one}${at} is not ${within}${puller ? `: ${says(puller.name)}` : ''}.`
        : `${same === 2 ? `Neither ${one}` : `None of ${groupThousands(same)} ${things}`}${at} is ${within}${puller ? `; the nearest, ${says(`${puller.name},`)}` : ''}.`;
    case 'other time':
      return `No ${one} speaks of this time: ${groupThousands(tally.otherTime)} ${tally.otherTime === 1 ? 'speaks of another time' : 'speak of other times'}.`;
    default:
      return '';
  }
}

/**
 * Which of the judgements pulls the verdict apart: of those that differ, the furthest when the verdict
 * is mixed, the nearest when all differ (how close even the closest comes); -1 when none does.
 */
export function pullerAmong(
  verdict: Verdict,
  judgements: readonly Pick<Judgement, 'verdict' | 'spread'>[],
): number {
  if (verdict !== 'mixed' && verdict !== 'differ') return -1;
  let best = -1;
  judgements.forEach(({ verdict: one, spread }, index) => {
    if (one !== 'differ') return;
    const here = spread ?? Infinity;
    const there = best < 0 ? null : (judgements[best]!.spread ?? Infinity);
    if (there === null || (verdict === 'mixed' ? here > there : here < there)) best = index;
  });
  return best;
}
