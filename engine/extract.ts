import { asOfFor, namedTime, relativeAnchors, SPAN_STARTS, statementAnchor, type TimeAnchor } from './asof';
import { parseDayRef, speaksOfFuture, todayRef, type DayRef } from './dates';
import { readFigure, type RawFigure } from './figures';
import { normalize, DIMENSION_OF } from './normalize';
import { mayHoldFigures } from './prefilter';
import { readReports } from './reports';
import { splitSentences, type Sentence } from './sentences';
import {
  classify,
  compileClaims,
  clauseMarks,
  cueFinder,
  rankClaims,
  WINDOW,
  type CompiledClaims,
  type CueHit,
  type ClaimContext,
  type ClauseMarks,
} from './claims';
import { tokenize, type Token } from './tokens';
import type { ExtractOptions, Figure, Claim } from './types';

/** Tokens around a figure where other figures and dates can bear on it. */
const REACH = 48;
/** Longer "sentences" (text without punctuation) are cut to this many characters around the figure. */
const MAX_SENTENCE = 1000;

/** Indexes of the items (sorted by `from`) that start within `reach` tokens of `span`. */
function near(
  items: ReadonlyArray<{ from: number; to: number }>,
  span: { from: number; to: number },
  reach: number,
): number[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.from < span.from - reach) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let m = lo; m < items.length && items[m]!.from <= span.to + reach; m++) found.push(m);
  return found;
}

/** The part of an over-long sentence around a figure, cut at spaces. */
function excerpt(text: string, sentence: Sentence, start: number, end: number): string {
  const half = MAX_SENTENCE / 2;
  let from = Math.max(sentence.start, start - half);
  let to = Math.min(sentence.end, end + half);
  const space = text.slice(from, start).indexOf(' ');
  if (from > sentence.start && space >= 0) from += space + 1;
  const lastSpace = text.slice(end, to).lastIndexOf(' ');
  if (to < sentence.end && lastSpace >= 0) to = end + lastSpace;
  return text.slice(from, to);
}

const compiledCache = new WeakMap<readonly Claim[], CompiledClaims>();

function compiledFor(claims: readonly Claim[]): CompiledClaims {
  let compiled = compiledCache.get(claims);
  if (!compiled) {
    compiled = compileClaims(claims);
    compiledCache.set(claims, compiled);
  }
  return compiled;
}

/**
 * Finds every figure in `text`, in order, with its value, unit, qualifier, claim, as-of date and attribution.
 * Linear in the length of the text; never throws (a sentence that cannot be read yields no figures).
 */
export function extract(text: string, options: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string' || !mayHoldFigures(text)) return [];
  const published = parseDayRef(options.published) ? options.published! : null;
  const ref = parseDayRef(published) ?? todayRef();
  const compiled = compiledFor(options.claims ?? []);
  const tokens = tokenize(text);
  const reading: Reading = { text, tokens, ref, published, compiled, cuesIn: cueFinder(compiled, tokens) };
  const sentences = splitSentences(tokens);
  const reports = readReports(text, tokens, sentences);
  const figures: Figure[] = [];
  const inHeadings: number[] = [];
  sentences.forEach((sentence, n) => {
    try {
      const credit = (at: number) => reports.at(n, at);
      for (const figure of readSentence(reading, sentence, sentences[n - 1], figures.length, credit)) {
        if (reports.headings[n]) inHeadings.push(figures.length);
        figures.push(figure);
      }
    } catch {
      // a sentence the reader cannot handle is skipped; the rest of the text is still read
    }
  });
  creditHeadings(figures, inHeadings);
  return figures;
}

/** A headline figure that the article goes on to credit ("3,000" above "about 3,000, the agency said") is credited alike. */
function creditHeadings(figures: Figure[], inHeadings: readonly number[]): void {
  for (const k of inHeadings) {
    const f = figures[k]!;
    if (f.attribution !== null || f.unit === 'date') continue;
    const value = JSON.stringify(f.value);
    for (let j = k + 1; j < Math.min(figures.length, k + 50); j++) {
      const g = figures[j]!;
      if (g.unit === f.unit && JSON.stringify(g.value) === value && g.attribution !== null) {
        f.attribution = g.attribution;
        break;
      }
    }
  }
}

/** What reading one text's sentences needs. */
interface Reading {
  text: string;
  tokens: readonly Token[];
  ref: DayRef;
  published: string | null;
  compiled: CompiledClaims;
  /** The cue phrases starting in a range of the tokens. */
  cuesIn: (from: number, to: number) => CueHit[];
  /** The marks of the sentence being read; its room serves the next. */
  marks?: ClauseMarks;
}

function readSentence(
  reading: Reading,
  sentence: Sentence,
  previous: Sentence | undefined,
  offset: number,
  /** Who the article credits a figure starting at a token to. */
  credit: (at: number) => string | null,
): Figure[] {
  const { text, tokens, ref, published, compiled, cuesIn } = reading;
  const raws: RawFigure[] = [];
  let future: boolean | undefined;
  const sentenceRef: DayRef = {
    year: ref.year,
    month: ref.month,
    day: ref.day,
    ahead: () => (future ??= speaksOfFuture(tokens, sentence.from, sentence.to)),
  };
  for (let i = sentence.from; i < sentence.to;) {
    const raw = readFigure(tokens, i, sentence.from, sentenceRef);
    if (raw && raw.to <= sentence.to && raw.to > raw.from) {
      raws.push(raw);
      i = raw.to;
    } else i++;
  }
  if (raws.length === 0) return [];
  const marks = (reading.marks = clauseMarks(tokens, sentence.from, sentence.to, reading.marks));
  const anchors: TimeAnchor[] = [
    ...raws
      .filter(
        (r) =>
          r.unit === 'date' &&
          !SPAN_STARTS.has(tokens[r.from - 1]?.lower ?? '') &&
          !SPAN_STARTS.has(tokens[r.from]!.lower),
      )
      .map((r) => ({ from: r.from, to: r.to, value: String(r.value) })),
    ...relativeAnchors(tokens, sentence.from, sentence.to, ref),
  ].sort((a, b) => a.from - b.from);
  const statement = statementAnchor(tokens, anchors);
  const longSentence = sentence.end - sentence.start > MAX_SENTENCE;
  const previousFrom = previous?.from ?? sentence.from;
  const hits = cuesIn(Math.max(previousFrom, sentence.from - WINDOW), sentence.to);
  const pairs = raws.map((raw, k) => (k > 0 && restates(tokens, raws[k - 1]!, raw) ? k - 1 : -1));
  const figures: Figure[] = [];
  raws.forEach((raw, k) => {
    const pair = pairs[k]!;
    const partner = pair >= 0 ? figures[pair]! : null;
    const others = near(raws, raw, REACH)
      .filter((m) => m !== k && m !== pair && pairs[m] !== k)
      .map((m) => [raws[m]!.from, raws[m]!.to] as const);
    const context: ClaimContext = {
      tokens,
      marks,
      hits,
      from: raw.from,
      to: raw.to,
      sentenceFrom: sentence.from,
      sentenceTo: sentence.to,
      previousFrom,
      others,
      unit: raw.unit,
      noun: raw.noun,
      value: raw.value,
    };
    const before = k > 0 && pair < 0 ? figures[k - 1] : undefined;
    const claimKey =
      partner?.claim ??
      (before && elliptic(tokens, raws[k - 1]!, raw) ? sameOwner(compiled, before.claim, context) : null) ??
      classify(compiled, context);
    const claim = claimKey === null ? undefined : compiled.byKey.get(claimKey);
    const qualifier = partner && raw.qualifier === 'exact' ? partner.qualifier : raw.qualifier;
    const start = tokens[raw.from]!.start;
    const end = tokens[raw.to - 1]!.end;
    const figure: Figure = {
      text: text.slice(start, end),
      start,
      end,
      value: raw.value,
      unit: raw.unit,
      qualifier,
      claim: claimKey,
      asOf:
        raw.unit === 'date'
          ? null
          : (partner?.asOf ??
            asOfFor(
              tokens,
              raw,
              near(anchors, raw, REACH).map((m) => anchors[m]!),
              others,
              claim,
              published,
              namedTime(tokens, raw, sentence, others, claim),
              statement,
            )),
      // dates are the article's own (who set a date is not who vouches for it)
      attribution: partner ? partner.attribution : raw.unit === 'date' ? null : credit(raw.from),
      sentence: longSentence ? excerpt(text, sentence, start, end) : text.slice(sentence.start, sentence.end),
      normalized: normalize(raw.value, raw.unit),
    };
    if (raw.noun) figure.noun = raw.noun;
    if (partner) figure.pairedWith = offset + pair;
    figures.push(figure);
  });
  return figures;
}

/** Counted nouns that name what befell people, not who they are: "and 2,700 wounded". */
const BEFALLEN = new Set(['wounded', 'killed', 'injured', 'dead', 'captured', 'missing']);

/**
 * "300 North Korean soldiers were killed and 2,700 wounded": the second figure leaves out whose people
 * they are, which the first, joined to it by "and" or a comma, names.
 */
function elliptic(tokens: readonly Token[], first: RawFigure, second: RawFigure): boolean {
  if (first.unit !== 'persons' || second.unit !== 'persons') return false;
  if (second.noun !== undefined && !BEFALLEN.has(second.noun)) return false;
  const between = tokens.slice(first.to, second.from);
  return (
    between.length <= 6 &&
    between.some((t) => t.lower === 'and' || t.text === ',') &&
    between.every((t) => t.kind === 'word' || t.text === ',')
  );
}

/** The best claim for a figure among those about the same people as `owner` (the same first cue group). */
function sameOwner(compiled: CompiledClaims, owner: string | null, context: ClaimContext): string | null {
  const ownerCues = owner === null ? undefined : compiled.byKey.get(owner)?.cues[0];
  if (!ownerCues) return null;
  const same = JSON.stringify(ownerCues);
  return (
    rankClaims(compiled, context).find((r) => JSON.stringify(compiled.byKey.get(r.key)!.cues[0]) === same)
      ?.key ?? null
  );
}

/** "110 square km (42 square miles)", "1,368 sq km, or 528 sq miles": the second restates the first. */
function restates(tokens: readonly Token[], first: RawFigure, second: RawFigure): boolean {
  if (DIMENSION_OF[first.unit] !== DIMENSION_OF[second.unit] || first.unit === second.unit) return false;
  const between = tokens
    .slice(first.to, second.from)
    .map((t) => t.lower)
    .join(' ');
  return between === '(' || between === ', or' || between === 'or' || between === '(or' || between === '( or';
}

/** Drops repeats of the same figure in one text (a caption printed twice): same text, value, unit and claim. */
export function distinctFigures<T extends Figure>(figures: readonly T[]): T[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = JSON.stringify([f.text, f.value, f.unit, f.claim]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
