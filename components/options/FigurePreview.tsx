import type { Figure } from '../../engine/types';
import type { Settings } from '../../protocol/messages';
import { formatCount, plural } from '../shared/format';
import { FigureTable } from './FigureTable';

interface FigurePreviewProps {
  figures: readonly Figure[];
  areaUnit: Settings['areaUnit'];
  /** False until there is text to look at. */
  hasText: boolean;
  /** The length of the text being read, while it is; null otherwise. */
  reading?: number | null;
  /** Why the text is not read, if it is not. */
  problem?: string | null;
  /** The published-date field while no date is entered: figures are not read until there is one. */
  dateFieldId?: string | null;
}

/** Figures listed at most: a very long paste may hold thousands, which would take seconds to lay out. */
export const PREVIEW_ROWS = 100;

/** The figures the engine finds in an article that is about to be added. */
export function FigurePreview({
  figures,
  areaUnit,
  hasText,
  reading = null,
  problem = null,
  dateFieldId = null,
}: FigurePreviewProps) {
  const claimed = figures.filter((figure) => figure.claim !== null).length;
  const summary = !hasText
    ? 'Paste the article text to see the figures found in it.'
    : problem
      ? `${problem} Shorten it to see its figures and add it.`
      : dateFieldId
        ? 'Enter the published date to see the figures: dates in the text such as “last month” or “since October” are read from it, not from today.'
        : reading !== null
          ? `Reading the text (${plural(reading, 'character')})…`
          : figures.length === 0
            ? 'No figures found in this text.'
            : `${plural(figures.length, 'figure')} found, ${formatCountOf(claimed)} on subjects the extension compares.`;
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Figures found</h3>
      <p role="status">{summary}</p>
      {hasText && dateFieldId ? (
        <button
          type="button"
          class="link-button"
          onClick={() => document.getElementById(dateFieldId)?.focus()}
        >
          Enter the published date
        </button>
      ) : null}
      {figures.length > 0 ? (
        <FigureTable
          figures={figures.slice(0, PREVIEW_ROWS)}
          areaUnit={areaUnit}
          caption={
            figures.length > PREVIEW_ROWS
              ? `The first ${formatCount(PREVIEW_ROWS)} figures found in the article text.`
              : 'Figures found in the article text'
          }
          showCaption={figures.length > PREVIEW_ROWS}
          scroll="preview-scroll"
        />
      ) : null}
    </section>
  );
}

const formatCountOf = (n: number) => (n === 0 ? 'none' : n.toLocaleString('en-US'));
