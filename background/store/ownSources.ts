import type { IndexedFigure, SourceCard } from '../compare/claimSnapshot';
import type { FigureSet } from './schema';
import type { FigureSetReader } from '../compare/figureSetReader';
import type { AskingPage } from '../compare/askingPage';
import { sentenceIndexOf } from '../compare/sentenceIndex';

/**
 * The sources among those of the claims' figures (`figures`, of each claim) that are the page itself:
 * at its address, or sharing with it the sentence of a figure of one of those claims. Fingerprints
 * settle nearly every source; the few they leave in doubt are read and their sentences compared.
 */
export async function ownSources(
  figures: ReadonlyMap<string, readonly IndexedFigure[]>,
  page: AskingPage,
  reader: FigureSetReader,
): Promise<Set<SourceCard>> {
  const own = new Set<SourceCard>();
  const doubtful = new Map<string, SourceCard>();
  for (const ofClaim of figures.values()) page.sharedAmong(sentenceIndexOf(ofClaim), own, doubtful);
  for (const source of own) doubtful.delete(source.id);
  if (doubtful.size === 0) return own;
  const wanted = new Set(figures.keys());
  const isOwn = ({ source, figures }: FigureSet) =>
    figures.some((f) => f.claim !== null && wanted.has(f.claim) && page.isOwn(source.url, f.sentence));
  for (const set of await reader.of(doubtful.keys())) if (isOwn(set)) own.add(doubtful.get(set.sourceId)!);
  return own;
}
