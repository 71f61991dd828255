import type { IndexedFigure } from './claimIndex';
import type { FigureSet } from './db';
import type { FigureSetReader } from './figureSetReader';
import type { Page } from './page';

/**
 * The sources among those of `figures` that are the page itself: at its address, or sharing with it
 * the sentence of a figure of one of `topics`. Fingerprints settle nearly every source; the few they
 * leave in doubt are read and their sentences compared.
 */
export async function ownSources(
  figures: readonly IndexedFigure[],
  topics: readonly string[],
  page: Page,
  reader: FigureSetReader,
): Promise<Set<string>> {
  const own = new Set<string>();
  const doubtful = new Set<string>();
  for (const { source, fingerprint, text } of figures) {
    if (own.has(source.id)) continue;
    const shared = page.isAt(source.address) ? 'yes' : page.shares(fingerprint, text);
    if (shared === 'yes') own.add(source.id);
    else if (shared === 'maybe') doubtful.add(source.id);
  }
  for (const id of own) doubtful.delete(id);
  if (doubtful.size === 0) return own;
  const wanted = new Set(topics);
  const isOwn = ({ source, figures }: FigureSet) =>
    figures.some((f) => f.topic !== null && wanted.has(f.topic) && page.isOwn(source.url, f.sentence));
  for (const set of await reader.of(doubtful)) if (isOwn(set)) own.add(set.sourceId);
  return own;
}
