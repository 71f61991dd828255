import {
  derive,
  operandClaims,
  judgeAgainst,
  judgeAll,
  reasonOf,
  topicByKey,
  type Verdict,
} from '../../engine/index';
import type { CompareReply, DerivedComparison, FigureQuery, Settings } from '../protocol';
import { claimIndexOf } from './claimIndex';
import type { ClaimSnapshot, IndexedFigure } from './claimSnapshot';
import type { StoreDB } from './db';
import { withDetails } from './details';
import { FigureSetReader } from './figureSetReader';
import { ownSources } from './ownSources';
import { Page } from './page';
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
  const topic = topicByKey(query.topic);
  const reply = {
    topic: query.topic,
    topicLabel: topic?.label ?? null,
    timeVarying: topic?.timeVarying ?? false,
  };
  if (query.topic === null) return { ...reply, verdict: 'none', others: [] };
  const index = await claimIndexOf(db).current();
  const reader = new FigureSetReader(db);
  const page = new Page(pageUrl, [query], pageText);
  // the claim's figures and those the relations work its derived figures out from, read once
  const operands = operandClaims(query.topic);
  const candidates = await candidatesOf(index, [...new Set([query.topic, ...operands])], page, reader);
  const { verdict, judged } = judgeAll(query, candidates.get(query.topic)!, settings);
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
    topic: f.topic,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    normalized: f.normalized,
    asOf: f.asOf,
    source: `${f.source.outlet}, ${f.source.published}`,
  }));
  const judge = judgeAgainst(query, settings);
  return derive(pool)
    .filter((d) => d.topic === query.topic)
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
  const topics = [...new Set(queries.flatMap((q) => (q.topic === null ? [] : [q.topic])))];
  const index = await claimIndexOf(db).current();
  const page = new Page(pageUrl, queries);
  const candidates = await candidatesOf(index, topics, page, new FigureSetReader(db));
  return queries.map((query) => {
    if (query.topic === null) return { verdict: 'none', others: 0, sources: 0 };
    const { verdict, judged } = judgeAll(query, candidates.get(query.topic)!, settings);
    return { verdict, others: judged.length, sources: totalsOf(judged).sources };
  });
}

/**
 * For each topic, the figures a page's figure of that claim is compared with: those of enabled
 * sources other than the page's own, once each (restatements and repeats within a source left out).
 */
async function candidatesOf(
  index: ClaimSnapshot,
  topics: readonly string[],
  page: Page,
  reader: FigureSetReader,
): Promise<Map<string, IndexedFigure[]>> {
  const enabled = topics.map((topic) => [topic, index.enabledFiguresOf(topic)] as const);
  const own = await ownSources(
    enabled.flatMap(([, figures]) => figures),
    topics,
    page,
    reader,
  );
  return new Map(
    enabled.map(([topic, figures]) => [topic, figures.filter((f) => f.counted && !own.has(f.source))]),
  );
}
