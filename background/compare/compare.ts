import {
  derive,
  operandClaims,
  judgeAgainst,
  judgeAll,
  reasonOf,
  claimByKey,
  type Verdict,
} from '../../engine/index';
import type { CompareReply, DerivedComparison, FigureQuery, Settings } from '../../protocol/messages';
import { claimIndexOf } from './claimIndex';
import type { ClaimSnapshot, IndexedFigure } from './claimSnapshot';
import type { StoreDB } from '../store/schema';
import { withDetails } from './details';
import { FigureSetReader } from './figureSetReader';
import { ownSources } from '../store/ownSources';
import { AskingPage } from './askingPage';
import { mostRelevant, totalsOf } from './relevance';

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
  const index = await claimIndexOf(db).current();
  const reader = new FigureSetReader(db);
  const page = new AskingPage(pageUrl, [query], pageText);
  // the claim's figures and those the relations work its derived figures out from, read once
  const operands = operandClaims(query.claim);
  const candidates = await candidatesOf(index, [...new Set([query.claim, ...operands])], page, reader);
  const { verdict, judged } = judgeAll(query, candidates.get(query.claim)!, settings);
  const others = await withDetails(mostRelevant(judged, query), reader, ({ figure, judgement }) =>
    reasonOf(query, figure, judgement, settings.tolerance),
  );
  const derived = derivedFor(
    query,
    operands.flatMap((claim) => candidates.get(claim)!),
    settings,
  );
  return {
    ...reply,
    verdict,
    others,
    more: judged.length - others.length,
    totals: totalsOf(judged),
    tolerance: settings.tolerance,
    ...(derived.length > 0 ? { derived } : {}),
  };
}

/** How many derived figures a reply lists. */
const LISTED_DERIVED = 3;

/**
 * The figures of the query's claim that the relations work out from `operands`, other sources' figures
 * of the claims they need (the page's own source left out), judged against the query: those at its time
 * first.
 */
function derivedFor(
  query: FigureQuery,
  operands: readonly IndexedFigure[],
  settings: Pick<Settings, 'tolerance'>,
): DerivedComparison[] {
  if (operands.length === 0) return [];
  const pool = operands.map((f) => ({
    claim: f.claim,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    normalized: f.normalized,
    asOf: f.asOf,
    source: `${f.source.outlet}, ${f.source.published}`,
  }));
  const judge = judgeAgainst(query, settings);
  return derive(pool)
    .filter((d) => d.claim === query.claim)
    .flatMap((d) => {
      const judgement = judge(d);
      if (!judgement) return [];
      const reason = reasonOf(query, d, judgement, settings.tolerance);
      return [{ words: d.words, asOf: d.asOf, comparison: { ...judgement, reason } }];
    })
    .sort(
      (a, b) => Number(a.comparison.verdict === 'other time') - Number(b.comparison.verdict === 'other time'),
    )
    .slice(0, LISTED_DERIVED);
}

/** The verdict, and the number of other sources' figures and of those sources, for each of a page's figures. */
export async function compareMany(
  db: StoreDB,
  queries: readonly FigureQuery[],
  pageUrl: string,
  settings: Pick<Settings, 'tolerance'>,
): Promise<Array<{ verdict: Verdict; others: number; sources: number }>> {
  const claims = [...new Set(queries.flatMap((q) => (q.claim === null ? [] : [q.claim])))];
  const index = await claimIndexOf(db).current();
  const page = new AskingPage(pageUrl, queries);
  const candidates = await candidatesOf(index, claims, page, new FigureSetReader(db));
  return queries.map((query) => {
    if (query.claim === null) return { verdict: 'none', others: 0, sources: 0 };
    const { verdict, judged } = judgeAll(query, candidates.get(query.claim)!, settings);
    return { verdict, others: judged.length, sources: totalsOf(judged).sources };
  });
}

/**
 * For each claim, the figures a page's figure of that claim is compared with: those of enabled
 * sources other than the page's own, once each (restatements and repeats within a source left out).
 */
async function candidatesOf(
  index: ClaimSnapshot,
  claims: readonly string[],
  page: AskingPage,
  reader: FigureSetReader,
): Promise<Map<string, IndexedFigure[]>> {
  const enabled = new Map(claims.map((claim) => [claim, index.enabledFiguresOf(claim)] as const));
  const own = await ownSources(enabled, page, reader);
  return new Map(
    [...enabled].map(([claim, figures]) => [claim, figures.filter((f) => f.counted && !own.has(f.source))]),
  );
}
