import { formatNormalized } from '../../engine/format';
import type { Figure } from '../../engine/types';
import type { Settings } from '../../protocol/messages';
import { formatDate, formatValue } from '../shared/format';

/**
 * A figure's value as the options page shows it: a date as "Aug 2024" like every date on the page;
 * an area or length in the preferred unit, with the other in brackets when `both`.
 */
export function figureValueText(
  figure: Pick<Figure, 'normalized' | 'qualifier'>,
  areaUnit: Settings['areaUnit'],
  both = false,
): string {
  const { normalized, qualifier } = figure;
  if (normalized.unit === 'date' && typeof normalized.value === 'string')
    return formatNormalized({ ...normalized, value: formatDate(normalized.value) }, qualifier, areaUnit);
  return both
    ? formatValue(normalized, qualifier, areaUnit)
    : formatNormalized(normalized, qualifier, areaUnit);
}
