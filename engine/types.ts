/** Units as written (the CLI contract). Conversions live in `Normalized`. */
export type Unit =
  | 'km2'
  | 'mi2'
  | 'km'
  | 'mi'
  | 'persons'
  | 'usd'
  | 'percent'
  | 'date'
  | 'days'
  | 'weeks'
  | 'months'
  | 'years'
  | 'count'
  | 'other';

export type Qualifier = 'exact' | 'about' | 'up to' | 'at least' | 'more than' | 'less than' | 'range';

export type Dimension =
  'area' | 'length' | 'persons' | 'money' | 'percent' | 'date' | 'duration' | 'count' | 'other';

/** A number, a `[low, high]` range, or an ISO date (`2025-03-05`, `2024-08`, `2024`). */
export type FigureValue = number | [number, number] | string;

/** The value converted to the one unit of its dimension (km², km, persons, USD, percent, days, ISO date, count). */
export interface Normalized {
  value: FigureValue;
  unit: 'km2' | 'km' | 'persons' | 'usd' | 'percent' | 'days' | 'date' | 'count' | 'other';
}

export interface Figure {
  /** Exact slice of the input: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  value: FigureValue;
  unit: Unit;
  qualifier: Qualifier;
  /** Claim key from the taxonomy, or null when no claim fits. */
  claim: string | null;
  /** ISO date or month the figure describes, or null. */
  asOf: string | null;
  /** Who the article says the figure comes from, or null. */
  attribution: string | null;
  /** The sentence the figure stands in. */
  sentence: string;
  normalized: Normalized;
  /** The counted noun for persons and counts ("tanks"), the currency for money. */
  noun?: string;
  /** Index (in the same result) of the figure this one restates, as in "110 square km (42 square miles)". */
  pairedWith?: number;
}

export interface Claim {
  key: string;
  label: string;
  dimension: Dimension;
  /** Percent figures also fit this claim, as a share of the whole (e.g. "half the territory"). */
  shares?: boolean;
  /** True when the true value changes over time (land held now), false for fixed facts (a start date). */
  timeVarying: boolean;
  /** What time a figure describes when its sentence names none: the article's date, a fixed date, or nothing. */
  asOf: 'published' | 'none' | string;
  /** Every group must match near the figure; each group lists alternative cue words or phrases. */
  cues: string[][];
  /** Cue words that make the claim more likely without being required. */
  boost?: string[];
  /** Cue words that rule the claim out when they stand near the figure. */
  avoid?: string[];
  /** For persons and counts: the counted nouns this claim is about ("troops", not "people"). */
  nouns?: string[];
  /** For a claim that changes: figures whose as-of dates lie more than this many days apart speak of other times. */
  window?: number;
  /** Words near a figure that name a known time on the claim ("at its height" → "2024-08"), when no date does. */
  times?: Array<{ cues: string[]; asOf: string }>;
  /** For a fixed date: the span of dates this claim can take ([from, to], ISO); other dates are another claim. */
  within?: [string, string];
}

export interface ExtractOptions {
  /** The article's publication date (YYYY-MM-DD); relative dates resolve against it. */
  published?: string | null;
  claims?: readonly Claim[];
}

/**
 * How other sources stand against a figure. `mixed`: at a comparable time some agree and some differ;
 * it sums up many sources and is never the verdict of one pair.
 */
export type Verdict = 'agree' | 'differ' | 'mixed' | 'other time' | 'none';

/** A figure as stored for comparison: enough to compare and to show. */
export interface ComparableFigure {
  claim: string | null;
  value: FigureValue;
  unit: Unit;
  qualifier: Qualifier;
  normalized: Normalized;
  asOf: string | null;
}

export interface PairComparison {
  verdict: Exclude<Verdict, 'none' | 'mixed'>;
  /** Relative spread between the two values (0.25 = 25 %), when both are numbers. */
  spread: number | null;
  reason: string;
}
