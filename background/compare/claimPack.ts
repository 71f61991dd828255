import type { ClaimPack } from '../store/schema';
import { codeUnitOrder } from '../store/order';
import { shared, type IndexedFigure, type SourceCard } from './claimSnapshot';

/**
 * The pack of a claim's enabled figures: in the order of their sources' ids, as its claim entries
 * are read (the claim index puts a source it read again after the others), each source's in its order.
 */
export function packOf(figures: readonly IndexedFigure[]): ClaimPack {
  const ordered = [...figures].sort((a, b) => codeUnitOrder(a.source.id, b.source.id));
  const count = ordered.length;
  const pack: ClaimPack = {
    ids: [],
    outlets: [],
    titles: [],
    published: [],
    urls: [],
    addresses: [],
    publishedDays: new Float64Array(new Set(ordered.map((figure) => figure.source.id)).size),
    outletKeys: [],
    sources: new Uint32Array(count),
    indexes: new Float64Array(count),
    values: [],
    units: [],
    qualifiers: [],
    normalizedValues: [],
    normalizedUnits: [],
    asOfs: [],
    texts: [],
    counted: new Uint8Array(count),
    wholes: new Float64Array(count),
    lengths: new Float64Array(count),
    starts: [],
    ends: [],
    asOfDays: [],
  };
  ordered.forEach((figure, i) => {
    const { source, fingerprint } = figure;
    if (pack.ids.at(-1) !== source.id) {
      pack.publishedDays[pack.ids.length] = source.publishedDay;
      pack.ids.push(source.id);
      pack.outlets.push(source.outlet);
      pack.titles.push(source.title);
      pack.published.push(source.published);
      pack.urls.push(source.url);
      pack.addresses.push(source.address);
      pack.outletKeys.push(source.outletKey);
    }
    pack.sources[i] = pack.ids.length - 1;
    pack.indexes[i] = figure.index;
    pack.values.push(figure.value);
    pack.units.push(figure.unit);
    pack.qualifiers.push(figure.qualifier);
    pack.normalizedValues.push(figure.normalized.value);
    pack.normalizedUnits.push(figure.normalized.unit);
    pack.asOfs.push(figure.asOf);
    pack.texts.push(figure.text);
    pack.counted[i] = figure.counted ? 1 : 0;
    pack.wholes[i] = fingerprint.whole;
    pack.lengths[i] = fingerprint.length;
    pack.starts.push(fingerprint.start);
    pack.ends.push(fingerprint.end);
    pack.asOfDays.push(figure.asOfDay);
  });
  return pack;
}

/**
 * A claim's figures from its pack, as the claim index holds them, made straight from its columns.
 * `cards` holds one card per source, shared by the figures of every claim read with it.
 */
export function figuresOfPack(
  claim: string,
  pack: ClaimPack,
  cards: Map<string, SourceCard> = new Map(),
): IndexedFigure[] {
  const sources = pack.ids.map((id, i) => {
    let card = cards.get(id);
    if (!card) {
      // the keys in the order of `cardOf`'s, for one shape
      card = {
        id,
        outlet: pack.outlets[i]!,
        title: pack.titles[i]!,
        published: pack.published[i]!,
        url: pack.urls[i]!,
        enabled: true,
        address: pack.addresses[i]!,
        publishedDay: pack.publishedDays[i]!,
        outletKey: pack.outletKeys[i]!,
      };
      cards.set(id, card);
    }
    return card;
  });
  const kept = shared(claim);
  const figures: IndexedFigure[] = new Array<IndexedFigure>(pack.texts.length);
  for (let i = 0; i < figures.length; i++) {
    const asOf = pack.asOfs[i]!;
    // the keys in the order of a figure the claim index makes from an entry's, for one shape
    figures[i] = {
      index: pack.indexes[i]!,
      claim: kept,
      value: pack.values[i]!,
      unit: shared(pack.units[i]!),
      qualifier: shared(pack.qualifiers[i]!),
      normalized: { value: pack.normalizedValues[i]!, unit: shared(pack.normalizedUnits[i]!) },
      asOf: asOf === null ? null : shared(asOf),
      text: pack.texts[i]!,
      counted: pack.counted[i] === 1,
      fingerprint: {
        whole: pack.wholes[i]!,
        length: pack.lengths[i]!,
        start: pack.starts[i]!,
        end: pack.ends[i]!,
      },
      asOfDay: pack.asOfDays[i]!,
      source: sources[pack.sources[i]!]!,
    };
  }
  return figures;
}
