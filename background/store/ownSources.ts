import type { IndexedFigure, SourceCard } from '../compare/claimSnapshot';
import type { FigureSet } from './schema';
import type { FigureSetReader } from '../compare/figureSetReader';
import { withoutHash, type AskingPage } from '../compare/askingPage';
import { sentenceIndexOf } from '../compare/sentenceIndex';

/**
 * The sources among those of the claims' figures (`figures`, of each claim) that are the page itself:
 * at its address, or sharing with it the sentence of a figure of one of those claims. Fingerprints
 * settle nearly every source; the few they leave in doubt are read and their sentences compared.
 *
 * `between`, when given, is awaited before each claim's fingerprints are looked through and before
 * each few sources in doubt are read and compared: a page of many figures may leave thousands in
 * doubt among sources written from the same templates (2,110 of 10,005 generated reports, 0.3-0.5 s
 * to read and compare), and the marks' verdicts then give way to a popover between them.
 */
export async function ownSources(
  figures: ReadonlyMap<string, readonly IndexedFigure[]>,
  page: AskingPage,
  reader: FigureSetReader,
  between?: () => Promise<void>,
): Promise<Set<SourceCard>> {
  const own = new Set<SourceCard>();
  const doubtful = new Map<string, SourceCard>();
  for (const ofClaim of figures.values()) {
    // a claim at a time: a page's 14 claims looked through at once held a service worker that had
    // just started for 22-58 ms, and a popover's request waited for them
    if (between) await between();
    page.sharedAmong(sentenceIndexOf(ofClaim), own, doubtful);
  }
  for (const source of own) doubtful.delete(source.id);
  if (doubtful.size === 0) return own;
  const wanted = new Set(figures.keys());
  const isOwn = ({ source, figures }: FigureSet) => {
    // the address once per source, not once per figure
    const address = source.url === null ? null : withoutHash(source.url);
    if (address !== null && page.isAt(address))
      return figures.some((f) => f.claim !== null && wanted.has(f.claim));
    return figures.some((f) => f.claim !== null && wanted.has(f.claim) && page.isOwn(null, f.sentence));
  };
  const ids = [...doubtful.keys()];
  const step = between ? DOUBTFUL_PER_STEP : ids.length;
  for (let from = 0; from < ids.length; from += step) {
    await between?.();
    for (const set of await reader.of(ids.slice(from, from + step)))
      if (isOwn(set)) own.add(doubtful.get(set.sourceId)!);
  }
  return own;
}

/** Sources in doubt read and compared in one step, when steps give way: a few ms of work. */
const DOUBTFUL_PER_STEP = 50;
