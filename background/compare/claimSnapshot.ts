import { isoDays } from '../../engine/intervals';
import type { StoredSource } from '../../protocol/messages';
import type { SourceDetails } from '../store/schema';
import type { ClaimEntry, EntryFigure, IndexEntry } from '../store/schema';
import { withoutHash } from './askingPage';

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
  /**
   * The figures of a claim from enabled sources; a source's figures stand together, in their order.
   * The same array until a write changes them, never changed in place: work is kept per array
   * (`perClaim.ts`).
   */
  enabledFiguresOf(claim: string): readonly IndexedFigure[];
}

/** The index as read from the store, changed source by source as the store changes. */
export class Snapshot implements ClaimSnapshot {
  private readonly byClaim = new Map<string, IndexedFigure[]>();
  private readonly enabledByClaim = new Map<string, IndexedFigure[]>();
  private readonly claimsOf = new Map<string, string[]>();

  /**
   * @param cards One card per source, shared by its figures of every claim (the page's own source
   *   is told by it), and with the figures of the claims read beside these from their packs.
   */
  constructor(private readonly cards = new Map<string, SourceCard>()) {}

  enabledFiguresOf(claim: string): readonly IndexedFigure[] {
    let enabled = this.enabledByClaim.get(claim);
    if (!enabled) {
      enabled = (this.byClaim.get(claim) ?? []).filter((figure) => figure.source.enabled);
      this.enabledByClaim.set(claim, enabled);
    }
    return enabled;
  }

  /** Adds a source's figures: its whole index entry, or one of its claim entries after another. */
  add({ sourceId, source, figures }: IndexEntry | ClaimEntry): void {
    let card = this.cards.get(sourceId);
    if (!card) this.cards.set(sourceId, (card = cardOf(source)));
    const claims = new Set<string>(this.claimsOf.get(sourceId));
    for (const figure of figures) {
      const indexed = indexedFigure(figure, card);
      const claim = indexed.claim!;
      claims.add(claim);
      const list = this.byClaim.get(claim);
      if (list) list.push(indexed);
      else this.byClaim.set(claim, [indexed]);
    }
    this.claimsOf.set(sourceId, [...claims]);
    for (const claim of claims) this.enabledByClaim.delete(claim);
  }

  /** Puts `entries` in place of everything held for `sourceIds` (ids without an entry were deleted). */
  replace(sourceIds: ReadonlySet<string>, entries: readonly IndexEntry[]): void {
    const touched = new Set<string>();
    for (const id of sourceIds) {
      for (const claim of this.claimsOf.get(id) ?? []) touched.add(claim);
      this.claimsOf.delete(id);
      this.cards.delete(id);
    }
    for (const claim of touched) {
      this.enabledByClaim.delete(claim);
      const kept = this.byClaim.get(claim)!.filter((figure) => !sourceIds.has(figure.source.id));
      if (kept.length > 0) this.byClaim.set(claim, kept);
      else this.byClaim.delete(claim);
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
  const { claim, unit, qualifier, normalized, asOf } = figure;
  return {
    ...figure,
    source,
    claim: claim === null ? null : shared(claim),
    unit: shared(unit),
    qualifier: shared(qualifier),
    normalized: { value: normalized.value, unit: shared(normalized.unit) },
    asOf: asOf === null ? null : shared(asOf),
  };
}

/** One copy of each string that many figures repeat (claims, units, qualifiers, dates), not one each. */
const sharedStrings = new Map<string, string>();

export function shared<S extends string>(text: S): S {
  const kept = sharedStrings.get(text);
  if (kept !== undefined) return kept as S;
  sharedStrings.set(text, text);
  return text;
}
