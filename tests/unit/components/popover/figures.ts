import type { FigureQuery } from '../../../../protocol/messages';

/** The figure the popover tests hover: the land first seized, as an article states it. */
export const seizedFigure: FigureQuery = {
  text: 'about 1,300 square kilometres',
  value: 1300,
  unit: 'km2',
  qualifier: 'about',
  claim: 'territory.held',
  asOf: '2024-08-20',
  normalized: { value: 1300, unit: 'km2' },
  sentence: 'they seized about 1,300 square kilometres of Russian territory',
};
