import { isoDays } from '../../engine/intervals';
import type { StoredFigure } from '../../protocol/messages';
import type { ClaimEntry, EntryFigure, IndexEntry, SourceDetails } from '../store/schema';
import { fingerprintOf, type SentenceFingerprint } from './fingerprint';

/** The index entry of a source with these figures. */
export function indexEntryOf(source: SourceDetails, figures: readonly StoredFigure[]): IndexEntry {
  return { sourceId: source.id, source, figureCount: figures.length, figures: entryFiguresOf(figures) };
}

/** The claim entries of an index entry: one per claim of its figures, in the order of its claims' first figures. */
export function claimEntriesOf({ sourceId, source, figures }: IndexEntry): ClaimEntry[] {
  const byClaim = new Map<string, ClaimEntry>();
  for (const figure of figures) {
    const claim = figure.claim!;
    const entry = byClaim.get(claim);
    if (entry) entry.figures.push(figure);
    else byClaim.set(claim, { claim, sourceId, source, figures: [figure] });
  }
  return [...byClaim.values()];
}

function entryFiguresOf(figures: readonly StoredFigure[]): EntryFigure[] {
  const seen = new Set<string>();
  const fingerprints = new Map<string, SentenceFingerprint>();
  const entries: EntryFigure[] = [];
  for (const {
    claim,
    value,
    unit,
    qualifier,
    normalized,
    asOf,
    index,
    text,
    sentence,
    pairedWith,
  } of figures) {
    if (claim === null) continue;
    const key = `${text}\u0000${String(value)}\u0000${unit}\u0000${claim}`;
    const counted = pairedWith === undefined && !seen.has(key);
    if (pairedWith === undefined) seen.add(key);
    let fingerprint = fingerprints.get(sentence);
    if (!fingerprint) fingerprints.set(sentence, (fingerprint = fingerprintOf(sentence)));
    entries.push({
      index,
      claim,
      value,
      unit,
      qualifier,
      normalized,
      asOf,
      text: ownCopy(text),
      counted,
      fingerprint,
      asOfDay: asOf === null ? null : isoDays(asOf),
    });
  }
  return entries;
}

/**
 * A string's characters in a string of their own. A figure's text is a slice of its source's text,
 * and keeps all of it alive: an import's entries, kept in memory (`PendingEntries`) and in the
 * claim index, held 29 MB of texts for 10,000 sources. A slice of a string joined to another is a
 * slice of a new, flat one.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
