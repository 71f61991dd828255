import type { Figure, FigureValue } from '../engine/types';

/** What a reader of figures must give to be scored: a span, a value and a unit (a claim optionally). */
export type ScoredFigure = Pick<Figure, 'start' | 'end' | 'value' | 'unit'> & { claim?: string | null };

/** A hand-labelled figure, located by its text and which repeat of that text in the file it is. */
export interface GoldFigure {
  file: string;
  text: string;
  value: FigureValue;
  unit: string;
  qualifier: string;
  topic: string | null;
  occurrence: number;
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched figures whose claim equals the gold's (the gold calls it topic). */
  claimAccuracy: number;
  misses: GoldFigure[];
  extras: ScoredFigure[];
  wrongClaims: Array<{ gold: GoldFigure; predicted: string | null }>;
}

function sameValue(a: FigureValue, b: FigureValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameValue(a[0], b[0]) && sameValue(a[1], b[1]);
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  return a === b;
}

function goldSpan(content: string, gold: GoldFigure): [number, number] | null {
  let at = -1;
  for (let n = 0; n < gold.occurrence; n++) {
    at = content.indexOf(gold.text, at + 1);
    if (at < 0) return null;
  }
  return [at, at + gold.text.length];
}

/**
 * Value+unit F1: a predicted figure matches a gold figure when their spans overlap and value and unit are
 * equal; each figure matches at most once.
 */
export function score(
  files: Record<string, { content: string; figures: ScoredFigure[] }>,
  gold: GoldFigure[],
): Score {
  let matched = 0;
  let predicted = 0;
  let claimHits = 0;
  const misses: GoldFigure[] = [];
  const extras: ScoredFigure[] = [];
  const wrongClaims: Score['wrongClaims'] = [];
  for (const [file, { content, figures }] of Object.entries(files)) {
    predicted += figures.length;
    const used = new Set<number>();
    for (const g of gold.filter((x) => x.file === file)) {
      const span = goldSpan(content, g);
      const k = span
        ? figures.findIndex(
            (f, i) =>
              !used.has(i) &&
              f.start < span[1] &&
              f.end > span[0] &&
              f.unit === g.unit &&
              sameValue(f.value, g.value),
          )
        : -1;
      if (k < 0) {
        misses.push(g);
        continue;
      }
      used.add(k);
      matched++;
      if (figures[k]!.claim === g.topic) claimHits++;
      else wrongClaims.push({ gold: g, predicted: figures[k]!.claim ?? null });
    }
    figures.forEach((f, i) => used.has(i) || extras.push(f));
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold.length ? matched / gold.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    gold: gold.length,
    predicted,
    matched,
    precision,
    recall,
    f1,
    claimAccuracy: matched ? claimHits / matched : 0,
    misses,
    extras,
    wrongClaims,
  };
}
