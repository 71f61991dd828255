import type { PageFigure } from '../../utils/protocol';
import { VerdictChip } from '../shared/VerdictChip';
import { groupFigures } from './groupFigures';

interface FigureListProps {
  figures: readonly PageFigure[];
  onChoose: (index: number) => void;
}

const othersText = (count: number): string =>
  count === 0 ? 'no other figure' : `${count} other ${count === 1 ? 'figure' : 'figures'}`;

/** The page's figures by claim; choosing one shows it in the page. */
export function FigureList({ figures, onChoose }: FigureListProps) {
  return (
    <div class="figure-groups">
      {groupFigures(figures).map(({ label, figures: grouped }) => (
        <section class="figure-group" key={label}>
          <h3>{label}</h3>
          <ul>
            {grouped.map((figure) => (
              <li key={figure.index}>
                <button type="button" class="figure-button" onClick={() => onChoose(figure.index)}>
                  <span class="figure-text">{figure.text}</span>
                  <VerdictChip verdict={figure.verdict} small />
                  <span class="figure-count">{othersText(figure.others)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
