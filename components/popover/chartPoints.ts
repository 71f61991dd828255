import { formatNormalized } from '../../engine/format';
import type { FigureValue } from '../../engine/types';
import type { CompareReply, FigureQuery, Settings } from '../../protocol/messages';
import type { ChartPoint } from './chartScale';

const isNumeric = (value: FigureValue): value is number | [number, number] => typeof value !== 'string';

/**
 * The chart's points: the page's figure first (highlighted), then every other source's; values that
 * are dates are left out. A value without its own as-of date counts from its article's date.
 */
export function chartPoints(figure: FigureQuery, published: string, reply: CompareReply): ChartPoint[] {
  const candidates = [
    { label: 'This page', tag: 'This page', figure, asOf: figure.asOf ?? published, highlighted: true },
    ...reply.others.map((other) => ({
      label: other.source.outlet,
      // the date the source was published tells two reports of one outlet apart
      tag: `${shortOutlet(other.source.outlet)} ${shortDay(other.source.published)}`,
      figure: other.figure,
      asOf: other.figure.asOf ?? other.source.published,
      highlighted: false,
    })),
  ];
  return candidates.flatMap(({ label, tag, figure: { normalized, qualifier }, asOf, highlighted }) =>
    isNumeric(normalized.value)
      ? [{ label, tag, value: normalized.value, qualifier, asOf, highlighted }]
      : [],
  );
}

/** A sentence that says what the chart shows. */
export function chartSummary(
  figure: FigureQuery,
  reply: CompareReply,
  areaUnit: Settings['areaUnit'],
): string {
  const others = reply.others.map((other) =>
    formatNormalized(other.figure.normalized, other.figure.qualifier, areaUnit),
  );
  const mine = formatNormalized(figure.normalized, figure.qualifier, areaUnit);
  const how = reply.timeVarying ? 'over time' : 'on one scale';
  return `Values ${how}: this page ${mine}; other sources ${others.join(', ')}.`;
}

/**
 * An outlet's name short enough for a chart: as it is up to 12 letters, else the initials of its
 * capitalised words ("The New York Times (republished rewrite)" → "NYT").
 */
export function shortOutlet(outlet: string): string {
  const name = outlet.replace(/\s*\(.*\)\s*$/, '').trim();
  if (name.length <= 12) return name;
  const initials = name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word) && word !== 'The')
    .map((word) => word[0])
    .join('');
  return initials.length >= 2 ? initials : `${name.slice(0, 11)}…`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-15" → "15 Mar", "2024-08" → "Aug 24". */
export function shortDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1] ?? '';
  return match[3] ? `${Number(match[3])} ${month}` : `${month} ${match[1]!.slice(2)}`;
}
