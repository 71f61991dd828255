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
    { label: 'This page', figure, asOf: figure.asOf ?? published, highlighted: true },
    ...reply.others.map((other) => ({
      label: other.source.outlet,
      figure: other.figure,
      asOf: other.figure.asOf ?? other.source.published,
      highlighted: false,
    })),
  ];
  return candidates.flatMap(({ label, figure: { normalized, qualifier }, asOf, highlighted }) =>
    isNumeric(normalized.value) ? [{ label, value: normalized.value, qualifier, asOf, highlighted }] : [],
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
