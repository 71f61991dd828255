import { topicByKey } from '../../engine/index';
import type { Figure } from '../../engine/types';
import type { Settings } from '../../utils/protocol';
import { formatDay } from '../shared/format';
import { figureValueText } from './figureValue';

interface FigureRowProps {
  figure: Figure;
  areaUnit: Settings['areaUnit'];
  /** A stored source's figure: its text heads the row, its sentence on hover, both units of an area. */
  stored?: boolean;
}

/** One figure as the options page lists it: its text, value, claim and the time it describes. */
export function FigureRow({ figure, areaUnit, stored = false }: FigureRowProps) {
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
      <td class={figure.topic ? undefined : 'muted'}>
        {topicByKey(figure.topic)?.label ?? 'No known claim'}
      </td>
      <td class={figure.asOf ? 'nowrap' : 'nowrap muted'}>
        {figure.asOf ? <time dateTime={figure.asOf}>{formatDay(figure.asOf)}</time> : 'Not said'}
      </td>
    </tr>
  );
}
