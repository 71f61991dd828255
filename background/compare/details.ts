import type { ComparedFigure } from '../../protocol/messages';
import type { FigureSetReader } from './figureSetReader';
import type { Judged } from './relevance';

/**
 * The listed comparisons with their figures' sentences and attributions, read from the store, and
 * the reason of each judgement, written by `reasonOf`.
 */
export async function withDetails(
  listed: readonly Judged[],
  reader: FigureSetReader,
  reasonOf: (judged: Judged) => string,
): Promise<ComparedFigure[]> {
  const sets = new Map(
    (await reader.of(listed.map((c) => c.figure.source.id))).map((set) => [set.sourceId, set]),
  );
  return listed.flatMap((judged): ComparedFigure[] => {
    const { figure: indexed, judgement } = judged;
    const figure = sets.get(indexed.source.id)?.figures.find((f) => f.index === indexed.index);
    // changed since the index was read
    if (figure?.text !== indexed.text) return [];
    const { id, outlet, title, published, url } = indexed.source;
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
        comparison: { verdict: judgement.verdict, spread: judgement.spread, reason: reasonOf(judged) },
      },
    ];
  });
}
