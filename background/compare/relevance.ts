import type { Judged as JudgedFigure, Verdict } from '../../engine/index';
import { isoDays } from '../../engine/intervals';
import type { CompareTotals, FigureQuery } from '../../protocol/messages';
import type { IndexedFigure, SourceCard } from './claimSnapshot';
import { codeUnitOrder } from '../store/order';

/** The most other sources' figures a comparison lists. */
export const LISTED_OTHERS = 12;

/** Another source's figure with how it stands against the page's figure. */
export type Judged = JudgedFigure<IndexedFigure>;

/** Orders of magnitude in the relevance key: time, then distance in days, then recency. */
const OTHER_TIME = 1e12;
const PER_DAY_AWAY = 1e6;

/**
 * The judged figures to list, by date. When there are more than `limit`: the most relevant of each
 * verdict first (so the reason for the verdict is among them), then figures of the same time before
 * those of another, the nearest in date to the page's figure first (the newest when it has no date),
 * every outlet once before any outlet twice (an outlet listed for a verdict has had its turn).
 */
export function mostRelevant(
  judged: readonly Judged[],
  query: Pick<FigureQuery, 'asOf'>,
  limit = LISTED_OTHERS,
): Judged[] {
  if (judged.length <= limit) return [...judged].sort(byDate);
  const keys = relevanceKeys(judged, query);
  const byRelevance = (a: number, b: number) => keys[a]! - keys[b]!;
  const bestOfVerdict = new Map<Verdict, number>();
  const bestOfOutlet = new Map<string, number>();
  judged.forEach(({ figure, judgement }, i) => {
    const ofVerdict = bestOfVerdict.get(judgement.verdict);
    if (ofVerdict === undefined || keys[i]! < keys[ofVerdict]!) bestOfVerdict.set(judgement.verdict, i);
    const ofOutlet = bestOfOutlet.get(figure.source.outletKey);
    if (ofOutlet === undefined || keys[i]! < keys[ofOutlet]!) bestOfOutlet.set(figure.source.outletKey, i);
  });
  const outletOf = (i: number) => judged[i]!.figure.source.outletKey;
  const listed = new Set(bestOfVerdict.values());
  const timesListed = new Map<string, number>();
  for (const i of listed) timesListed.set(outletOf(i), (timesListed.get(outletOf(i)) ?? 0) + 1);
  const firstRound = [...bestOfOutlet]
    .filter(([outlet]) => !timesListed.has(outlet))
    .map(([, i]) => i)
    .sort(byRelevance);
  // When the outlets not listed yet fill the list with their best, later rounds need not be worked out.
  const inTurn =
    listed.size + firstRound.length >= limit
      ? firstRound
      : outletsInTurn(
          judged
            .map((_, i) => i)
            .filter((i) => !listed.has(i))
            .sort(byRelevance),
          outletOf,
          timesListed,
        );
  for (const i of inTurn) {
    if (listed.size >= limit) break;
    listed.add(i);
  }
  return [...listed].map((i) => judged[i]!).sort(byDate);
}

/** Smaller for more relevant figures: the same time first, then the nearest in date, then the newest. */
function relevanceKeys(judged: readonly Judged[], query: Pick<FigureQuery, 'asOf'>): number[] {
  const reference = query.asOf === null ? null : isoDays(query.asOf);
  return judged.map(({ figure, judgement }) => {
    const { publishedDay } = figure.source;
    const distance = reference === null ? 0 : Math.abs((figure.asOfDay ?? publishedDay) - reference);
    return (judgement.verdict === 'other time' ? OTHER_TIME : 0) + distance * PER_DAY_AWAY - publishedDay;
  });
}

/**
 * `ranked` reordered so that every outlet comes once, in rank order, before any comes twice;
 * `timesListed` counts the outlets' figures listed already.
 */
function outletsInTurn(
  ranked: readonly number[],
  outletOf: (i: number) => string,
  timesListed: ReadonlyMap<string, number>,
): number[] {
  const rounds: number[][] = [];
  const timesSeen = new Map(timesListed);
  for (const i of ranked) {
    const outlet = outletOf(i);
    const round = timesSeen.get(outlet) ?? 0;
    timesSeen.set(outlet, round + 1);
    (rounds[round] ??= []).push(i);
  }
  return rounds.flat();
}

/** By the sources' publication dates, oldest first. */
function byDate(a: Judged, b: Judged): number {
  return (
    a.figure.source.publishedDay - b.figure.source.publishedDay ||
    codeUnitOrder(a.figure.source.id, b.figure.source.id) ||
    a.figure.index - b.figure.index
  );
}

/** Counts over the judged figures; a source's figures stand together, as the claim index keeps them. */
export function totalsOf(judged: readonly Judged[]): CompareTotals {
  const verdicts = { agree: 0, differ: 0, 'other time': 0 };
  let sources = 0;
  let previous: SourceCard | null = null;
  for (const { figure, judgement } of judged) {
    verdicts[judgement.verdict]++;
    if (figure.source !== previous) sources++;
    previous = figure.source;
  }
  return { figures: judged.length, sources, verdicts };
}
