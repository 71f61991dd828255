import { isoDays } from '../../engine/intervals';
import { formatDate } from '../shared/format';
import { domainOf, extentOf, monthTicks, niceTicks, scale, type ChartPoint, type Extent } from './chartScale';

interface SpreadChartProps {
  points: readonly ChartPoint[];
  /** For claims that change over time: dates across, values up; else one number line, one row each. */
  overTime: boolean;
  /** A value with its unit: "1,295 km²". */
  formatValue: (value: number) => string;
  /** What the picture shows, for people who cannot see it. */
  label: string;
}

const WIDTH = 340;
const ARROW = 5;
/** Height of a line of the chart's 10 px text. */
const LINE = 12;
/** Width of a character of the chart's 10 px text, a little generous so nothing is cut. */
const CHAR = 5.8;

/**
 * The spread of all sources' values for one claim: every source a labelled dot, or an arrow for an open
 * end ("up to", "more than"); the page's own value a ring drawn last, so it hides no other and none
 * hides it. A line under the chart says what the ring and the arrows mean.
 */
export function SpreadChart(props: SpreadChartProps) {
  const open = props.points.some((point) => isOpen(extentOf(point)));
  return (
    <figure class="chart-figure">
      {props.overTime ? <TimeChart {...props} /> : <NumberLine {...props} />}
      <figcaption class="chart-legend" aria-hidden="true">
        <span class="legend-this">◯ this page</span>
        <span class="legend-other">● another source</span>
        {open && (
          <span>
            {props.overTime ? '▲ more than · ▼ up to' : '▸ more than · ◂ up to'}: the value goes on that way
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** "1,295 km²" → ["1,295", "km²"]; "$6 billion" → ["$6 billion", ""]: ticks carry the number, the axis the unit. */
function splitUnit(text: string): [string, string] {
  const match = /^(\$?[\d,.]+(?: billion| million)?)\s*(.*)$/.exec(text);
  return match ? [match[1]!, match[2]!] : [text, ''];
}

const ROW = 20;

function NumberLine({ points, formatValue, label }: SpreadChartProps) {
  const extents = points.map(extentOf);
  const values = extents.flatMap(({ low, high }) => [low, high]);
  const domain = domainOf(values, extents.some(isOpen) ? OPEN_MARGIN : undefined);
  const tagWidth = Math.max(...points.map((point) => point.tag.length)) * CHAR + 4;
  const left = Math.min(tagWidth, 130) + 10;
  const right = WIDTH - 14;
  const x = scale(domain, left, right);
  const axisY = points.length * ROW + 4;
  // every source gives one value: one tick, at it, not made-up fractions around it
  const ticks = new Set(values).size === 1 ? [values[0]!] : niceTicks(domain[0], domain[1], 4);
  const unit = splitUnit(formatValue(ticks[0] ?? 0))[1];
  // the page's row first, as listed; drawn last
  const order = points
    .map((_, row) => row)
    .sort((a, b) => Number(points[a]!.highlighted) - Number(points[b]!.highlighted));
  return (
    <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${axisY + 30}`} width={WIDTH}>
      <title>{label}</title>
      {ticks.map((tick) => (
        <line key={`g${tick}`} class="grid" x1={x(tick)} x2={x(tick)} y1={0} y2={axisY} />
      ))}
      {order.map((row) => {
        const point = points[row]!;
        const y = row * ROW + ROW / 2 + 2;
        return (
          <g class={point.highlighted ? 'mark-this' : 'mark-other'} key={row}>
            <text x={left - 8} y={y + 3.5} text-anchor="end">
              {point.tag}
            </text>
            <Span
              extent={extents[row]!}
              position={x}
              at={y}
              across
              limits={[left, right]}
              ring={point.highlighted}
            />
          </g>
        );
      })}
      <line class="axis" x1={left} x2={right} y1={axisY} y2={axisY} />
      {ticks.map((tick) => (
        <g key={`t${tick}`} class="tick">
          <line class="axis" x1={x(tick)} x2={x(tick)} y1={axisY} y2={axisY + 4} />
          <text x={x(tick)} y={axisY + 4 + LINE} text-anchor={anchorAt(x(tick), left, right)}>
            {splitUnit(formatValue(tick))[0]}
          </text>
        </g>
      ))}
      {unit && (
        <text x={right} y={axisY + 4 + 2 * LINE} text-anchor="end">
          {unit}
        </text>
      )}
    </svg>
  );
}

/** A tick label near an end of its axis keeps inside the chart; the others centre on their tick. */
function anchorAt(at: number, left: number, right: number): 'start' | 'middle' | 'end' {
  if (at - left < 18) return 'start';
  if (right - at < 18) return 'end';
  return 'middle';
}

/** Room on the chart's sides for the arrows of open-ended values, as a share of the values' span. */
const OPEN_MARGIN = 0.3;

const isOpen = ({ openLow, openHigh }: Extent): boolean => openLow || openHigh;

const HEIGHT = 170;

function TimeChart({ points, formatValue, label }: SpreadChartProps) {
  const dated = points.flatMap((point) => {
    const day = point.asOf === null ? null : isoDays(point.asOf);
    return day === null ? [] : [{ point, day, extent: extentOf(point) }];
  });
  const days = dated.map(({ day }) => day);
  const values = dated.flatMap(({ extent }) => [extent.low, extent.high]);
  const valueDomain = domainOf(values, dated.some(({ extent }) => isOpen(extent)) ? OPEN_MARGIN : undefined);
  const ticks = niceTicks(valueDomain[0], valueDomain[1], 5).filter(
    (tick) => tick >= 0 || valueDomain[0] < 0,
  );
  const tickText = ticks.map((tick) => splitUnit(formatValue(tick))[0]);
  const unit = splitUnit(formatValue(ticks[0] ?? 0))[1];
  // the axis's labels decide where the plot starts: none is cut
  const plot = {
    left: Math.max(...tickText.map((text) => text.length)) * CHAR + 10,
    right: WIDTH - 10,
    top: LINE + 6,
    bottom: HEIGHT - 2 * LINE - 2,
  };
  const dayDomain = domainOf(days, 0.12);
  const x = scale(dayDomain, plot.left, plot.right);
  const y = scale(valueDomain, plot.bottom, plot.top);
  const months = monthTicks(dayDomain[0], dayDomain[1], 4);
  const tags = placeTags(
    dated.map(({ point, day, extent }) => ({
      text: point.tag,
      x: x(day),
      y: extent.openHigh
        ? y(extent.low)
        : extent.openLow
          ? y(extent.high)
          : y((extent.low + extent.high) / 2),
      highlighted: point.highlighted,
    })),
    plot,
  );
  const order = dated
    .map((_, index) => index)
    .sort((a, b) => Number(dated[a]!.point.highlighted) - Number(dated[b]!.point.highlighted));
  return (
    <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH}>
      <title>{label}</title>
      {unit && (
        <text x={plot.left - 6} y={LINE - 2} text-anchor="end">
          {unit}
        </text>
      )}
      {ticks.map((tick, index) => (
        <g key={`v${tick}`} class="tick">
          <line class="grid" x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} />
          <text x={plot.left - 6} y={y(tick) + 3.5} text-anchor="end">
            {tickText[index]}
          </text>
        </g>
      ))}
      {months.map((month) => {
        const at = x(isoDays(`${month}-01`) ?? 0);
        return (
          <g key={month} class="tick">
            <line class="axis" x1={at} x2={at} y1={plot.bottom} y2={plot.bottom + 4} />
            <text x={at} y={plot.bottom + 4 + LINE} text-anchor={anchorAt(at, plot.left, plot.right)}>
              {formatDate(month)}
            </text>
          </g>
        );
      })}
      <line class="axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line class="axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      {order.map((index) => {
        const { point, day, extent } = dated[index]!;
        return (
          <g class={point.highlighted ? 'mark-this' : 'mark-other'} key={index}>
            <title>{`${point.label}, ${formatDate(point.asOf ?? '')}`}</title>
            <Span
              extent={extent}
              position={y}
              at={x(day)}
              across={false}
              limits={[plot.bottom, plot.top]}
              ring={point.highlighted}
            />
          </g>
        );
      })}
      {tags.map(
        (tag, index) =>
          tag.leader && (
            <line
              key={`t${index}`}
              class="leader"
              x1={tag.leader[0]}
              y1={tag.leader[1]}
              x2={tag.anchor === 'start' ? tag.x - 2 : tag.x + 2}
              y2={tag.y - 4}
            />
          ),
      )}
      {tags.map((tag, index) => (
        <text
          key={`l${index}`}
          class={`tag ${tag.highlighted ? 'mark-this' : 'mark-other'}`}
          x={tag.x}
          y={tag.y}
          text-anchor={tag.anchor}
        >
          {tag.text}
        </text>
      ))}
    </svg>
  );
}

interface Tag {
  text: string;
  x: number;
  y: number;
  highlighted: boolean;
}

/**
 * Puts each point's tag beside it, to the right or, near the right edge, to the left, moving a tag
 * down (or up) by a line until it overlaps no tag already placed: no two tags and no tag and its dot
 * share a place.
 */
function placeTags(tags: readonly Tag[], plot: { left: number; right: number; top: number; bottom: number }) {
  const placed: Array<
    Tag & { anchor: 'start' | 'end'; box: [number, number, number, number]; leader: [number, number] | null }
  > = [];
  // the page's own first: it keeps the place next to its ring
  const order = [...tags].sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || a.x - b.x);
  for (const tag of order) {
    const width = tag.text.length * CHAR;
    const toLeft = tag.x + 9 + width > plot.right;
    const x = toLeft ? tag.x - 9 : tag.x + 9;
    const [x1, x2] = toLeft ? [x - width, x] : [x, x + width];
    const overlaps = (top: number) =>
      placed.some(({ box: [bx1, by1, bx2, by2] }) => x1 < bx2 && x2 > bx1 && top < by2 && top + LINE > by1);
    let top = tag.y - LINE / 2;
    for (let step = 1; overlaps(top) && step < 12; step++) {
      const down = tag.y - LINE / 2 + Math.ceil(step / 2) * LINE * (step % 2 ? 1 : -1);
      top = Math.min(Math.max(down, plot.top - LINE), plot.bottom - 2);
    }
    // a tag moved a line or more from its dot is tied to it by a thin line
    const moved = Math.abs(top - (tag.y - LINE / 2)) >= LINE;
    placed.push({
      ...tag,
      x,
      y: top + LINE - 2.5,
      anchor: toLeft ? 'end' : 'start',
      box: [x1, top, x2, top + LINE],
      leader: moved ? [tag.x, tag.y] : null,
    });
  }
  return placed;
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
  /** The page's own value: a ring around the place, so a dot beneath shows through. */
  ring?: boolean;
}

/** A value as a dot (the page's a ring), or as a bar with arrowheads at its open ends. */
function Span({ extent, position, at, across, limits, ring = false }: SpanProps) {
  const start = extent.openLow ? limits[0] : position(extent.low);
  const end = extent.openHigh ? limits[1] : position(extent.high);
  const point = (along: number, side: number) => (across ? `${along},${at + side}` : `${at + side},${along}`);
  const arrow = (tip: number, direction: number) =>
    `${point(tip, 0)} ${point(tip - direction * ARROW, -ARROW)} ${point(tip - direction * ARROW, ARROW)}`;
  const sign = Math.sign(limits[1] - limits[0]);
  const dot = (along: number) => {
    const [cx, cy] = across ? [along, at] : [at, along];
    return ring ? <circle class="ring" cx={cx} cy={cy} r={6.5} /> : <circle cx={cx} cy={cy} r={4} />;
  };
  if (start === end) return dot(start);
  const [x1, y1] = across ? [start, at] : [at, start];
  const [x2, y2] = across ? [end, at] : [at, end];
  // the end a value was stated at gets its dot; an open end its arrow
  const stated = extent.openLow ? end : extent.openHigh ? start : null;
  return (
    <>
      <line class={ring ? 'bar ring-bar' : 'bar'} x1={x1} y1={y1} x2={x2} y2={y2} />
      {extent.openLow && <polygon points={arrow(start, -sign)} />}
      {extent.openHigh && <polygon points={arrow(end, sign)} />}
      {stated !== null && dot(stated)}
    </>
  );
}
