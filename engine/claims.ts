import { firstReached } from './bisect';
import { DIMENSION_OF } from './normalize';
import { tokenize, type Token } from './tokens';
import { wordClass } from './words';
import type { FigureValue, Claim, Unit } from './types';

/** One cue phrase, as lower-case words; the last may be a prefix ("recaptur*"). */
export interface Cue {
  words: string[];
  prefix: boolean;
  claim: number;
  /** Index of the cue group; AVOID for a cue that argues against the claim, BOOST for one that supports it. */
  group: number;
  /** "before:down from" counts only before the figure, "after:down from" only after it. */
  side: 'any' | 'before' | 'after';
  /** Where the phrase stands among those of its first word, so that hits keep the taxonomy's order. */
  order: number;
}

/**
 * Cue phrases as a tree of their words: the phrases at a token are found by walking its words, not by
 * trying each phrase of its first word ("in" opens hundreds).
 */
interface CueNode {
  next: Map<string, CueNode>;
  /** Phrases whose last word is this node's. */
  ends: Cue[];
  /** Phrases whose last word is a prefix and follows this node's ("north korean cas*" at "korean"). */
  prefixed: Cue[];
}

export interface CompiledClaims {
  claims: readonly Claim[];
  byKey: Map<string, Claim>;
  /** Phrases by their words (one-word prefixes are in `prefixCues`). */
  tree: CueNode;
  /** One-word prefix cues ("recaptur*") by their first three letters (`prefixKey`). */
  prefixCues: Map<number, Cue[]>;
  /** Indexes of the claims a unit and counted noun fit, filled as figures ask. */
  fitting: Map<Unit, Map<string, boolean[]>>;
  /** What cue phrases each word seen so far may open (`wordCues`), null for none. */
  words: Map<string, WordCues | null>;
}

/** The cue phrases a word may open: the tree's branch for it, and the one-word prefix cues it takes. */
interface WordCues {
  node: CueNode | undefined;
  prefixed: readonly Cue[];
}

/** Words whose cues are kept; past this many the memory starts again (a text of made-up words must not grow it). */
const MAX_WORDS = 50_000;

const AVOID = -1;
const BOOST = -2;

const PREFIX_KEY = 3;

/**
 * A word's first three letters as one number: looked up at every word of a sentence, a number
 * spares making a string of them each time.
 */
const prefixKey = (word: string): number =>
  (word.charCodeAt(0) * 65536 + word.charCodeAt(1)) * 65536 + word.charCodeAt(2);

const newNode = (): CueNode => ({ next: new Map(), ends: [], prefixed: [] });

/** Prepares a taxonomy for fast matching: cue phrases in a tree of their words. */
export function compileClaims(claims: readonly Claim[]): CompiledClaims {
  const tree = newNode();
  const prefixCues = new Map<number, Cue[]>();
  const byFirstWord = new Map<string, number>();
  const add = (written: string, claim: number, group: number) => {
    const sided = /^(before|after):/.exec(written);
    const side = sided ? (sided[1] as Cue['side']) : 'any';
    const phrase = sided ? written.slice(sided[0].length) : written;
    const prefix = phrase.endsWith('*');
    const words = tokenize(prefix ? phrase.slice(0, -1) : phrase).map((t) => t.base);
    if (words.length === 0) return;
    if (prefix && words.length === 1 && words[0]!.length >= PREFIX_KEY) {
      const key = prefixKey(words[0]!);
      const cues = prefixCues.get(key) ?? [];
      cues.push({ words, prefix, claim, group, side, order: cues.length });
      prefixCues.set(key, cues);
      return;
    }
    const order = byFirstWord.get(words[0]!) ?? 0;
    byFirstWord.set(words[0]!, order + 1);
    const cue: Cue = { words, prefix, claim, group, side, order };
    // a one-word prefix too short for `prefixCues` matches its word only
    const last = prefix && words.length > 1 ? words.length - 1 : words.length;
    let node = tree;
    for (const word of words.slice(0, last)) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = newNode()));
      node = child;
    }
    (last < words.length ? node.prefixed : node.ends).push(cue);
  };
  claims.forEach((claim, t) => {
    claim.cues.forEach((group, g) => group.forEach((phrase) => add(phrase, t, g)));
    claim.avoid?.forEach((phrase) => add(phrase, t, AVOID));
    claim.boost?.forEach((phrase) => add(phrase, t, BOOST));
  });
  const byKey = new Map<string, Claim>();
  for (const claim of claims) if (!byKey.has(claim.key)) byKey.set(claim.key, claim);
  return { claims, byKey, tree, prefixCues, fitting: new Map(), words: new Map() };
}

/** A cue phrase found at token `at`, `length` tokens long. */
export interface CueHit {
  at: number;
  length: number;
  cue: Cue;
}

const NONE: readonly Cue[] = [];

const NO_HITS: readonly CueHit[] = [];

/**
 * The cue phrases a word may open, worked out once per word: most words of a text open none, and those
 * that do come back in every sentence.
 */
function wordCues(compiled: CompiledClaims, base: string): WordCues | null {
  let found = compiled.words.get(base);
  if (found !== undefined) return found;
  const node = compiled.tree.next.get(base);
  const prefixed =
    base.length >= PREFIX_KEY
      ? (compiled.prefixCues.get(prefixKey(base)) ?? NONE).filter((cue) => base.startsWith(cue.words[0]!))
      : NONE;
  found = node || prefixed.length > 0 ? { node, prefixed } : null;
  if (compiled.words.size >= MAX_WORDS) compiled.words.clear();
  compiled.words.set(base, found);
  return found;
}

/**
 * The cue phrases a token's word may open: kept on the word itself (one object for all its tokens) for
 * the taxonomy last asked, when the token's word is its base (no possessive); else looked up.
 */
function tokenCues(compiled: CompiledClaims, tok: Token): WordCues | null {
  if (tok.kind !== 'word' || tok.base !== tok.lower) return wordCues(compiled, tok.base);
  const word = tok.word;
  if (word.cuesIn !== compiled) {
    word.cues = wordCues(compiled, tok.base);
    word.cuesIn = compiled;
  }
  return word.cues as WordCues | null;
}

/** The cue phrases that start at token `at`. */
function cuesStartingAt(compiled: CompiledClaims, tokens: readonly Token[], at: number): readonly CueHit[] {
  const tok = tokens[at]!;
  if (tok.kind !== 'word' && tok.kind !== 'num') return NO_HITS;
  const word = tokenCues(compiled, tok);
  if (word === null) return NO_HITS;
  let hits: CueHit[] | null = null;
  let node = word.node;
  for (let length = 1; node; length++) {
    for (const cue of node.ends) (hits ??= []).push({ at, length, cue });
    const next = tokens[at + length];
    if (!next) break;
    for (const cue of node.prefixed)
      if (next.base.startsWith(cue.words[length]!)) (hits ??= []).push({ at, length: length + 1, cue });
    node = node.next.get(next.base);
  }
  if (hits && hits.length > 1) byOrder(hits);
  for (const cue of word.prefixed) (hits ??= []).push({ at, length: 1, cue });
  return hits ?? NO_HITS;
}

/**
 * Sorts a few hits by their cues' order, keeping equals in place (as a stable sort does): the hits at
 * one token come mostly in order already, and a call of `sort` costs more than this for so few.
 */
function byOrder(hits: CueHit[]): void {
  for (let k = 1; k < hits.length; k++) {
    const hit = hits[k]!;
    let m = k;
    while (m > 0 && hits[m - 1]!.cue.order > hit.cue.order) {
      hits[m] = hits[m - 1]!;
      m--;
    }
    hits[m] = hit;
  }
}

/**
 * Finds the cue phrases of one text's tokens range by range: every cue phrase that starts at a word or
 * number in [from, to), in order. Each sentence's are found once and shared by its figures, which differ
 * only in how near each cue is; each token is looked at once, though a sentence's range reaches back into
 * the previous one.
 */
export function cueFinder(
  compiled: CompiledClaims,
  tokens: readonly Token[],
): (from: number, to: number) => CueHit[] {
  // sized to the text: filled from the first sentence with figures on, which a long text may start far in
  const startingAt = new Array<readonly CueHit[] | undefined>(tokens.length);
  return (from, to) => {
    const hits: CueHit[] = [];
    for (let at = from; at < to; at++) {
      const found = (startingAt[at] ??= cuesStartingAt(compiled, tokens, at));
      for (const hit of found) hits.push(hit);
    }
    return hits;
  };
}

export interface ClaimContext {
  tokens: readonly Token[];
  /** The sentence's contrast words and commas, counted (`clauseMarks`). */
  marks: ClauseMarks;
  /** The cues of the sentence and of the end of the previous one (findCues), in order. */
  hits: readonly CueHit[];
  /** The figure's token range. */
  from: number;
  to: number;
  /** The sentence's token range. */
  sentenceFrom: number;
  sentenceTo: number;
  /** The previous sentence's token range (weaker evidence), if any. */
  previousFrom: number;
  /** Token ranges of the other figures in the sentence: cues beyond them count half. */
  others: ReadonlyArray<readonly [number, number]>;
  unit: Unit;
  /** The figure's counted noun, if any. */
  noun?: string;
  /** The figure's value: a date fits a fixed-date claim only within the claim's span (`within`). */
  value?: FigureValue;
}

/** Tokens scanned on each side of a figure: beyond them a cue weighs less than MIN_GROUP_WEIGHT. */
export const WINDOW = 34;
const PREVIOUS_WEIGHT = 0.1;
const AVOID_WEIGHT = 1;
const BOOST_WEIGHT = 0.5;
/** A cue group counts as matched only this close to the figure (about 20 tokens, or nearer across a comma). */
const MIN_GROUP_WEIGHT = 0.15;
const THRESHOLD = 0.35;
const INSIDE_WEIGHT = 2;
const GROUP_BONUS = 0.1;
const BEYOND_FIGURE = 0.6;
const BEYOND_COMMA = 0.7;
const BEYOND_CLAUSE = 0.3;
/** Words that open a clause in contrast with the figure's: what they say is not about it. */
const CONTRAST = wordClass(['while', 'whereas', 'but', 'although', 'though', ';']);

/**
 * How many contrast words and how many commas stand before each token of a sentence, from naught at its
 * first token `from`: whether a span between a cue and its figure holds one is a subtraction, not a walk
 * over the span for each cue of each figure. Spans weighed lie inside one sentence.
 */
export interface ClauseMarks {
  from: number;
  contrasts: Int32Array;
  commas: Int32Array;
}

/** Counts the marks of the sentence of tokens [from, to), in the room of `reuse` (an earlier sentence's) if it fits. */
export function clauseMarks(
  tokens: readonly Token[],
  from: number,
  to: number,
  reuse?: ClauseMarks,
): ClauseMarks {
  const size = to - from + 1;
  const marks =
    reuse && reuse.contrasts.length >= size
      ? reuse
      : { from, contrasts: new Int32Array(Math.max(size, 64)), commas: new Int32Array(Math.max(size, 64)) };
  const { contrasts, commas } = marks;
  marks.from = from;
  contrasts[0] = 0;
  commas[0] = 0;
  for (let k = 0; k < to - from; k++) {
    const tok = tokens[from + k]!;
    contrasts[k + 1] = contrasts[k]! + (tok.word.classes & CONTRAST ? 1 : 0);
    commas[k + 1] = commas[k]! + (tok.text === ',' ? 1 : 0);
  }
  return marks;
}

function fits(claim: Claim, unit: Unit, noun: string | undefined): boolean {
  const dimension = DIMENSION_OF[unit];
  if (claim.nouns && noun && !claim.nouns.includes(noun)) return false;
  return claim.dimension === dimension || (dimension === 'percent' && claim.shares === true);
}

/**
 * Picks the claim a figure speaks of from the cue words around it, or null when none is near enough.
 * Every cue group of a claim must match in the figure's own sentence; the previous sentence only adds a
 * little weight (it carries the thread: "exchanged prisoners. Around 150 troops from each side…").
 */
export function classify(compiled: CompiledClaims, ctx: ClaimContext): string | null {
  const ranked = rankClaims(compiled, ctx);
  return ranked[0] && ranked[0].score > THRESHOLD ? ranked[0].key : null;
}

/** What the cue words around a figure say for one claim. */
interface Evidence {
  claim: number;
  /** Best weight per cue group (0 = unmatched). */
  groups: number[];
  against: number;
  support: number;
  earlier: number;
}

/** Which claims a unit and counted noun fit, by claim index. */
function fittingClaims(compiled: CompiledClaims, unit: Unit, noun: string | undefined): boolean[] {
  // by unit, then noun: no key is made of the two for each figure
  let byNoun = compiled.fitting.get(unit);
  if (!byNoun) compiled.fitting.set(unit, (byNoun = new Map()));
  let found = byNoun.get(noun ?? '');
  if (!found) {
    found = compiled.claims.map((t) => fits(t, unit, noun));
    byNoun.set(noun ?? '', found);
  }
  return found;
}

/** Every claim that fits the figure's unit and whose cue groups all match, best first. */
export function rankClaims(
  compiled: CompiledClaims,
  ctx: ClaimContext,
): Array<{ key: string; score: number }> {
  const { claims } = compiled;
  const fitting = fittingClaims(compiled, ctx.unit, ctx.noun);
  const evidence: Evidence[] = [];
  const evidenceFor = (t: number): Evidence => {
    let found = evidence.find((e) => e.claim === t);
    if (!found) {
      found = {
        claim: t,
        groups: new Array<number>(claims[t]!.cues.length).fill(0),
        against: 0,
        support: 0,
        earlier: 0,
      };
      evidence.push(found);
    }
    return found;
  };
  const earliest = Math.max(ctx.previousFrom, ctx.sentenceFrom - WINDOW);
  const nearestStart = Math.max(ctx.sentenceFrom, ctx.from - WINDOW);
  const farthestStart = Math.min(ctx.sentenceTo, ctx.to + WINDOW);
  const hits = ctx.hits;
  // the hits of the sentence too far before the figure are passed over at once (hits go by token)
  const skipFrom = firstAtOrAfter(hits, ctx.sentenceFrom);
  const skipTo = firstAtOrAfter(hits, nearestStart);
  for (let h = 0; h < hits.length; h++) {
    if (h === skipFrom) {
      h = skipTo;
      if (h >= hits.length) break;
    }
    const { at, length, cue } = hits[h]!;
    if (at < earliest || (at >= ctx.sentenceFrom && at < nearestStart)) continue;
    if (at >= farthestStart) break;
    if (!fitting[cue.claim]) continue;
    if ((cue.side === 'before' && at + length > ctx.from) || (cue.side === 'after' && at < ctx.to)) continue;
    if (at < ctx.sentenceFrom) {
      if (cue.group !== AVOID) evidenceFor(cue.claim).earlier = PREVIOUS_WEIGHT;
      continue;
    }
    const found = evidenceFor(cue.claim);
    const w = proximity(ctx, at, at + length);
    if (cue.group === AVOID) found.against = Math.max(found.against, w);
    else if (cue.group === BOOST) found.support = Math.max(found.support, w);
    else found.groups[cue.group] = Math.max(found.groups[cue.group]!, w);
  }
  const ranked: Array<{ key: string; score: number }> = [];
  // in taxonomy order, so that equal scores rank as the taxonomy lists them
  evidence.sort((a, b) => a.claim - b.claim);
  for (const found of evidence) {
    if (found.groups.some((w) => w < MIN_GROUP_WEIGHT)) continue;
    if (!withinSpan(claims[found.claim]!, ctx.value)) continue;
    const sum = found.groups.reduce((a, b) => a + b, 0);
    const bonus = GROUP_BONUS * found.groups.length + found.earlier + BOOST_WEIGHT * found.support;
    ranked.push({ key: claims[found.claim]!.key, score: sum + bonus - AVOID_WEIGHT * found.against });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** The index of the first hit at or after token `at`. */
const firstAtOrAfter = (hits: readonly CueHit[], at: number): number =>
  firstReached(hits.length, (i) => hits[i]!.at >= at);

/**
 * A fixed-date claim takes only dates that overlap its span: "June 2023" or "Aug. 13" is not the day an
 * incursion of early August began, whatever the words around it say.
 */
function withinSpan(claim: Claim, value: FigureValue | undefined): boolean {
  if (!claim.within || typeof value !== 'string') return true;
  const [from, to] = claim.within;
  // compared at the value's own precision: "2024-08" overlaps 2024-08-01..2024-08-10, "2024" does too
  return value >= from.slice(0, value.length) && value <= to.slice(0, value.length);
}

/** Words that open a relative clause set off by commas: ", which was first taken by Kyiv," */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/**
 * Tokens of [lo, hi) inside asides set off by commas (", which … ,"): the sentence reads on past them, so
 * a verb after one is nearer its subject than the words between count.
 */
function asideLength(tokens: readonly Token[], lo: number, hi: number): number {
  let skipped = 0;
  for (let k = lo; k < hi - 1; k++) {
    if (tokens[k]!.text !== ',' || !RELATIVES.has(tokens[k + 1]!.lower)) continue;
    let end = k + 2;
    while (end < hi && tokens[end]!.text !== ',' && tokens[end]!.kind !== 'break') end++;
    if (end >= hi) break;
    skipped += end - k;
    k = end;
  }
  return skipped;
}

/**
 * INSIDE_WEIGHT inside the figure, decaying with distance in tokens; weaker beyond another figure (the cue
 * is more likely about that one) and beyond a comma (another clause).
 */
function proximity(ctx: ClaimContext, cueFrom: number, cueTo: number): number {
  if (cueFrom < ctx.to && cueTo > ctx.from) return INSIDE_WEIGHT;
  const [lo, hi] = cueTo <= ctx.from ? [cueTo, ctx.from] : [ctx.to, cueFrom];
  const { from, contrasts, commas } = ctx.marks;
  // an aside opens at a comma before the span's last token
  const aside =
    hi - 1 > lo && commas[hi - 1 - from]! > commas[lo - from]! ? asideLength(ctx.tokens, lo, hi) : 0;
  const weight = 1 / (1 + (hi - lo - aside) / 6);
  const beyond = ctx.others.some(([a, b]) => a < hi && b > lo) ? weight * BEYOND_FIGURE : weight;
  // "… reached 62,400, while North Korean forces suffered …": a cue in another clause is about its figures
  if (contrasts[hi - from]! > contrasts[lo - from]!) return beyond * BEYOND_CLAUSE;
  // (";" is a contrast: a comma is all else that ends a clause)
  return commas[hi - from]! > commas[lo - from]! ? beyond * BEYOND_COMMA : beyond;
}
