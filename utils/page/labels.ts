import type { Figure } from '../../engine/types';
import type { FigureQuery } from '../protocol';

/** The accessible name of a figure's mark. */
export const markLabel = (figureText: string): string => `${figureText}: cross-check with other sources`;

/** The accessible name of the popover about a figure. */
export const popoverLabel = (figureText: string): string => `Cross-check: ${figureText}`;

/** What the background needs to know of a page's figure to compare it. */
export const toFigureQuery = ({
  text,
  value,
  unit,
  qualifier,
  topic,
  asOf,
  normalized,
  sentence,
}: Figure): FigureQuery => ({ text, value, unit, qualifier, topic, asOf, normalized, sentence });
