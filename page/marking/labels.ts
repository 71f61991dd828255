import type { Figure } from '../../engine/types';
import type { FigureQuery } from '../../protocol/messages';

/** The figure as a reader hears it: without the invisible characters (soft hyphens, zero-width spaces) it may hold. */
const audible = (figureText: string): string => figureText.replace(/\p{Cf}/gu, '');

/** The accessible name of a figure's mark. */
export const markLabel = (figureText: string): string =>
  `${audible(figureText)}: cross-check with other sources`;

/** The accessible name of the popover about a figure. */
export const popoverLabel = (figureText: string): string => `Cross-check: ${audible(figureText)}`;

/** What the background needs to know of a page's figure to compare it. */
export const toFigureQuery = ({
  text,
  value,
  unit,
  qualifier,
  claim,
  asOf,
  normalized,
  sentence,
}: Figure): FigureQuery => ({ text, value, unit, qualifier, claim, asOf, normalized, sentence });
