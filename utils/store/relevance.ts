import type { Comparison } from '../../engine/compare';
import { isoDays } from '../../engine/intervals';
import type { CompareTotals, FigureQuery } from '../protocol';
import type { IndexedFigure, SourceCard } from './claimIndex';

/** The most other sources' figures a comparison lists. */
export const LISTED_OTHERS = 12;

type Compared = Comparison<IndexedFigure>;
type Cards = ReadonlyMap<string, SourceCard>;

const VERDICTS = ['differ', 'agree', 'other time'] as const;

/**
 * The comparisons to list, by date. When there are more than `limit`: the most relevant of each
 * verdict first (so the reason for the verdict is among them), then figures of the same time before
 * those of another, the nearest in date to the page's figure first (the newest when it has no date),
 * and every outlet once before any outlet twice.
 */
export function mostRelevant(
  comparisons: readonly Compared[],
  query: Pick<FigureQuery, 'asOf'>,
  cards: Cards,
  limit = LISTED_OTHERS,
): Compared[] {
  if (comparisons.length <= limit) return [...comparisons].sort(byDate(cards));
  const ranked = rankByRelevance(comparisons, query, cards);
  const listed = new Set<Compared>();
  for (const verdict of VERDICTS) {
    const best = ranked.find((c) => c.result.verdict === verdict);
    if (best) listed.add(best);
  }
  const timesSeen = new Map<string, number>();
  const rounds = ranked.map((comparison, rank) => {
    const outlet = cards.get(comparison.figure.sourceId)!.outlet.trim().toLowerCase();
    const round = timesSeen.get(outlet) ?? 0;
    timesSeen.set(outlet, round + 1);
    return { comparison, round, rank };
  });
  rounds.sort((a, b) => a.round - b.round || a.rank - b.rank);
  for (const { comparison } of rounds) {
    if (listed.size >= limit) break;
    listed.add(comparison);
  }
  return [...listed].sort(byDate(cards));
}

function rankByRelevance(comparisons: readonly Compared[], query: Pick<FigureQuery, 'asOf'>, cards: Cards) {
  const reference = query.asOf === null ? null : isoDays(query.asOf);
  const keyed = comparisons.map((comparison) => {
    const card = cards.get(comparison.figure.sourceId)!;
    const day = isoDays(comparison.figure.asOf ?? card.published);
    return {
      comparison,
      otherTime: comparison.result.verdict === 'other time' ? 1 : 0,
      distance: reference === null ? 0 : day === null ? Infinity : Math.abs(day - reference),
      published: card.published,
    };
  });
  keyed.sort(
    (a, b) =>
      a.otherTime - b.otherTime ||
      a.distance - b.distance ||
      order(b.published, a.published) ||
      tieBreak(a.comparison, b.comparison),
  );
  return keyed.map((k) => k.comparison);
}

/** By the sources' publication dates, oldest first. */
function byDate(cards: Cards): (a: Compared, b: Compared) => number {
  return (a, b) =>
    order(cards.get(a.figure.sourceId)!.published, cards.get(b.figure.sourceId)!.published) || tieBreak(a, b);
}

const tieBreak = (a: Compared, b: Compared): number =>
  order(a.figure.sourceId, b.figure.sourceId) || a.figure.index - b.figure.index;

const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export function totalsOf(comparisons: readonly Compared[]): CompareTotals {
  const verdicts = { agree: 0, differ: 0, 'other time': 0 };
  const sources = new Set<string>();
  for (const { figure, result } of comparisons) {
    verdicts[result.verdict]++;
    sources.add(figure.sourceId);
  }
  return { figures: comparisons.length, sources: sources.size, verdicts };
}
