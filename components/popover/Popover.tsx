import { useMemo, useState } from 'preact/hooks';
import { direction, pullerAmong, whyOf } from '../../engine/index';
import { formatDate, formatFigure, formatNormalized, formatNumber } from '../../engine/format';
import type { Verdict } from '../../engine/types';
import type { CompareReply, FigureQuery, Settings } from '../../protocol/messages';
import { formatCount } from '../shared/format';
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
  /** The page's colours around the mark: a light popover on a light page, a dark one on a dark page. */
  theme?: 'light' | 'dark';
  /** How many sources lie below what the popover shows, to say that more follow. */
  below?: number;
  /** Puts a citation on the clipboard; resolves whether it did. */
  onCopy?: (text: string) => Promise<boolean>;
  /** Opens the options page, where sources are added and imported. */
  onAddSources?: () => void;
}

/** What every other stored source says about the claim of one figure on the page. */
export function Popover(props: PopoverProps) {
  const {
    figure,
    published,
    claimLabel,
    label,
    state,
    areaUnit,
    theme,
    below = 0,
    onCopy,
    onAddSources,
  } = props;
  // The count of sources below is known once the drawn list is laid out, and drawn after it: the
  // comparison, the same element, is not drawn again for it (a dozen sources, 1-1.5 ms of the frame).
  const comparison = useMemo(
    () =>
      state.status === 'ready' ? (
        <Comparison
          figure={figure}
          published={published}
          reply={state.reply}
          areaUnit={areaUnit}
          onCopy={onCopy}
          onAddSources={onAddSources}
        />
      ) : null,
    [figure, published, state, areaUnit, onCopy, onAddSources],
  );
  return (
    // Focusable, so that keyboard users can scroll it when it is long.
    <div class={`popover${theme ? ` theme-${theme}` : ''}`} role="dialog" aria-label={label} tabIndex={0}>
      <p class="claim">{claimLabel ?? 'Figure'}</p>
      <p class="figure">
        <q>{figure.text}</q> <span class="value">{formatFigure(figure, areaUnit)}</span>
      </p>
      {state.status === 'loading' && <p class="status">Looking for other sources…</p>}
      {state.status === 'failed' && <Outcome verdict="none" summary={`Could not compare: ${state.error}`} />}
      {comparison}
      {below > 0 && (
        // a cue for the eye; the list itself tells assistive tech how many sources there are
        <p class="below" aria-hidden="true">
          ↓ {formatCount(below)} more below
        </p>
      )}
    </div>
  );
}

function Outcome({ verdict, summary, why }: { verdict: Verdict; summary: string; why?: string }) {
  return (
    <>
      <p class="outcome">
        <VerdictChip verdict={verdict} /> <span>{summary}</span>
      </p>
      {why && <p class="why">{why}</p>}
    </>
  );
}

interface ComparisonProps {
  figure: FigureQuery;
  published: string;
  reply: CompareReply;
  areaUnit: Settings['areaUnit'];
  onCopy?: (text: string) => Promise<boolean>;
  onAddSources?: () => void;
}

function Comparison({ figure, published, reply, areaUnit, onCopy, onAddSources }: ComparisonProps) {
  const [copied, setCopied] = useState<{ key: string; outcome: 'copied' | 'failed' } | null>(null);
  const points = chartPoints(figure, published, reply);
  const unit = figure.normalized.unit;
  // an axis counts days as days: "30.4 days", never "1 month" between "30" and "31"
  const formatAxis = (value: number) =>
    unit === 'days' ? `${formatNumber(value)} days` : formatNormalized({ value, unit }, 'exact', areaUnit);
  if (reply.others.length === 0 && !reply.derived?.length)
    return <Empty verdict={reply.verdict} onAddSources={onAddSources} />;
  const copy = onCopy
    ? (key: string) => (text: string) =>
        void onCopy(text).then((done) => setCopied({ key, outcome: done ? 'copied' : 'failed' }))
    : null;
  return (
    <>
      <Outcome verdict={reply.verdict} summary={summaryOf(reply)} why={whyLine(figure, reply, areaUnit)} />
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
          {reply.others.map((other) => {
            const key = `${other.source.id}-${other.figure.sentenceStart}`;
            return (
              <SourceItem
                key={key}
                other={other}
                areaUnit={areaUnit}
                onCopy={copy?.(key)}
                copied={copied?.key === key ? copied.outcome : null}
              />
            );
          })}
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
                  {d.asOf && <time dateTime={d.asOf}>as of {formatDate(d.asOf)}</time>}
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

/** No other source: says so, and offers the next step, adding or importing sources. */
function Empty({ verdict, onAddSources }: { verdict: Verdict; onAddSources?: () => void }) {
  return (
    <>
      <Outcome verdict={verdict} summary="No other stored source gives a figure for this." />
      <p class="next">
        Sources come from articles you add or import.{' '}
        {onAddSources && (
          <button type="button" class="add-sources" onClick={onAddSources}>
            Add or import sources
          </button>
        )}
      </p>
    </>
  );
}

/**
 * The line under the verdict that says why: counted at a comparable time, with the tolerance, naming
 * the listed source that pulls it apart (the furthest when mixed, the nearest when all differ).
 */
function whyLine(figure: FigureQuery, reply: CompareReply, areaUnit: Settings['areaUnit']): string {
  const { others, totals } = reply;
  const counted = (verdict: 'agree' | 'differ' | 'other time') =>
    totals ? totals.verdicts[verdict] : others.filter((o) => o.comparison.verdict === verdict).length;
  const figures = totals?.figures ?? others.length;
  const sources = totals?.sources ?? new Set(others.map((o) => o.source.id)).size;
  const pulling =
    others[
      pullerAmong(
        reply.verdict,
        others.map((o) => o.comparison),
      )
    ];
  return whyOf(
    reply.verdict,
    { agree: counted('agree'), differ: counted('differ'), otherTime: counted('other time') },
    {
      tolerance: reply.tolerance,
      timeVarying: reply.timeVarying,
      things: figures === sources ? 'sources' : 'figures',
      puller: pulling && {
        name: `${pulling.source.outlet} (${formatDate(pulling.figure.asOf ?? pulling.source.published)})`,
        says: formatFigure(pulling.figure, areaUnit),
        direction: direction(figure, pulling.figure),
      },
    },
  );
}

/** Over every other source's figure: the totals when the background sent them, else the listed figures. */
function summaryOf({ others, totals }: CompareReply): string {
  if (others.length === 0) return 'No other source gives a figure for this.';
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
