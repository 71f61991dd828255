import { claimSide, type Side } from '../../engine/index';
import { formatFigure } from '../../engine/format';
import type { ComparedFigure, Settings } from '../../protocol/messages';
import { formatDate } from '../shared/format';
import { Sentence } from '../shared/Sentence';
import { VerdictChip } from '../shared/VerdictChip';
import { citationOf } from './citation';

interface SourceItemProps {
  other: ComparedFigure;
  areaUnit: Settings['areaUnit'];
  /** Copies a citation (the frame puts it on the clipboard). */
  onCopy?: (text: string) => void;
  /** The citation this item copied last, to say so beside its button. */
  copied?: 'copied' | 'failed' | null;
}

/**
 * What one other source says: who and when, the article's title (a link to it, when stored with an
 * address), its sentence verbatim, its value and how it compares, and a citation to copy.
 */
export function SourceItem({ other, areaUnit, onCopy, copied = null }: SourceItemProps) {
  const { source, figure, comparison } = other;
  return (
    <li class="source">
      <p class="source-head">
        <strong class="outlet">{source.outlet}</strong>
        <time dateTime={source.published}>{formatDate(source.published)}</time>
        <VerdictChip verdict={comparison.verdict} small />
      </p>
      {source.title && (
        <p class="title">
          {source.url ? (
            // a new tab of its own: the article learns nothing of the popover or the page it sits on
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </p>
      )}
      <p class="attribution">{whose(figure.attribution)}</p>
      <blockquote class="sentence">
        <Sentence sentence={figure.sentence} start={figure.sentenceStart} end={figure.sentenceEnd} />
      </blockquote>
      <p class="detail">
        <span class="value">{formatFigure(figure, areaUnit)}</span>
        {figure.asOf && <span> as of {formatDate(figure.asOf)}</span>}
        <span class="reason"> · {comparison.reason}</span>
      </p>
      {onCopy && (
        <p class="actions">
          <button type="button" class="copy" onClick={() => onCopy(citationOf(other))}>
            Copy citation
          </button>
          <span class="copied" role="status">
            {copied === 'copied'
              ? 'Copied'
              : copied === 'failed'
                ? 'Could not copy: select the text instead'
                : ''}
          </span>
        </p>
      )}
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
