import type { ClaimSnapshot, IndexedFigure } from './claimIndex';
import type { FigureSet } from './db';
import type { FigureSetReader } from './figureSetReader';
import type { Page } from './page';

/**
 * The sources among those of `figures` that are the page itself: at its address, or sharing with it
 * the sentence of a figure of one of `topics`. Fingerprints rule out nearly every source; the few
 * left are read and their sentences checked.
 */
export async function ownSources(
  index: ClaimSnapshot,
  figures: readonly IndexedFigure[],
  topics: readonly string[],
  page: Page,
  reader: FigureSetReader,
): Promise<Set<string>> {
  const suspects = new Set<string>();
  for (const { sourceId, fingerprint, text } of figures) {
    if (suspects.has(sourceId)) continue;
    if (page.isAt(index.cards.get(sourceId)!.address) || page.mayShare(fingerprint, text))
      suspects.add(sourceId);
  }
  if (suspects.size === 0) return suspects;
  const wanted = new Set(topics);
  const isOwn = ({ source, figures }: FigureSet) =>
    figures.some((f) => f.topic !== null && wanted.has(f.topic) && page.isOwn(source.url, f.sentence));
  return new Set((await reader.of(suspects)).filter(isOwn).map((set) => set.sourceId));
}
