import { compareAll, distinctFigures, topicByKey, type Verdict } from '../../engine/index';
import type { ComparedFigure, CompareReply, FigureQuery, Settings, StoredFigure } from '../protocol';
import { sourceCards, type SourceCard } from './cache';
import type { StoreDB } from './db';
import { Page } from './page';

/** Other enabled sources' figures for the claim of `query`, compared with it; the page's own source is left out. */
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
  const context = await loadContext(db, [query], new Page(pageUrl, [query.sentence], pageText));
  const { verdict, comparisons } = compareAll(query, context.candidates(query.topic), {
    tolerance: settings.tolerance,
  });
  const others = comparisons.map(({ figure, result }): ComparedFigure => {
    const { id, outlet, title, published, url } = context.cards.get(figure.sourceId)!;
    const { text, value, unit, qualifier, asOf, attribution, sentence, normalized } = figure;
    const sentenceStart = Math.max(0, sentence.indexOf(text));
    return {
      source: { id, outlet, title, published, url },
      figure: {
        text,
        value,
        unit,
        qualifier,
        asOf,
        attribution,
        sentence,
        normalized,
        sentenceStart,
        sentenceEnd: sentenceStart + text.length,
      },
      comparison: result,
    };
  });
  return { ...reply, verdict, others };
}

/** The verdict and number of other sources' figures for each of a page's figures. */
export async function compareMany(
  db: StoreDB,
  queries: readonly FigureQuery[],
  pageUrl: string,
  settings: Pick<Settings, 'tolerance'>,
): Promise<Array<{ verdict: Verdict; others: number }>> {
  const context = await loadContext(
    db,
    queries,
    new Page(
      pageUrl,
      queries.map((q) => q.sentence),
    ),
  );
  return queries.map((query) => {
    if (query.topic === null) return { verdict: 'none', others: 0 };
    const { verdict, comparisons } = compareAll(query, context.candidates(query.topic), {
      tolerance: settings.tolerance,
    });
    return { verdict, others: comparisons.length };
  });
}

interface Context {
  cards: Map<string, SourceCard>;
  /** The figures a page figure of `topic` is compared with. */
  candidates(topic: string): StoredFigure[];
}

/**
 * Reads the stored figures of the queries' claims through the topic index and keeps those of
 * enabled sources other than the page's own, once each: restatements ("42 square miles" after
 * "110 square km") and repeats within a source drop out.
 */
async function loadContext(db: StoreDB, queries: readonly FigureQuery[], page: Page): Promise<Context> {
  const topics = [...new Set(queries.flatMap((q) => (q.topic === null ? [] : [q.topic])))];
  const index = db.transaction('figures').store.index('byTopic');
  const lists = await Promise.all(topics.map((topic) => index.getAll(topic)));
  const cards = await sourceCards(
    db,
    lists.flatMap((figures) => figures.map((f) => f.sourceId)),
  );
  const own = new Set<string>();
  for (const figure of lists.flat()) {
    if (!own.has(figure.sourceId) && page.isOwn(cards.get(figure.sourceId)?.url ?? null, figure.sentence))
      own.add(figure.sourceId);
  }
  const byTopic = new Map(
    topics.map((topic, i) => {
      const kept = lists[i]!.filter(
        (f) => f.pairedWith === undefined && !own.has(f.sourceId) && cards.get(f.sourceId)?.enabled,
      );
      return [topic, distinctPerSource(kept).sort((a, b) => byDate(cards, a, b))];
    }),
  );
  return { cards, candidates: (topic) => byTopic.get(topic) ?? [] };
}

function distinctPerSource(figures: readonly StoredFigure[]): StoredFigure[] {
  const bySource = new Map<string, StoredFigure[]>();
  for (const figure of figures) {
    const group = bySource.get(figure.sourceId);
    if (group) group.push(figure);
    else bySource.set(figure.sourceId, [figure]);
  }
  return [...bySource.values()].flatMap((group) => distinctFigures(group));
}

function byDate(cards: Map<string, SourceCard>, a: StoredFigure, b: StoredFigure): number {
  return (
    order(cards.get(a.sourceId)!.published, cards.get(b.sourceId)!.published) ||
    order(a.sourceId, b.sourceId) ||
    a.index - b.index
  );
}

const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
