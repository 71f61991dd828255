import { claimSide, type Side } from '../../engine/index';
import type { ComparedFigure, Settings } from '../../protocol/messages';
import { formatDay, formatValue } from '../shared/format';
import { Sentence } from '../shared/Sentence';
import { VerdictChip } from '../shared/VerdictChip';

interface SourceItemProps {
  other: ComparedFigure;
  areaUnit: Settings['areaUnit'];
}

/** What one other source says: who and when, its sentence verbatim, its value and how it compares. */
export function SourceItem({ other: { source, figure, comparison }, areaUnit }: SourceItemProps) {
  return (
    <li class="source">
      <p class="source-head">
        <strong class="outlet">{source.outlet}</strong>
        <time dateTime={source.published}>{formatDay(source.published)}</time>
        <VerdictChip verdict={comparison.verdict} small />
      </p>
      <p class="attribution">{whose(figure.attribution)}</p>
      <blockquote class="sentence">
        <Sentence sentence={figure.sentence} start={figure.sentenceStart} end={figure.sentenceEnd} />
      </blockquote>
      <p class="detail">
        <span class="value">{formatValue(figure.normalized, figure.qualifier, areaUnit)}</span>
        {figure.asOf && <span> as of {formatDay(figure.asOf)}</span>}
        <span class="reason"> · {comparison.reason}</span>
      </p>
    </li>
  );
}

const SIDE_WORDS: Record<Side, string> = {
  kyiv: "Kyiv's claim",
  moscow: "Moscow's claim",
  third: "a third party's figure",
  own: "the outlet's own figure",
};

/** Who the figure comes from and whose claim that makes it: "according to Rudskoi · Moscow's claim". */
function whose(attribution: string | null): string {
  const side = claimSide(attribution);
  if (attribution === null) return SIDE_WORDS.own;
  return side === null ? `according to ${attribution}` : `according to ${attribution} · ${SIDE_WORDS[side]}`;
}
