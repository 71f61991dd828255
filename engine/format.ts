import { KM2_PER_MI2, KM_PER_MI } from './normalize';
import type { Normalized, Qualifier } from './types';

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
  date: asItIs,
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
  if (typeof value === 'string') return value;
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
