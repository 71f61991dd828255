import { formatNormalized } from '../../engine/format';
import type { Verdict } from '../../engine/types';
import type { CompareReply, FigureQuery, Settings } from '../../protocol/messages';
import { formatCount, formatDay, formatValue } from '../shared/format';
import { VerdictChip } from '../shared/VerdictChip';
import { chartPoints, chartSummary } from './chartPoints';
import { SourceItem } from './SourceItem';
import { SpreadChart } from './SpreadChart';

export type PopoverState =
  { status: 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; reply: CompareReply };

export interface PopoverProps {
  figure: FigureQuery;
  /** The page's publication day. */
  published: string;
  /** The claim the figure is about, as people say it. */
  claimLabel: string | null;
  /** The dialog's accessible name; it contains the figure as written. */
  label: string;
  state: PopoverState;
  areaUnit: Settings['areaUnit'];
}

/** What every other stored source says about the claim of one figure on the page. */
export function Popover({ figure, published, claimLabel, label, state, areaUnit }: PopoverProps) {
  return (
    // Focusable, so that keyboard users can scroll it when it is long.
    <div class="popover" role="dialog" aria-label={label} tabIndex={0}>
      <p class="claim">{claimLabel ?? 'Figure'}</p>
      <p class="figure">
        <q>{figure.text}</q>{' '}
        <span class="value">{formatValue(figure.normalized, figure.qualifier, areaUnit)}</span>
      </p>
      {state.status === 'loading' && <p class="status">Looking for other sources…</p>}
      {state.status === 'failed' && <Outcome verdict="none" summary={`Could not compare: ${state.error}`} />}
      {state.status === 'ready' && (
        <Comparison figure={figure} published={published} reply={state.reply} areaUnit={areaUnit} />
      )}
    </div>
  );
}

function Outcome({ verdict, summary }: { verdict: Verdict; summary: string }) {
  return (
    <p class="outcome">
      <VerdictChip verdict={verdict} /> <span>{summary}</span>
    </p>
  );
}

interface ComparisonProps {
  figure: FigureQuery;
  published: string;
  reply: CompareReply;
  areaUnit: Settings['areaUnit'];
}

function Comparison({ figure, published, reply, areaUnit }: ComparisonProps) {
  const points = chartPoints(figure, published, reply);
  const unit = figure.normalized.unit;
  const formatAxis = (value: number) => formatNormalized({ value, unit }, 'exact', areaUnit);
  return (
    <>
      <Outcome verdict={reply.verdict} summary={summaryOf(reply)} />
      {points.length > 1 && (
        <SpreadChart
          points={points}
          overTime={reply.timeVarying}
          formatValue={formatAxis}
          label={chartSummary(figure, reply, areaUnit)}
        />
      )}
      {reply.others.length > 0 && (
        <ol class="sources">
          {reply.others.map((other) => (
            <SourceItem
              key={`${other.source.id}-${other.figure.sentenceStart}`}
              other={other}
              areaUnit={areaUnit}
            />
          ))}
        </ol>
      )}
      {reply.more ? <p class="more">{moreText(reply.more)}</p> : null}
      {reply.derived && reply.derived.length > 0 && (
        <section class="derived" aria-label="Worked out from other figures">
          <p class="derived-head">Worked out from other figures (no source states these)</p>
          <ul class="sources">
            {reply.derived.map((d) => (
              <li class="source" key={d.words}>
                <p class="source-head">
                  <span class="derived-tag">derived</span>
                  {d.asOf && <time dateTime={d.asOf}>as of {formatDay(d.asOf)}</time>}
                  <VerdictChip verdict={d.comparison.verdict} small />
                </p>
                <p class="sentence">{d.words}</p>
                <p class="detail">
                  <span class="reason">{d.comparison.reason}</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Over every other source's figure: the totals when the background sent them, else the listed figures. */
function summaryOf({ others, totals }: CompareReply): string {
  if (others.length === 0) return 'No other stored source reports this claim.';
  let verdicts: Array<[string, number]>;
  let sources: number;
  if (totals) {
    verdicts = Object.entries(totals.verdicts).filter(([, n]) => n > 0);
    sources = totals.sources;
  } else {
    const counts = new Map<string, number>();
    for (const { comparison } of others)
      counts.set(comparison.verdict, (counts.get(comparison.verdict) ?? 0) + 1);
    verdicts = [...counts];
    sources = new Set(others.map(({ source }) => source.id)).size;
  }
  // a changing claim is judged only at the page's time: the other times are counted apart
  const now = verdicts.filter(([verdict]) => verdict !== 'other time');
  const later = verdicts.find(([verdict]) => verdict === 'other time')?.[1] ?? 0;
  const parts = now.map(([verdict, n]) => `${formatCount(n)} ${verdict}`);
  const atThisTime =
    parts.length > 0 ? `${parts.join(', ')}${later ? ' at this time' : ''}` : 'none at this time';
  const otherTimes = later ? `; ${formatCount(later)} at other times` : '';
  return `${formatCount(sources)} other ${sources === 1 ? 'source' : 'sources'}: ${atThisTime}${otherTimes}`;
}

const moreText = (more: number) =>
  `…and ${formatCount(more)} more ${more === 1 ? 'figure' : 'figures'} from other sources, counted above but not listed.`;
