import { interval } from '../../engine/intervals';
import type { Qualifier } from '../../engine/types';

/** One value on the chart: a point, or a bar for a range or an open-ended claim ("more than 1,000"). */
export interface ChartPoint {
  label: string;
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
