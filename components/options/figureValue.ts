import { formatFigure, formatNormalized, type WrittenFigure } from '../../engine/format';
import type { Settings } from '../../protocol/messages';
import { formatDate } from '../shared/format';

/**
 * A figure's value as the options page shows it: a date as "Aug 2024" like every date on the page;
 * an area or length in the preferred unit, no more precise than its source wrote it ("about 30 square
 * miles" reads "about 78 km²", as in the popover), with the other unit in brackets when `both`.
 */
export function figureValueText(figure: WrittenFigure, areaUnit: Settings['areaUnit'], both = false): string {
  const { normalized, qualifier } = figure;
  if (normalized.unit === 'date' && typeof normalized.value === 'string')
    return formatNormalized({ ...normalized, value: formatDate(normalized.value) }, qualifier, areaUnit);
  const preferred = formatFigure(figure, areaUnit);
  if (!both || (normalized.unit !== 'km2' && normalized.unit !== 'km')) return preferred;
  const other = formatFigure({ ...figure, qualifier: 'exact' }, areaUnit === 'km2' ? 'mi2' : 'km2');
  return `${preferred} (${other})`;
}
