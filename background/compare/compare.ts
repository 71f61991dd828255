import {
  derive,
  operandClaims,
  judgeAgainst,
  reasonOf,
  claimByKey,
  type DerivedFigure,
  type Judgement,
  type ComparableFigure,
  type Verdict,
} from '../../engine/index';
import type { CompareReply, DerivedComparison, FigureQuery, Settings } from '../../protocol/messages';
import { claimIndexFor } from './claimIndex';
import type { ClaimSnapshot, IndexedFigure, SourceCard } from './claimSnapshot';
import type { StoreDB } from '../store/schema';
import { withDetails } from './details';
import { afterPopovers } from './popoverFirst';
import { comparing } from './quiet';
import { sentenceIndexOf } from './sentenceIndex';
import { FigureSetReader } from './figureSetReader';
import { ownSources } from '../store/ownSources';
import { AskingPage } from './askingPage';
import { mostRelevant, totalsOf, type JudgedFigures } from './relevance';
import { perClaimFigures } from './perClaim';

/**
 * Other enabled sources' figures for the claim of `query`, compared with it; the page's own source
 * is left out. The verdict and totals count every figure; `others` lists the most relevant.
 */
export async function compareFigure(
  db: StoreDB,
  query: FigureQuery,
  pageUrl: string,
  pageText: string | undefined,
  settings: Pick<Settings, 'tolerance'>,
): Promise<CompareReply> {
  const claim = claimByKey(query.claim);
  const reply = {
    claim: query.claim,
    claimLabel: claim?.label ?? null,
    timeVarying: claim?.timeVarying ?? false,
  };
  if (query.claim === null) return { ...reply, verdict: 'none', others: [] };
  const reader = new FigureSetReader(db);
  const page = new AskingPage(pageUrl, [query], pageText);
  // the claim's figures and those the relations work its derived figures out from, read once
  const operands = operandClaims(query.claim);
  const claims = [...new Set([query.claim, ...operands])];
  const candidates = await candidatesOf(await claimIndexFor(db, claims), claims, page, reader);
  const judged = judgedOf(query, candidates.get(query.claim)!, settings);
  const { verdict, ...totals } = totalsOf(judged);
  // the listed figures' sets are read while the derived figures are worked out (tens of ms for a
  // claim of thousands of figures): the one waits on the store, the other on the worker
  const listing = withDetails(mostRelevant(judged, query), reader, ({ figure, judgement }) =>
    reasonOf(query, figure, judgement, settings.tolerance),
  );
  listing.catch(() => undefined);
  const derived = derivedFor(
    query,
    operands.map((claim) => candidates.get(claim)!),
    settings,
  );
  const others = await listing;
  return {
    ...reply,
    verdict,
    others,
    more: totals.figures - others.length,
    totals,
    tolerance: settings.tolerance,
    ...(derived.length > 0 ? { derived } : {}),
  };
}

/** A figure worked out from other sources' figures. */
type Derived = DerivedFigure<ComparableFigure & { source: string }>;

/** How many derived figures a reply lists. */
const LISTED_DERIVED = 3;

/**
 * The figures of the query's claim that the relations work out from `operands`, other sources' figures
 * of the claims they need (the page's own source left out), judged against the query: those at its time
 * first. Only the listed ones get a reason.
 */
function derivedFor(
  query: FigureQuery,
  operands: readonly (readonly IndexedFigure[])[],
  settings: Pick<Settings, 'tolerance'>,
): DerivedComparison[] {
  if (operands.length === 0) return [];
  const judge = judgeAgainst(query, settings);
  const sameTime: Array<[Derived, Judgement]> = [];
  const otherTime: typeof sameTime = [];
  for (const d of derivedOf(query.claim!, operands)) {
    const judgement = judge(d);
    if (!judgement) continue;
    const list = judgement.verdict === 'other time' ? otherTime : sameTime;
    if (list.length < LISTED_DERIVED) list.push([d, judgement]);
    // those at the query's time come first: once they fill the list, the rest need not be judged
    if (sameTime.length === LISTED_DERIVED) break;
  }
  return [...sameTime, ...otherTime].slice(0, LISTED_DERIVED).map(([d, judgement]) => ({
    words: d.words,
    asOf: d.asOf,
    comparison: { ...judgement, reason: reasonOf(query, d, judgement, settings.tolerance) },
  }));
}

/**
 * The figures of `claim` derived from the operand claims' figures, worked out once for the same
 * operand lists (the same arrays: the claims' figures unchanged, the page's own source among none).
 */
function derivedOf(claim: string, operands: readonly (readonly IndexedFigure[])[]): readonly Derived[] {
  const key = operands[0]!;
  const kept = derivedMemo.get(key);
  if (
    kept?.claim === claim &&
    kept.operands.length === operands.length &&
    kept.operands.every((list, i) => list === operands[i])
  )
    return kept.derived;
  const pool = operands.flat().map((f) => ({
    claim: f.claim,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    normalized: f.normalized,
    asOf: f.asOf,
    source: `${f.source.outlet}, ${f.source.published}`,
  }));
  const derived = derive(pool).filter((d) => d.claim === claim);
  derivedMemo.set(key, { claim, operands, derived });
  return derived;
}

const derivedMemo = new WeakMap<
  readonly IndexedFigure[],
  {
    claim: string;
    operands: readonly (readonly IndexedFigure[])[];
    derived: readonly Derived[];
  }
>();

/**
 * The verdict, and the number of other sources' figures and of those sources, for each of a page's
 * figures. Every step gives way to a popover's comparison (`afterPopovers`): each claim read and
 * made, each claim's sentences indexed, each claim's figures that count, the judging every few ms.
 */
export function compareMany(
  db: StoreDB,
  queries: readonly FigureQuery[],
  pageUrl: string,
  settings: Pick<Settings, 'tolerance'>,
): Promise<Array<{ verdict: Verdict; others: number; sources: number }>> {
  return comparing(async () => {
    const claims = [...new Set(queries.flatMap((q) => (q.claim === null ? [] : [q.claim])))];
    const index = await claimIndexFor(db, claims, afterPopovers);
    const page = new AskingPage(pageUrl, queries);
    const reader = new FigureSetReader(db);
    const candidates = await candidatesOf(index, claims, page, reader, afterPopovers);
    const verdicts: Array<{ verdict: Verdict; others: number; sources: number }> = [];
    let sliceStart = performance.now();
    for (const query of queries) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await afterPopovers();
        sliceStart = performance.now();
      }
      if (query.claim === null) {
        verdicts.push({ verdict: 'none', others: 0, sources: 0 });
        continue;
      }
      const { verdict, figures, sources } = totalsOf(judgedOf(query, candidates.get(query.claim)!, settings));
      verdicts.push({ verdict, others: figures, sources });
    }
    return verdicts;
  });
}

/** How long the marks' verdicts are judged before a popover's comparison waiting may go first. */
const SLICE_MS = 4;

/**
 * Each of `figures` judged against the query, in their order (null for those it cannot be compared
 * with): kept beside the figures rather than paired with each, as a claim may have thousands.
 */
function judgedOf(
  query: FigureQuery,
  figures: readonly IndexedFigure[],
  settings: Pick<Settings, 'tolerance'>,
): JudgedFigures {
  const judge = judgeAgainst(query, settings);
  const comparable = comparableOf(figures);
  const judgements = new Array<Judgement | null>(figures.length);
  for (let i = 0; i < figures.length; i++) judgements[i] = judge(comparable[i]!);
  return { figures, judgements };
}

/**
 * What judging reads of each figure, copied once per list into objects all of one make: judging the
 * index's own figures, 8,244 of a claim took 42 ms (median, Node, loaded machine), the copies 0.8 ms.
 */
const comparableOf = perClaimFigures((figures): ComparableFigure[] =>
  figures.map(({ claim, value, unit, qualifier, normalized, asOf }) => ({
    claim,
    value,
    unit,
    qualifier,
    normalized: { value: normalized.value, unit: normalized.unit },
    asOf,
  })),
);

/**
 * For each claim, the figures a page's figure of that claim is compared with: those of enabled
 * sources other than the page's own, once each (restatements and repeats within a source left out).
 * When the page's own source has no figure of a claim, the claim's list is the same array from one
 * hover to the next, for as long as the claim's figures are unchanged.
 */
async function candidatesOf(
  index: ClaimSnapshot,
  claims: readonly string[],
  page: AskingPage,
  reader: FigureSetReader,
  between?: () => Promise<void>,
): Promise<Map<string, readonly IndexedFigure[]>> {
  const enabled = new Map(claims.map((claim) => [claim, index.enabledFiguresOf(claim)] as const));
  // what ownSources reads of each claim, kept per claim's figures, made a claim at a time
  if (between)
    for (const figures of enabled.values()) {
      await between();
      sentenceIndexOf(figures);
    }
  const own = await ownSources(enabled, page, reader, between);
  const candidates = new Map<string, readonly IndexedFigure[]>();
  for (const [claim, figures] of enabled) {
    await between?.();
    candidates.set(claim, countedWithout(figures, own));
  }
  return candidates;
}

/**
 * A claim's figures that count (restatements and repeats within a source left out), but those of
 * `own`: the same array for the same sources left out, while the claim's figures are unchanged.
 */
function countedWithout(
  figures: readonly IndexedFigure[],
  own: ReadonlySet<SourceCard>,
): readonly IndexedFigure[] {
  const sources = sourcesOf(figures);
  const left = [...own].filter((source) => sources.has(source));
  if (left.length === 0) return countedOf(figures);
  const key = left
    .map((source) => source.id)
    .sort()
    .join('\u0000');
  const kept = leavingOut(figures);
  let counted = kept.get(key);
  if (!counted) {
    counted = figures.filter((f) => f.counted && !own.has(f.source));
    // pages differ in the sources they leave out: a few kept for the pages being read
    if (kept.size >= KEPT_LEAVING_OUT) kept.clear();
    kept.set(key, counted);
  }
  return counted;
}

/**
 * Lists kept per claim for pages that are stored sources. Each carries its own work (copies and
 * columns: some hundred kilobytes for a claim of 8,000 figures), so few: readers have few such pages
 * open at once.
 */
const KEPT_LEAVING_OUT = 4;
const countedOf = perClaimFigures((figures) => figures.filter((f) => f.counted));
const sourcesOf = perClaimFigures((figures) => new Set(figures.map((f) => f.source)));
const leavingOut = perClaimFigures(() => new Map<string, readonly IndexedFigure[]>());
