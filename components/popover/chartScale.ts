import { interval } from '../../engine/intervals';
import type { Qualifier } from '../../engine/types';

/** One value on the chart: a point, or a bar for a range or an open-ended claim ("more than 1,000"). */
export interface ChartPoint {
  /** Who says it, in full: "The New York Times". */
  label: string;
  /** Short enough to stand by a dot and tell sources apart: "NYT 15 Mar". */
  tag: string;
  value: number | [number, number];
  qualifier: Qualifier;
  /** The date the value describes (for claims that change over time), as an ISO date, month or year. */
  asOf: string | null;
  highlighted: boolean;
}

/** A value's extent: where it starts and ends, and which ends are open ("up to", "more than"). */
export interface Extent {
  low: number;
  high: number;
  openLow: boolean;
  openHigh: boolean;
}

export function extentOf({ value, qualifier }: Pick<ChartPoint, 'value' | 'qualifier'>): Extent {
  const [low, high] = interval(value, qualifier);
  const openLow = !Array.isArray(value) && (qualifier === 'up to' || qualifier === 'less than');
  const openHigh = !Number.isFinite(high);
  const point = Array.isArray(value) ? value[0] : value;
  return { low: openLow ? point : low, high: openHigh ? point : high, openLow, openHigh };
}

/** The range a chart shows for some numbers, with a margin so nothing sits on the edge. */
export function domainOf(numbers: readonly number[], margin = 0.08): [number, number] {
  const finite = numbers.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const span = high - low || Math.abs(high) * 0.2 || 1;
  return [low - span * margin, high + span * margin];
}

/** A linear map from a domain onto `[from, to]` pixels. */
export const scale =
  ([low, high]: [number, number], from: number, to: number) =>
  (value: number): number =>
    from + ((value - low) / (high - low)) * (to - from);

/** Round values for an axis's ticks, about `count` of them, within [low, high]. */
export function niceTicks(low: number, high: number, count = 4): number[] {
  if (!(high > low)) return [low];
  const rough = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step)
    ticks.push(Math.round(tick / step) * step);
  return ticks;
}

/** Every few months' first days, as ISO months, between two days (since 1970): at most `count`. */
export function monthTicks(fromDay: number, toDay: number, count = 4): string[] {
  const start = new Date(fromDay * 86_400_000);
  const months: string[] = [];
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    if (m > 11) {
      y++;
      m = 0;
    }
    const day = Date.UTC(y, m, 1) / 86_400_000;
    if (day > toDay) break;
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
  }
  const every = Math.max(1, Math.ceil(months.length / count));
  return months.filter((_, index) => index % every === 0);
}
