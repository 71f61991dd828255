import type { Comparison } from '../../engine/compare';
import type { ComparedFigure } from '../protocol';
import type { ClaimSnapshot, IndexedFigure } from './claimIndex';
import type { FigureSetReader } from './figureSetReader';

/** The listed comparisons with their figures' sentences and attributions, read from the store. */
export async function withDetails(
  index: ClaimSnapshot,
  listed: readonly Comparison<IndexedFigure>[],
  reader: FigureSetReader,
): Promise<ComparedFigure[]> {
  const sets = new Map(
    (await reader.of(listed.map((c) => c.figure.sourceId))).map((set) => [set.sourceId, set]),
  );
  return listed.flatMap(({ figure: indexed, result }): ComparedFigure[] => {
    const figure = sets.get(indexed.sourceId)?.figures.find((f) => f.index === indexed.index);
    // changed since the index was read
    if (figure?.text !== indexed.text) return [];
    const { id, outlet, title, published, url } = index.cards.get(indexed.sourceId)!;
    const { text, value, unit, qualifier, asOf, attribution, sentence, normalized } = figure;
    const sentenceStart = Math.max(0, sentence.indexOf(text));
    return [
      {
        source: { id, outlet, title, published, url },
        figure: {
          text,
          value,
          unit,
          qualifier,
          asOf,
          attribution,
          sentence,
          normalized,
          sentenceStart,
          sentenceEnd: sentenceStart + text.length,
        },
        comparison: result,
      },
    ];
  });
}
