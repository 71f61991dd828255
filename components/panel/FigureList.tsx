import { Fragment } from 'preact';
import type { PageFigure } from '../../protocol/messages';
import { VerdictChip } from '../shared/VerdictChip';
import { excerptOf, figuresCount, groupFigures, summaryParts } from './groupFigures';

interface FigureListProps {
  figures: readonly PageFigure[];
  onChoose: (index: number) => void;
}

/** Whom the figure was compared with, counted as the popover counts them: sources. */
const sourcesText = (figure: PageFigure): string | null => {
  const sources = figure.sources ?? figure.others;
  if (sources === 0) return null;
  return `${sources} other ${sources === 1 ? 'source' : 'sources'}`;
};

/**
 * The page's figures: a summary line, then the figures by claim, differing ones first, each with the
 * words around it on the page; choosing one shows it in the page.
 */
export function FigureList({ figures, onChoose }: FigureListProps) {
  return (
    <>
      <p class="summary">
        {figuresCount(figures)}:{' '}
        {summaryParts(figures).map(({ verdict, text }, at) => (
          <Fragment key={verdict}>
            {at > 0 && ', '}
            {verdict === 'differ' ? <strong class="summary-differ">{text}</strong> : text}
          </Fragment>
        ))}
      </p>
      <div class="figure-groups">
        {groupFigures(figures).map(({ label, figures: grouped }) => (
          <section class="figure-group" key={label}>
            <h3>{label}</h3>
            <ul>
              {grouped.map((figure) => {
                const excerpt = excerptOf(figure.sentence, figure.text);
                const count = sourcesText(figure);
                return (
                  <li key={figure.index}>
                    <button type="button" class="figure-button" onClick={() => onChoose(figure.index)}>
                      <span class="figure-line">
                        <span class="figure-text">{figure.text}</span>
                        <VerdictChip verdict={figure.verdict} small />
                        {count && <span class="figure-count">{count}</span>}
                      </span>
                      {excerpt && (
                        <span class="figure-sentence">
                          {excerpt.before}
                          <strong>{excerpt.figure}</strong>
                          {excerpt.after}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
