import { isoDays } from '../../engine/intervals';
import type { StoredSource } from '../../protocol/messages';
import type { SourceDetails } from '../store/db';
import type { EntryFigure, IndexEntry } from './indexEntry';
import { withoutHash } from './page';

/** What comparisons need to know about a source. */
export type SourceCard = Pick<StoredSource, 'id' | 'outlet' | 'title' | 'published' | 'url' | 'enabled'> & {
  /** The source's address without its fragment, to match the page's. */
  address: string | null;
  /** `published` in days since 1970. */
  publishedDay: number;
  /** `outlet` as outlets are told apart: case and surrounding spaces aside. */
  outletKey: string;
};

/** A stored figure of a claim, with what is known of its source. */
export interface IndexedFigure extends EntryFigure {
  source: SourceCard;
}

/** Every stored figure of a claim, held in memory with what is known of its source. */
export interface ClaimSnapshot {
  /** The figures of a claim from enabled sources; a source's figures stand together, in their order. */
  enabledFiguresOf(topic: string): readonly IndexedFigure[];
}

/** The index as read from the store, changed source by source as the store changes. */
export class Snapshot implements ClaimSnapshot {
  private readonly byTopic = new Map<string, IndexedFigure[]>();
  private readonly enabledByTopic = new Map<string, IndexedFigure[]>();
  private readonly topicsOf = new Map<string, string[]>();

  enabledFiguresOf(topic: string): readonly IndexedFigure[] {
    let enabled = this.enabledByTopic.get(topic);
    if (!enabled) {
      enabled = (this.byTopic.get(topic) ?? []).filter((figure) => figure.source.enabled);
      this.enabledByTopic.set(topic, enabled);
    }
    return enabled;
  }

  add({ sourceId, source, figures }: IndexEntry): void {
    const card = cardOf(source);
    const topics = new Set<string>();
    for (const figure of figures) {
      const indexed = indexedFigure(figure, card);
      const topic = indexed.topic!;
      topics.add(topic);
      const list = this.byTopic.get(topic);
      if (list) list.push(indexed);
      else this.byTopic.set(topic, [indexed]);
    }
    this.topicsOf.set(sourceId, [...topics]);
    for (const topic of topics) this.enabledByTopic.delete(topic);
  }

  /** Puts `entries` in place of everything held for `sourceIds` (ids without an entry were deleted). */
  replace(sourceIds: ReadonlySet<string>, entries: readonly IndexEntry[]): void {
    const touched = new Set<string>();
    for (const id of sourceIds) {
      for (const topic of this.topicsOf.get(id) ?? []) touched.add(topic);
      this.topicsOf.delete(id);
    }
    for (const topic of touched) {
      this.enabledByTopic.delete(topic);
      const kept = this.byTopic.get(topic)!.filter((figure) => !sourceIds.has(figure.source.id));
      if (kept.length > 0) this.byTopic.set(topic, kept);
      else this.byTopic.delete(topic);
    }
    for (const entry of entries) this.add(entry);
  }
}

function cardOf({ id, outlet, title, published, url, enabled }: SourceDetails): SourceCard {
  return {
    id,
    outlet,
    title,
    published,
    url,
    enabled,
    address: url === null ? null : withoutHash(url),
    publishedDay: isoDays(published) ?? 0,
    outletKey: outlet.trim().toLowerCase(),
  };
}

/** An entry's figure, held with its source's card and one copy of the strings many figures repeat. */
function indexedFigure(figure: EntryFigure, source: SourceCard): IndexedFigure {
  const { topic, unit, qualifier, normalized, asOf } = figure;
  return {
    ...figure,
    source,
    topic: topic === null ? null : shared(topic),
    unit: shared(unit),
    qualifier: shared(qualifier),
    normalized: { value: normalized.value, unit: shared(normalized.unit) },
    asOf: asOf === null ? null : shared(asOf),
  };
}

/** One copy of each string that many figures repeat (claims, units, qualifiers, dates), not one each. */
const sharedStrings = new Map<string, string>();

function shared<S extends string>(text: S): S {
  const kept = sharedStrings.get(text);
  if (kept !== undefined) return kept as S;
  sharedStrings.set(text, text);
  return text;
}
