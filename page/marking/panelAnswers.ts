import { askBackground } from '../boot/extension';
import { toFigureQuery } from './labels';
import type { PanelAnswer } from '../boot/markingScript';
import { readPageMetadata } from './metadata';
import type { FigureScanner } from './scanner';
import { ok, type ContentRequest, type PageFigure } from '../../protocol/messages';
import { popoverOpeners } from './marking';

/** Answers the toolbar panel's requests about this page; the scanner is null when it is not marked. */
export async function answerPanel(
  request: ContentRequest,
  scanner: FigureScanner | null,
): Promise<PanelAnswer> {
  switch (request.type) {
    case 'pageMetadata':
      return ok(readPageMetadata(document, location.href));
    case 'focusFigure':
      return ok(focusFigure(scanner, request.index));
    case 'pageFigures': {
      // the background's first answer says whether marking is on for this site
      await scanner?.whenIdle();
      if (!scanner) return ok({ active: false, figures: [], inactive: 'no mention' as const });
      if (scanner.isStopped) return ok({ active: false, figures: [], inactive: 'site off' as const });
      return ok({ active: true, figures: await pageFigures(scanner) });
    }
  }
}

/** The page's marked figures with, for each, the verdict of the other sources and how many there are. */
async function pageFigures(scanner: FigureScanner): Promise<PageFigure[]> {
  await scanner.whenIdle();
  const marked = scanner.figuresOnPage();
  const compared = await askBackground({
    type: 'compareMany',
    figures: marked.map(({ figure }) => toFigureQuery(figure)),
    pageUrl: location.href,
  });
  return marked.map(({ index, figure }, position) => {
    const outcome = compared.ok ? compared.value[position] : undefined;
    return {
      index,
      text: figure.text,
      sentence: figure.sentence,
      claim: figure.claim,
      claimLabel: figure.claimLabel,
      verdict: outcome?.verdict ?? 'none',
      others: outcome?.others ?? 0,
      sources: outcome?.sources ?? 0,
    };
  });
}

/** Scrolls a figure's mark into view, focuses it and opens its popover. */
function focusFigure(scanner: FigureScanner | null, index: number): boolean {
  const mark = scanner?.figures[index]?.marks[0];
  if (!scanner || !(mark instanceof HTMLElement) || !mark.isConnected) return false;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  popoverOpeners.get(scanner)?.(mark);
  return true;
}
