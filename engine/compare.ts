import { formatNormalized } from './format';
import { interval, isoDays } from './intervals';
import { topicByKey } from './taxonomy';
import type { ComparableFigure, PairComparison, Verdict } from './types';

export { interval, isoDays };

export interface CompareOptions {
  /** Relative difference still counted as agreement (0.1 = 10 %). */
  tolerance?: number;
  /** For claims that change over time: as-of dates further apart than this speak of another time. */
  otherTimeDays?: number;
}

const DEFAULTS = { tolerance: 0.1, otherTimeDays: 45 };

/** A comparison's verdict and spread; its reason is written only when asked for. */
export interface Judgement {
  verdict: PairComparison['verdict'];
  spread: number | null;
  reason(): string;
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
  const judged = judge(a, b, options);
  return judged && { verdict: judged.verdict, spread: judged.spread, reason: judged.reason() };
}

/** `compare` without writing the reason: for counting verdicts over many figures. */
export function judge(
  a: ComparableFigure,
  b: ComparableFigure,
  options: CompareOptions = {},
): Judgement | null {
  return judgeAgainst(a, options)(b);
}

/** `judge` of one figure against many: what depends on `a` alone is worked out once. */
export function judgeAgainst(
  a: ComparableFigure,
  options: CompareOptions = {},
): (b: ComparableFigure) => Judgement | null {
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const otherTimeDays = options.otherTimeDays ?? DEFAULTS.otherTimeDays;
  const timeVarying = topicByKey(a.topic)?.timeVarying ?? false;
  const aDay = timeVarying && a.asOf ? isoDays(a.asOf) : null;
  const va = a.normalized.value;
  const aInterval = typeof va === 'string' ? null : interval(va, a.qualifier);
  return (b) => {
    if (a.topic === null || a.topic !== b.topic || a.normalized.unit !== b.normalized.unit) return null;
    if (aDay !== null && b.asOf) {
      const bDay = isoDays(b.asOf);
      if (bDay !== null && Math.abs(aDay - bDay) > otherTimeDays) {
        return { verdict: 'other time', spread: null, reason: () => `describes ${b.asOf}, not ${a.asOf}` };
      }
    }
    const vb = b.normalized.value;
    if (aInterval === null || typeof vb === 'string') return compareDates(String(va), String(vb));
    const [aLo, aHi] = aInterval;
    const [bLo, bHi] = interval(vb, b.qualifier);
    const gap = Math.max(bLo - aHi, aLo - bHi, 0);
    const scale =
      Math.max(
        Math.abs(aLo),
        Math.abs(bLo),
        Number.isFinite(aHi) ? aHi : 0,
        Number.isFinite(bHi) ? bHi : 0,
      ) || 1;
    const points = aLo === aHi && bLo === bHi;
    const spread = points ? Math.abs(aLo - bLo) / Math.max(Math.abs(aLo), Math.abs(bLo), 1e-9) : gap / scale;
    if (spread <= tolerance) {
      const hedged = a.qualifier !== b.qualifier && a.qualifier !== 'exact' && b.qualifier !== 'exact';
      const reason = () => {
        if (spread === 0 && points) return `same value: ${written(b)}`;
        if (gap === 0 && !points) return `${written(b)} fits ${written(a)}${hedged ? ' (both hedged)' : ''}`;
        return `${written(b)} is within ${percent(tolerance)} of ${written(a)} (${percent(spread)} apart)`;
      };
      return { verdict: 'agree', spread, reason };
    }
    return {
      verdict: 'differ',
      spread,
      reason: () => `${written(b)} vs ${written(a)}: ${percent(spread)} apart`,
    };
  };
}

const written = (figure: ComparableFigure): string => formatNormalized(figure.normalized, figure.qualifier);

function compareDates(a: string, b: string): Judgement {
  const common = Math.min(a.length, b.length);
  if (a.slice(0, common) === b.slice(0, common))
    return { verdict: 'agree', spread: 0, reason: () => `same date: ${b}` };
  const da = isoDays(a);
  const db = isoDays(b);
  const days = da !== null && db !== null ? Math.round(Math.abs(da - db)) : null;
  return {
    verdict: 'differ',
    spread: null,
    reason: () => `${b} vs ${a}${days !== null ? `: ${days} days apart` : ''}`,
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

export interface Comparison<T extends ComparableFigure> {
  figure: T;
  result: PairComparison;
}

/** Compares a figure with many others; the overall verdict is `differ` if any same-time source differs. */
export function compareAll<T extends ComparableFigure>(
  figure: ComparableFigure,
  others: readonly T[],
  options: CompareOptions = {},
): { verdict: Verdict; comparisons: Comparison<T>[] } {
  const comparisons: Comparison<T>[] = [];
  for (const other of others) {
    const result = compare(figure, other, options);
    if (result) comparisons.push({ figure: other, result });
  }
  return { verdict: overall(comparisons.map((c) => c.result.verdict)), comparisons };
}

export function overall(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('differ')) return 'differ';
  if (verdicts.includes('agree')) return 'agree';
  if (verdicts.includes('other time')) return 'other time';
  return 'none';
}
