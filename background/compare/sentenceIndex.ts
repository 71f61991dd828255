import type { IndexedFigure, SourceCard } from './claimSnapshot';
import { perClaimFigures } from './perClaim';
import type { StoredSentences } from './askingPage';

/**
 * A claim's figures found by their sources' addresses and by their sentences' fingerprints, so that
 * recognising the page's own stored source looks up the page's sentences and words rather than every
 * stored figure.
 */
export type SentenceIndex = StoredSentences<SourceCard>;

export const sentenceIndexOf = perClaimFigures((figures): SentenceIndex => {
  const byAddress = new Map<string, SourceCard[]>();
  const byWhole = new Map<number, SourceCard[]>();
  const byStart = new Map<number, IndexedFigure[]>();
  const byEnd = new Map<number, IndexedFigure[]>();
  const lengthsByStart = new Map<number, Set<number>>();
  const longByWhole = new Map<number, IndexedFigure[]>();
  for (const figure of figures) {
    const { source, fingerprint } = figure;
    if (source.address !== null) add(byAddress, source.address, source);
    add(byWhole, fingerprint.whole, source);
    if (fingerprint.start === null || fingerprint.end === null) continue;
    add(byStart, fingerprint.start, figure);
    add(byEnd, fingerprint.end, figure);
    add(longByWhole, fingerprint.whole, figure);
    const lengths = lengthsByStart.get(fingerprint.start);
    if (lengths) lengths.add(fingerprint.length);
    else lengthsByStart.set(fingerprint.start, new Set([fingerprint.length]));
  }
  const long = {
    lengthsByStart: new Map([...lengthsByStart].map(([start, lengths]) => [start, [...lengths]])),
    byWhole: longByWhole,
  };
  return { byAddress, byWhole, byStart, byEnd, long };
});

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}
