import { KM2_PER_MI2, KM_PER_MI } from './normalize';
import type { FigureValue, Normalized, Qualifier, Unit } from './types';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'up to': 'up to ',
  'at least': 'at least ',
  'more than': 'more than ',
  'less than': 'less than ',
  range: '',
};

/** 1368 → "1,368"; 6e9 → "6 billion"; 501.9 → "502"; 77.7 → "77.7". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${trim(n / 1e9)} billion`;
  if (abs >= 1e6) return `${trim(n / 1e6)} million`;
  // converted values carry no real precision beyond whole units once they reach the hundreds
  const rounded = abs >= 100 ? Math.round(n) : Math.round(n * 10) / 10;
  return groupThousands(rounded);
}

/**
 * 1368 → "1,368", -12000.5 → "-12,000.5": the number as JavaScript writes it, its whole part in groups
 * of three digits, as `Intl.NumberFormat('en-US')` writes it. Intl's first use on a page loads the
 * browser's locale data, which took about 28 ms of the first popover of every page.
 */
export const groupThousands = (n: number): string =>
  String(n).replace(/\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

const trim = (n: number) => String(Math.round(n * 100) / 100);

const asItIs = (v: string) => v;

const UNIT_WORDS: Record<Normalized['unit'], (v: string) => string> = {
  km2: (v) => `${v} km²`,
  km: (v) => `${v} km`,
  persons: (v) => `${v} people`,
  usd: (v) => `$${v}`,
  percent: (v) => `${v}%`,
  days: (v) => `${v} days`,
  date: formatDate,
  count: asItIs,
  other: asItIs,
};

/**
 * A normalised value for people to read: "more than 1,368 km²", "$6 billion", "10,000–12,000 people".
 * With `areaUnit` 'mi2', areas read in square miles and lengths in miles.
 */
export function formatNormalized(
  normalized: Normalized,
  qualifier: Qualifier,
  areaUnit: 'km2' | 'mi2' = 'km2',
): string {
  const { value, unit } = normalized;
  if (typeof value === 'string') return unit === 'date' ? formatDate(value) : value;
  const miles = areaUnit === 'mi2' && (unit === 'km2' || unit === 'km');
  const convert = (n: number) => (miles ? n / (unit === 'km2' ? KM2_PER_MI2 : KM_PER_MI) : n);
  const number = Array.isArray(value)
    ? `${formatNumber(convert(value[0]))}–${formatNumber(convert(value[1]))}`
    : formatNumber(convert(value));
  const withUnit = miles
    ? `${number} ${unit === 'km2' ? 'sq mi' : 'mi'}`
    : unit === 'days' && typeof value === 'number'
      ? formatDays(value)
      : UNIT_WORDS[unit](number);
  return `${QUALIFIER_WORDS[qualifier]}${withUnit}`;
}

/** 213.1 days → "7 months"; 1095.8 → "3 years"; 14 → "2 weeks"; 30 → "30 days". */
export function formatDays(days: number): string {
  const whole = (n: number) => Math.abs(n - Math.round(n)) < 0.02 && Math.round(n) > 0;
  const plural = (n: number, word: string) => `${Math.round(n)} ${word}${Math.round(n) === 1 ? '' : 's'}`;
  if (whole(days / 365.25)) return plural(days / 365.25, 'year');
  if (whole(days / 30.4375) && days % 7 !== 0 && days !== 30) return plural(days / 30.4375, 'month');
  if (whole(days / 7) && days % 7 === 0 && days < 70) return plural(days / 7, 'week');
  return `${formatNumber(days)} days`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-10" → "10 Mar 2025", "2024-08" → "Aug 2024", "2024" → "2024"; anything else as it is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * The significant digits a written number claims: "1,368" four, "30" and "110" two (a trailing zero
 * of a whole number is read as rounding), "42.5" three; never fewer than two.
 */
export function significantDigits(written: number): number {
  const digits = Number.isInteger(written)
    ? String(Math.abs(written)).replace(/0+$/, '')
    : String(Math.abs(written)).replace('.', '').replace(/^0+/, '');
  return Math.max(2, digits.length);
}

/** A converted number rounded to the precision its source wrote: 77.7 from "30" sq mi → 78. */
export function roundLike(n: number, written: number): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  const place = Math.floor(Math.log10(Math.abs(n))) - significantDigits(written) + 1;
  // past the units, whole units: 108.8 from "42" reads 109, not a made-up round 110
  if (place >= 0) return Math.round(n);
  const step = 10 ** Math.max(place, -2);
  return Math.round(n / step) * step;
}

export interface WrittenFigure {
  value: FigureValue;
  unit: Unit;
  qualifier: Qualifier;
  normalized: Normalized;
}

/**
 * A figure's value in the unit people are shown, no more precise than its source wrote it: "about 30
 * square miles" reads "about 78 km²", a plain "42 sq mi" reads "≈ 109 km²"; a value written in the
 * unit shown reads as written ("1,368 km²").
 */
export function formatFigure(figure: WrittenFigure, areaUnit: 'km2' | 'mi2' = 'km2'): string {
  const { value, normalized, qualifier } = figure;
  const shown = formatNormalized(normalized, qualifier, areaUnit);
  if (typeof value === 'string' || typeof normalized.value === 'string') return shown;
  const inMiles = areaUnit === 'mi2' && (normalized.unit === 'km2' || normalized.unit === 'km');
  const writtenInMiles = figure.unit === 'mi2' || figure.unit === 'mi';
  const converted = (normalized.unit === 'km2' || normalized.unit === 'km') && inMiles !== writtenInMiles;
  if (!converted) return shown;
  const firstWritten = Array.isArray(value) ? value[0] : value;
  // rounded in the unit shown, then written in it
  const factor = inMiles ? (normalized.unit === 'km2' ? KM2_PER_MI2 : KM_PER_MI) : 1;
  const rounded = (n: number) => roundLike(n / factor, firstWritten) * factor;
  const nv = normalized.value;
  const roundedValue: FigureValue = Array.isArray(nv) ? [rounded(nv[0]), rounded(nv[1])] : rounded(nv);
  const words = formatNormalized({ ...normalized, value: roundedValue }, qualifier, areaUnit);
  return qualifier === 'exact' || qualifier === 'range' ? `≈ ${words}` : words;
}
