import { overall } from '../../engine/compare';
import { judge, type Judgement, type Verdict } from '../../engine/index';
import { isoDays } from '../../engine/intervals';
import type { CompareTotals, FigureQuery } from '../protocol';
import type { IndexedFigure } from './claimIndex';

/** The most other sources' figures a comparison lists. */
export const LISTED_OTHERS = 12;

/** Another source's figure with how it stands against the page's figure. */
export interface Judged {
  figure: IndexedFigure;
  judgement: Judgement;
}

/** Judges the page's figure against each candidate, without writing reasons. */
export function judgeAll(
  query: FigureQuery,
  candidates: readonly IndexedFigure[],
  tolerance: number,
): { verdict: Verdict; judged: Judged[] } {
  const judged: Judged[] = [];
  for (const figure of candidates) {
    const judgement = judge(query, figure, { tolerance });
    if (judgement) judged.push({ figure, judgement });
  }
  return { verdict: overall(judged.map((j) => j.judgement.verdict)), judged };
}

const VERDICTS = ['differ', 'agree', 'other time'] as const;
/** Orders of magnitude in the relevance key: time, then distance in days, then recency. */
const OTHER_TIME = 1e12;
const PER_DAY_AWAY = 1e6;

/**
 * The judged figures to list, by date. When there are more than `limit`: the most relevant of each
 * verdict first (so the reason for the verdict is among them), then figures of the same time before
 * those of another, the nearest in date to the page's figure first (the newest when it has no date),
 * and every outlet once before any outlet twice.
 */
export function mostRelevant(
  judged: readonly Judged[],
  query: Pick<FigureQuery, 'asOf'>,
  limit = LISTED_OTHERS,
): Judged[] {
  if (judged.length <= limit) return [...judged].sort(byDate);
  const reference = query.asOf === null ? null : isoDays(query.asOf);
  const keys = judged.map(({ figure, judgement }) => {
    const { publishedDay } = figure.source;
    const distance = reference === null ? 0 : Math.abs((figure.asOfDay ?? publishedDay) - reference);
    return (judgement.verdict === 'other time' ? OTHER_TIME : 0) + distance * PER_DAY_AWAY - publishedDay;
  });
  const ranked = judged.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  const listed = new Set<number>();
  for (const verdict of VERDICTS) {
    const best = ranked.find((i) => judged[i]!.judgement.verdict === verdict);
    if (best !== undefined) listed.add(best);
  }
  for (const i of outletsInTurn(ranked, (i) => judged[i]!.figure.source.outletKey)) {
    if (listed.size >= limit) break;
    listed.add(i);
  }
  return [...listed].map((i) => judged[i]!).sort(byDate);
}

/** `ranked` reordered so that every outlet comes once, in rank order, before any comes twice. */
function outletsInTurn(ranked: readonly number[], outletOf: (i: number) => string): number[] {
  const rounds: number[][] = [];
  const timesSeen = new Map<string, number>();
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
    order(a.figure.source.id, b.figure.source.id) ||
    a.figure.index - b.figure.index
  );
}

const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export function totalsOf(judged: readonly Judged[]): CompareTotals {
  const verdicts = { agree: 0, differ: 0, 'other time': 0 };
  const sources = new Set<string>();
  for (const { figure, judgement } of judged) {
    verdicts[judgement.verdict]++;
    sources.add(figure.source.id);
  }
  return { figures: judged.length, sources: sources.size, verdicts };
}
