import { claimByKey } from '../../engine/index';
import type { Figure } from '../../engine/types';
import type { Settings } from '../../protocol/messages';
import { formatDate } from '../shared/format';
import { figureValueText } from './figureValue';

interface FigureRowProps {
  figure: Figure;
  areaUnit: Settings['areaUnit'];
  /** A stored source's figure: its text heads the row, its sentence on hover, both units of an area. */
  stored?: boolean;
}

interface FigureTableProps {
  figures: readonly Figure[];
  areaUnit: Settings['areaUnit'];
  /** Stored figures (see FigureRowProps). */
  stored?: boolean;
  /** What the table lists, for assistive technology; shown too when `showCaption`. */
  caption: string;
  showCaption?: boolean;
  /** The scrolling box's class beside `table-scroll`. */
  scroll: string;
}

/**
 * Figures as the options page lists them: text, value, claim and as-of, one row each. The claim's
 * column is headed "Subject" and a figure of none reads "Not compared": readers do not know our word.
 */
export function FigureTable({ figures, areaUnit, stored, caption, showCaption, scroll }: FigureTableProps) {
  return (
    <div class={`table-scroll ${scroll}`}>
      <table>
        <caption class={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Text</th>
            <th scope="col">Value</th>
            <th scope="col">Subject</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <FigureRow
              key={`${figure.start}:${figure.end}`}
              figure={figure}
              areaUnit={areaUnit}
              stored={stored}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One figure as the options page lists it: its text, value, claim and the time it describes. */
function FigureRow({ figure, areaUnit, stored = false }: FigureRowProps) {
  return (
    <tr>
      {stored ? (
        <th scope="row" title={figure.sentence}>
          {figure.text}
        </th>
      ) : (
        <td>{figure.text}</td>
      )}
      <td class="nowrap">{figureValueText(figure, areaUnit, stored)}</td>
      <td class={figure.claim ? undefined : 'muted'}>{claimByKey(figure.claim)?.label ?? 'Not compared'}</td>
      <td class={figure.asOf ? 'nowrap' : 'nowrap muted'}>
        {figure.asOf ? <time dateTime={figure.asOf}>{formatDate(figure.asOf)}</time> : 'Not said'}
      </td>
    </tr>
  );
}
