import type { ComparableFigure } from '../../engine/index';
import { isoDays } from '../../engine/intervals';
import type { StoredFigure, StoredSource } from '../protocol';
import type { FigureSet, SourceDetails } from './db';
import { fingerprintOf, type SentenceFingerprint } from './fingerprint';
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

/** A stored figure of a claim, as far as comparing needs: its sentence only as a fingerprint. */
export interface IndexedFigure extends ComparableFigure {
  source: SourceCard;
  index: number;
  text: string;
  /** False for restatements ("42 square miles" after "110 square km") and repeats within a source. */
  counted: boolean;
  fingerprint: SentenceFingerprint;
  /** `asOf` in days since 1970, or null. */
  asOfDay: number | null;
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

  add({ sourceId, source, figures, topics }: FigureSet): void {
    this.topicsOf.set(sourceId, topics);
    for (const topic of topics) this.enabledByTopic.delete(topic);
    for (const figure of indexedFigures(cardOf(source), figures)) {
      const list = this.byTopic.get(figure.topic!);
      if (list) list.push(figure);
      else this.byTopic.set(figure.topic!, [figure]);
    }
  }

  /** Puts `sets` in place of everything held for `sourceIds` (ids without a set were deleted). */
  replace(sourceIds: ReadonlySet<string>, sets: readonly FigureSet[]): void {
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
    for (const set of sets) this.add(set);
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

/** The figures of known claims of one source, marked counted or not. */
function indexedFigures(source: SourceCard, figures: readonly StoredFigure[]): IndexedFigure[] {
  const seen = new Set<string>();
  const fingerprints = new Map<string, SentenceFingerprint>();
  const indexed: IndexedFigure[] = [];
  for (const {
    topic,
    value,
    unit,
    qualifier,
    normalized,
    asOf,
    index,
    text,
    sentence,
    pairedWith,
  } of figures) {
    if (topic === null) continue;
    const key = `${text}\u0000${String(value)}\u0000${unit}\u0000${topic}`;
    const counted = pairedWith === undefined && !seen.has(key);
    if (pairedWith === undefined) seen.add(key);
    let fingerprint = fingerprints.get(sentence);
    if (!fingerprint) fingerprints.set(sentence, (fingerprint = fingerprintOf(sentence)));
    indexed.push({
      source,
      index,
      topic: shared(topic),
      value,
      unit: shared(unit),
      qualifier: shared(qualifier),
      normalized: { value: normalized.value, unit: shared(normalized.unit) },
      asOf: asOf === null ? null : shared(asOf),
      text,
      counted,
      fingerprint,
      asOfDay: asOf === null ? null : isoDays(asOf),
    });
  }
  return indexed;
}

/** One copy of each string that many figures repeat (claims, units, qualifiers, dates), not one each. */
const sharedStrings = new Map<string, string>();

function shared<S extends string>(text: S): S {
  const kept = sharedStrings.get(text);
  if (kept !== undefined) return kept as S;
  sharedStrings.set(text, text);
  return text;
}
