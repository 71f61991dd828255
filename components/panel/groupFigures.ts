import type { PageFigure } from '../../utils/protocol';

export interface FigureGroup {
  label: string;
  figures: PageFigure[];
}

export const UNLABELLED = 'Other figures';

/** The page's figures grouped by claim, groups in order of their first figure on the page. */
export function groupFigures(figures: readonly PageFigure[]): FigureGroup[] {
  const groups = new Map<string, PageFigure[]>();
  for (const figure of figures) {
    const label = figure.topicLabel ?? UNLABELLED;
    const group = groups.get(label);
    if (group) group.push(figure);
    else groups.set(label, [figure]);
  }
  return [...groups].map(([label, grouped]) => ({ label, figures: grouped }));
}
