import { extract, claimByKey } from '../engine/index';
import type { ReadFigure } from '../protocol/messages';

/**
 * Reads the figures of known claims in each of a page's texts. The background does this for the content
 * script, so the engine and its claim taxonomy stay out of every page.
 */
export function readFigures(texts: readonly string[], published: string): ReadFigure[][] {
  return texts.map((text) =>
    extract(text, { published })
      .filter((figure) => figure.claim !== null)
      // labelled in place: the figures are this call's own, and copying them takes V8's slow path
      .map((figure) => Object.assign(figure, { claimLabel: claimByKey(figure.claim)?.label ?? null })),
  );
}
