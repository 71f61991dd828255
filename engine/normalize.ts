import type { Dimension, FigureValue, Normalized, Unit } from './types';

export const KM2_PER_MI2 = 2.58999;
export const KM_PER_MI = 1.609344;

const FACTORS: Partial<Record<Unit, number>> = {
  mi2: KM2_PER_MI2,
  mi: KM_PER_MI,
  weeks: 7,
  months: 30.4375,
  years: 365.25,
};

const NORMAL_UNIT: Record<Unit, Normalized['unit']> = {
  km2: 'km2',
  mi2: 'km2',
  km: 'km',
  mi: 'km',
  persons: 'persons',
  usd: 'usd',
  percent: 'percent',
  date: 'date',
  days: 'days',
  weeks: 'days',
  months: 'days',
  years: 'days',
  count: 'count',
  other: 'other',
};

export const DIMENSION_OF: Record<Unit, Dimension> = {
  km2: 'area',
  mi2: 'area',
  km: 'length',
  mi: 'length',
  persons: 'persons',
  usd: 'money',
  percent: 'percent',
  date: 'date',
  days: 'duration',
  weeks: 'duration',
  months: 'duration',
  years: 'duration',
  count: 'count',
  other: 'other',
};

const round = (n: number) => Math.round(n * 10) / 10;

/** Converts a value as written to the one unit of its dimension (mi² → km², mi → km, years → days). */
export function normalize(value: FigureValue, unit: Unit): Normalized {
  const factor = FACTORS[unit] ?? 1;
  const convert = (n: number) => (factor === 1 ? n : round(n * factor));
  const normal: FigureValue =
    typeof value === 'number'
      ? convert(value)
      : Array.isArray(value)
        ? [convert(value[0]), convert(value[1])]
        : value;
  return { value: normal, unit: NORMAL_UNIT[unit] };
}
