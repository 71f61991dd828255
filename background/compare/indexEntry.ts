import { isoDays } from '../../engine/intervals';
import type { StoredFigure } from '../../protocol/messages';
import type { EntryFigure, IndexEntry, SourceDetails } from '../store/schema';
import { fingerprintOf, type SentenceFingerprint } from './fingerprint';

/** The index entry of a source with these figures. */
export function indexEntryOf(source: SourceDetails, figures: readonly StoredFigure[]): IndexEntry {
  return { sourceId: source.id, source, figureCount: figures.length, figures: entryFiguresOf(figures) };
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
      text,
      counted,
      fingerprint,
      asOfDay: asOf === null ? null : isoDays(asOf),
    });
  }
  return entries;
}
