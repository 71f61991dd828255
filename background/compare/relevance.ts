import { overall, type Judged as JudgedFigure, type Judgement, type Verdict } from '../../engine/index';
import { isoDays } from '../../engine/intervals';
import type { CompareTotals, FigureQuery } from '../../protocol/messages';
import type { IndexedFigure, SourceCard } from './claimSnapshot';
import { codeUnitOrder } from '../store/order';
import { perClaimFigures } from './perClaim';

/** The most other sources' figures a comparison lists. */
export const LISTED_OTHERS = 12;

/** Another source's figure with how it stands against the page's figure. */
export type Judged = JudgedFigure<IndexedFigure>;

/** Figures of a claim, each with its judgement against the page's figure (null: they cannot be compared). */
export interface JudgedFigures {
  figures: readonly IndexedFigure[];
  judgements: readonly (Judgement | null)[];
}

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
  { figures, judgements }: JudgedFigures,
  query: Pick<FigureQuery, 'asOf'>,
  limit = LISTED_OTHERS,
): Judged[] {
  const judgedAt = (i: number): Judged => ({ figure: figures[i]!, judgement: judgements[i]! });
  const kept: number[] = [];
  for (let i = 0; i < judgements.length; i++) if (judgements[i]) kept.push(i);
  if (kept.length <= limit) return kept.map(judgedAt).sort(byDate);
  const { outlet } = columnsOf(figures);
  const keys = relevanceKeys(figures, judgements, kept, query);
  const byRelevance = (a: number, b: number) => keys[a]! - keys[b]!;
  // the best of each verdict and of each outlet, in the order they first come
  const bestOfVerdict = new Map<Verdict, number>();
  const bestOfOutlet = new Map<number, number>();
  for (const i of kept) {
    const { verdict } = judgements[i]!;
    const ofVerdict = bestOfVerdict.get(verdict);
    if (ofVerdict === undefined || keys[i]! < keys[ofVerdict]!) bestOfVerdict.set(verdict, i);
    const ofOutlet = bestOfOutlet.get(outlet[i]!);
    if (ofOutlet === undefined || keys[i]! < keys[ofOutlet]!) bestOfOutlet.set(outlet[i]!, i);
  }
  const outletOf = (i: number) => outlet[i]!;
  const listed = new Set(bestOfVerdict.values());
  const timesListed = new Map<number, number>();
  for (const i of listed) timesListed.set(outletOf(i), (timesListed.get(outletOf(i)) ?? 0) + 1);
  const firstRound = [...bestOfOutlet]
    .filter(([outlet]) => !timesListed.has(outlet))
    .map(([, i]) => i)
    .sort(byRelevance);
  // When the outlets not listed yet fill the list with their best, later rounds need not be worked out.
  const inTurn =
    listed.size + firstRound.length >= limit
      ? firstRound
      : outletsInTurn(kept.filter((i) => !listed.has(i)).sort(byRelevance), outletOf, timesListed);
  for (const i of inTurn) {
    if (listed.size >= limit) break;
    listed.add(i);
  }
  return [...listed].map(judgedAt).sort(byDate);
}

/**
 * Smaller for more relevant figures: the same time first, then the nearest in date, then the newest.
 * Only the `kept` places are filled.
 */
function relevanceKeys(
  figures: readonly IndexedFigure[],
  judgements: JudgedFigures['judgements'],
  kept: readonly number[],
  query: Pick<FigureQuery, 'asOf'>,
): Float64Array {
  const reference = query.asOf === null ? null : isoDays(query.asOf);
  const { day, published } = columnsOf(figures);
  const keys = new Float64Array(figures.length);
  for (const i of kept) {
    const distance = reference === null ? 0 : Math.abs(day[i]! - reference);
    keys[i] =
      (judgements[i]!.verdict === 'other time' ? OTHER_TIME : 0) + distance * PER_DAY_AWAY - published[i]!;
  }
  return keys;
}

/**
 * What relevance reads of each of a claim's figures, worked out once per list (a hover reads it for
 * thousands): the day it describes (its source's when it names none), its source's day, its outlet
 * and its source as numbers.
 */
interface Columns {
  day: Float64Array;
  published: Float64Array;
  outlet: Int32Array;
  source: Int32Array;
}

const columnsOf = perClaimFigures((figures): Columns => {
  const columns: Columns = {
    day: new Float64Array(figures.length),
    published: new Float64Array(figures.length),
    outlet: new Int32Array(figures.length),
    source: new Int32Array(figures.length),
  };
  const sources = new Map<SourceCard, number>();
  figures.forEach(({ asOfDay, source }, i) => {
    columns.day[i] = asOfDay ?? source.publishedDay;
    columns.published[i] = source.publishedDay;
    columns.outlet[i] = numberOf(outletNumbers, source.outletKey);
    columns.source[i] = numberOf(sources, source);
  });
  return columns;
});

/** Outlets as numbers, the same in every list. */
const outletNumbers = new Map<string, number>();

function numberOf<K>(numbers: Map<K, number>, key: K): number {
  let number = numbers.get(key);
  if (number === undefined) {
    number = numbers.size;
    numbers.set(key, number);
  }
  return number;
}

/**
 * `ranked` reordered so that every outlet comes once, in rank order, before any comes twice;
 * `timesListed` counts the outlets' figures listed already.
 */
function outletsInTurn(
  ranked: readonly number[],
  outletOf: (i: number) => number,
  timesListed: ReadonlyMap<number, number>,
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

/**
 * Counts over the judged figures, and the verdict they make together (`overall`); a source's figures
 * stand together, as the claim index keeps them.
 */
export function totalsOf({ figures, judgements }: JudgedFigures): CompareTotals & { verdict: Verdict } {
  const verdicts = { agree: 0, differ: 0, 'other time': 0 };
  const { source } = columnsOf(figures);
  let counted = 0;
  let sources = 0;
  let previous = -1;
  for (let i = 0; i < judgements.length; i++) {
    const judgement = judgements[i];
    if (!judgement) continue;
    counted++;
    verdicts[judgement.verdict]++;
    if (source[i] !== previous) sources++;
    previous = source[i]!;
  }
  const present = (Object.keys(verdicts) as Array<keyof typeof verdicts>).filter((v) => verdicts[v] > 0);
  return { figures: counted, sources, verdicts, verdict: overall(present) };
}
