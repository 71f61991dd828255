import { isoDays } from '../../engine/intervals';
import { domainOf, extentOf, scale, type ChartPoint, type Extent } from './chartScale';
import { formatDay } from '../shared/format';

interface SpreadChartProps {
  points: readonly ChartPoint[];
  /** For claims that change over time: dates across, values up; else one number line, one row each. */
  overTime: boolean;
  formatValue: (value: number) => string;
  /** What the picture shows, for people who cannot see it. */
  label: string;
}

const WIDTH = 340;
const ARROW = 5;

/** The spread of all sources' values for one claim, the page's own value highlighted. */
export function SpreadChart(props: SpreadChartProps) {
  return props.overTime ? <TimeChart {...props} /> : <NumberLine {...props} />;
}

const ROW = 18;
const LABEL_WIDTH = 100;

function NumberLine({ points, formatValue, label }: SpreadChartProps) {
  const extents = points.map(extentOf);
  const values = extents.flatMap(({ low, high }) => [low, high]);
  const domain = domainOf(values, extents.some(isOpen) ? OPEN_MARGIN : undefined);
  const left = LABEL_WIDTH + 8;
  const right = WIDTH - 12;
  const x = scale(domain, left, right);
  const axisY = points.length * ROW + 6;
  return (
    <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${axisY + 16}`} width={WIDTH}>
      {points.map((point, row) => {
        const y = row * ROW + ROW / 2 + 2;
        return (
          <g class={point.highlighted ? 'mark-this' : 'mark-other'} key={row}>
            <text x={LABEL_WIDTH} y={y + 4} text-anchor="end">
              {shorten(point.label)}
            </text>
            <Span extent={extents[row]!} position={x} at={y} across limits={[left, right]} />
          </g>
        );
      })}
      <line class="axis" x1={left} x2={right} y1={axisY} y2={axisY} />
      <Ticks values={values} position={(value) => [x(value), axisY + 13]} format={formatValue} />
    </svg>
  );
}

/** Room on the chart's sides for the arrows of open-ended values, as a share of the values' span. */
const OPEN_MARGIN = 0.3;

const isOpen = ({ openLow, openHigh }: Extent): boolean => openLow || openHigh;

interface TicksProps {
  values: readonly number[];
  position: (value: number) => [number, number];
  format: (value: number) => string;
  /** How labels align with their position; by default the lowest starts there and the highest ends there. */
  anchor?: 'end';
}

/** The smallest and largest value, written where they are on the axis. */
function Ticks({ values, position, format, anchor }: TicksProps) {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return (
    <>
      {[low, high].map((value, index) => {
        if (index === 1 && value === low) return null;
        const [x, y] = position(value);
        return (
          <text key={index} x={x} y={y} text-anchor={anchor ?? (index === 0 ? 'start' : 'end')}>
            {format(value)}
          </text>
        );
      })}
    </>
  );
}

const HEIGHT = 150;
const PLOT = { left: 64, right: WIDTH - 14, top: 10, bottom: HEIGHT - 24 };

function TimeChart({ points, formatValue, label }: SpreadChartProps) {
  const dated = points.flatMap((point) => {
    const day = point.asOf === null ? null : isoDays(point.asOf);
    return day === null ? [] : [{ point, day, extent: extentOf(point) }];
  });
  const days = dated.map(({ day }) => day);
  const x = scale(domainOf(days), PLOT.left, PLOT.right);
  const values = dated.flatMap(({ extent }) => [extent.low, extent.high]);
  const y = scale(
    domainOf(values, dated.some(({ extent }) => isOpen(extent)) ? OPEN_MARGIN : undefined),
    PLOT.bottom,
    PLOT.top,
  );
  const dates = dated.map(({ point }) => point.asOf ?? '').sort();
  return (
    <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH}>
      <line class="axis" x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} />
      <line class="axis" x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} />
      <Ticks
        values={values}
        position={(value) => [PLOT.left - 4, y(value) + 4]}
        format={formatValue}
        anchor="end"
      />
      <text x={PLOT.left} y={HEIGHT - 8}>
        {formatDay(dates[0] ?? '')}
      </text>
      <text x={PLOT.right} y={HEIGHT - 8} text-anchor="end">
        {formatDay(dates[dates.length - 1] ?? '')}
      </text>
      <text class="mark-this" x={PLOT.right} y={PLOT.top} text-anchor="end">
        ● this page
      </text>
      {dated.map(({ point, day, extent }, index) => (
        <g class={point.highlighted ? 'mark-this' : 'mark-other'} key={index}>
          <title>{`${point.label}, ${formatDay(point.asOf ?? '')}`}</title>
          <Span extent={extent} position={y} at={x(day)} across={false} limits={[PLOT.bottom, PLOT.top]} />
        </g>
      ))}
    </svg>
  );
}

interface SpanProps {
  extent: Extent;
  /** Maps a value to its pixel position along the value axis. */
  position: (value: number) => number;
  /** The pixel position on the other axis. */
  at: number;
  /** True when values run left to right, false when they run bottom to top. */
  across: boolean;
  /** Pixel positions of the value axis's start and end. */
  limits: [number, number];
}

/** A value as a dot, or as a bar with arrowheads at its open ends. */
function Span({ extent, position, at, across, limits }: SpanProps) {
  const start = extent.openLow ? limits[0] : position(extent.low);
  const end = extent.openHigh ? limits[1] : position(extent.high);
  const point = (along: number, side: number) => (across ? `${along},${at + side}` : `${at + side},${along}`);
  const arrow = (tip: number, direction: number) =>
    `${point(tip, 0)} ${point(tip - direction * ARROW, -ARROW)} ${point(tip - direction * ARROW, ARROW)}`;
  const sign = Math.sign(limits[1] - limits[0]);
  if (start === end)
    return across ? <circle cx={start} cy={at} r={4} /> : <circle cx={at} cy={start} r={4} />;
  const [x1, y1] = across ? [start, at] : [at, start];
  const [x2, y2] = across ? [end, at] : [at, end];
  return (
    <>
      <line x1={x1} y1={y1} x2={x2} y2={y2} />
      {extent.openLow && <polygon points={arrow(start, -sign)} />}
      {extent.openHigh && <polygon points={arrow(end, sign)} />}
    </>
  );
}

const shorten = (text: string): string => (text.length > 16 ? `${text.slice(0, 15)}…` : text);
