import type { ComparedFigure, Settings } from '../../utils/protocol';
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
      {figure.attribution && <p class="attribution">according to {figure.attribution}</p>}
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
