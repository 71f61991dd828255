import { formatNormalized } from './format';
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

/** Why `b` stands as judged against `a`, in words. */
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
    const gap = days === null ? '' : `, ${days} days from ${a.asOf}`;
    return `describes ${b.asOf}${gap}; this claim is compared within ${windowOf(a.claim)} days`;
  }
  const va = a.normalized.value;
  const vb = b.normalized.value;
  if (typeof va === 'string' || typeof vb === 'string') return dateReason(String(va), String(vb), verdict);
  const { gap, points, spread } = apart(interval(va, a.qualifier), interval(vb, b.qualifier));
  if (verdict === 'differ') return `${written(b)} vs ${written(a)}: ${percent(spread)} apart`;
  if (spread === 0 && points) return `same value: ${written(b)}`;
  const hedged = a.qualifier !== b.qualifier && a.qualifier !== 'exact' && b.qualifier !== 'exact';
  if (gap === 0 && !points) return `${written(b)} fits ${written(a)}${hedged ? ' (both hedged)' : ''}`;
  return `${written(b)} is within ${percent(tolerance)} of ${written(a)} (${percent(spread)} apart)`;
}

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

const written = (figure: ComparableFigure): string => formatNormalized(figure.normalized, figure.qualifier);

function dateReason(a: string, b: string, verdict: Judgement['verdict']): string {
  if (verdict === 'agree') return `same date: ${b}`;
  const da = isoDays(a);
  const db = isoDays(b);
  const days = da !== null && db !== null ? Math.round(Math.abs(da - db)) : null;
  return `${b} vs ${a}${days !== null ? `: ${days} days apart` : ''}`;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Another figure with how it stands against the one judged. */
export interface Judged<T extends ComparableFigure> {
  figure: T;
  judgement: Judgement;
}

/**
 * Judges a figure against many others (those that cannot be compared are left out), without writing
 * reasons; the overall verdict is `differ` if any same-time source differs.
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

export function overall(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('differ')) return 'differ';
  if (verdicts.includes('agree')) return 'agree';
  if (verdicts.includes('other time')) return 'other time';
  return 'none';
}
