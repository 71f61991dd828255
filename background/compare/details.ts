import type { ComparedFigure, StoredFigure } from '../../protocol/messages';
import type { IndexedFigure } from './claimSnapshot';
import type { FigureSetReader } from './figureSetReader';
import type { Judged } from './relevance';

/**
 * The stored figure behind each index figure listed before, kept for as long as the index holds
 * that figure. A write gives every figure of the sources it changed a new object in the index
 * (`Snapshot.replace`), so what is kept for the old ones is never looked up again, and goes with
 * them. Hovers list the same figures again (the same mark, marks of one claim at one time): with
 * 10,005 sources, reading their sets took 2-3 ms of a warm comparison, and 20-190 ms when the store
 * was busy.
 */
const listedBefore = new WeakMap<IndexedFigure, StoredFigure>();

/**
 * The listed comparisons with their figures' sentences and attributions, read from the store (or
 * kept from an earlier listing of the same index figure), and the reason of each judgement, written
 * by `reasonOf`.
 */
export async function withDetails(
  listed: readonly Judged[],
  reader: FigureSetReader,
  reasonOf: (judged: Judged) => string,
): Promise<ComparedFigure[]> {
  const unread = listed.filter(({ figure }) => !listedBefore.has(figure));
  if (unread.length > 0) {
    const sets = new Map(
      (await reader.of(unread.map((c) => c.figure.source.id))).map((set) => [set.sourceId, set]),
    );
    for (const { figure: indexed } of unread) {
      const figure = sets.get(indexed.source.id)?.figures.find((f) => f.index === indexed.index);
      // changed since the index was read: not kept, nor listed
      if (figure?.text === indexed.text) listedBefore.set(indexed, figure);
    }
  }
  return listed.flatMap((judged): ComparedFigure[] => {
    const { figure: indexed, judgement } = judged;
    const figure = listedBefore.get(indexed);
    if (!figure) return [];
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
