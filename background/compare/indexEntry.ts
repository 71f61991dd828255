import type { ComparableFigure } from '../../engine/index';
import { isoDays } from '../../engine/intervals';
import type { StoredFigure } from '../../protocol/messages';
import type { SourceDetails } from '../store/db';
import { fingerprintOf, type SentenceFingerprint } from './fingerprint';

/** A stored figure of a claim, as far as comparing needs: its sentence only as a fingerprint. */
export interface EntryFigure extends ComparableFigure {
  index: number;
  text: string;
  /** False for restatements ("42 square miles" after "110 square km") and repeats within a source. */
  counted: boolean;
  fingerprint: SentenceFingerprint;
  /** `asOf` in days since 1970, or null. */
  asOfDay: number | null;
}

/**
 * What the claim index and the source list need of one source, in a record of its own: both read every
 * source's entry when they are first used, and a source's figure set (every figure, with its
 * sentence and attribution) is about three times the size. With 10,000 sources, reading every figure
 * set took 2.6 s in Chromium.
 */
export interface IndexEntry {
  sourceId: string;
  source: SourceDetails;
  /** Every figure of the source, of known claims or not. */
  figureCount: number;
  /** The figures of known claims, in the source's order. */
  figures: EntryFigure[];
}

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
