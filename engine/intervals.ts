import type { Qualifier } from './types';

/** The values a figure allows, in its normalised unit: "up to 1,000" allows [0, 1000]. */
export function interval(value: number | [number, number], qualifier: Qualifier): [number, number] {
  if (Array.isArray(value)) return value[0] <= value[1] ? [value[0], value[1]] : [value[1], value[0]];
  switch (qualifier) {
    case 'up to':
    case 'less than':
      return [0, value];
    case 'at least':
    case 'more than':
      return [value, Infinity];
    default:
      return [value, value];
  }
}

/** Days already worked out, by date: comparing one figure with thousands reads the same dates again. */
const daysOf = new Map<string, number | null>();
const REMEMBERED_DATES = 10_000;

/** Days since 1970 of an ISO date, month or year (a month or year counts from its middle). */
export function isoDays(iso: string): number | null {
  let days = daysOf.get(iso);
  if (days === undefined) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
    const month = m?.[2] ? Number(m[2]) - 1 : 6;
    const day = m?.[3] ? Number(m[3]) : m?.[2] ? 15 : 1;
    days = m ? Date.UTC(Number(m[1]), month, day) / 86_400_000 : null;
    if (daysOf.size >= REMEMBERED_DATES) daysOf.clear();
    daysOf.set(iso, days);
  }
  return days;
}

/** Spans already worked out, by date: as `daysOf`, a hover judges thousands of figures by their dates. */
const spanOf = new Map<string, readonly [number, number] | null>();

/** The days (since 1970) an ISO date, month or year spans, first and last; null when it is not one. */
export function isoSpan(iso: string): readonly [number, number] | null {
  let span = spanOf.get(iso);
  if (span === undefined) {
    span = spanOfIso(iso);
    if (spanOf.size >= REMEMBERED_DATES) spanOf.clear();
    spanOf.set(iso, span);
  }
  return span;
}

function spanOfIso(iso: string): readonly [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3])) / 86_400_000;
    return [day, day];
  }
  if (m[2]) {
    const month = Number(m[2]) - 1;
    return [Date.UTC(year, month, 1) / 86_400_000, Date.UTC(year, month + 1, 0) / 86_400_000];
  }
  return [Date.UTC(year, 0, 1) / 86_400_000, Date.UTC(year, 11, 31) / 86_400_000];
}

/** Days between two spans of days; 0 when they overlap. */
export function daysApart(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, b[0] - a[1], a[0] - b[1]);
}
