import type { Verdict } from '../../engine/types';
import type { PageFigure } from '../../protocol/messages';

export interface FigureGroup {
  label: string;
  figures: PageFigure[];
}

export const UNLABELLED = 'Other figures';

/**
 * What the reader looks at first: figures other sources contradict, then those some contradict and
 * some confirm, then those they confirm.
 */
export const VERDICT_ORDER: readonly Verdict[] = ['differ', 'mixed', 'agree', 'other time', 'none'];

const rank = (figure: PageFigure): number => VERDICT_ORDER.indexOf(figure.verdict);

/**
 * The page's figures grouped by claim: within a group, differing figures first, then in page order;
 * groups with a differing figure first, then those whose best figure agrees, and so on, each rank in
 * the order of its first figure on the page.
 */
export function groupFigures(figures: readonly PageFigure[]): FigureGroup[] {
  const groups = new Map<string, PageFigure[]>();
  for (const figure of figures) {
    const label = figure.claimLabel ?? UNLABELLED;
    const group = groups.get(label);
    if (group) group.push(figure);
    else groups.set(label, [figure]);
  }
  const sorted = [...groups].map(([label, grouped]) => ({
    label,
    // Array.prototype.sort is stable: equal ranks keep their page order
    figures: grouped.sort((a, b) => rank(a) - rank(b)),
  }));
  return sorted.sort((a, b) => rank(a.figures[0]!) - rank(b.figures[0]!));
}

export interface SummaryPart {
  verdict: Verdict;
  text: string;
}

/** The page's figures counted by verdict, differing first: "3 differ", "1 mixed", "5 agree", "4 other time". */
export function summaryParts(figures: readonly PageFigure[]): SummaryPart[] {
  return VERDICT_ORDER.flatMap((verdict) => {
    const count = figures.filter((f) => f.verdict === verdict).length;
    if (count === 0) return [];
    return [{ verdict, text: verdict === 'none' ? `${count} with no other source` : `${count} ${verdict}` }];
  });
}

/** "12 figures" */
export const figuresCount = (figures: readonly PageFigure[]): string =>
  `${figures.length} ${figures.length === 1 ? 'figure' : 'figures'}`;

/** The page's figures in a line: "12 figures: 3 differ, 5 agree, 4 other time". */
export function summaryOf(figures: readonly PageFigure[]): string {
  return `${figuresCount(figures)}: ${summaryParts(figures)
    .map((part) => part.text)
    .join(', ')}`;
}

/** The longest excerpt of a figure's sentence shown in the panel. */
const EXCERPT_LENGTH = 90;

export interface Excerpt {
  before: string;
  figure: string;
  after: string;
}

/**
 * The part of the figure's sentence around it, cut at words with an ellipsis where cut: "…they seized
 * | about 1,300 square kilometres | of Russian territory within weeks…". Null when the sentence does
 * not hold the figure's text.
 */
export function excerptOf(
  sentence: string | undefined,
  text: string,
  length = EXCERPT_LENGTH,
): Excerpt | null {
  const squashed = sentence?.replace(/\s+/g, ' ').trim() ?? '';
  const at = squashed.indexOf(text);
  if (at < 0) return null;
  const room = Math.max(0, length - text.length);
  let before = squashed.slice(0, at);
  let after = squashed.slice(at + text.length);
  const keepBefore = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
  const keepAfter = Math.min(after.length, room - keepBefore);
  if (keepBefore < before.length)
    before = `…${before.slice(before.length - keepBefore).replace(/^\S*\s/, '')}`;
  if (keepAfter < after.length) after = `${after.slice(0, keepAfter).replace(/\s\S*$/, '')}…`;
  return { before, figure: text, after };
}
