import { withoutHash } from '../../../../background/compare/askingPage';
import type { IndexedFigure, SourceCard } from '../../../../background/compare/claimSnapshot';
import { fingerprintOf } from '../../../../background/compare/fingerprint';

/** The card of a stored source `s${n}` at `url`, as the claim index makes it. */
export const cardAt = (n: number, url: string): SourceCard => ({
  id: `s${n}`,
  outlet: 'Outlet',
  title: 'Title',
  published: '2025-03-01',
  url,
  enabled: true,
  address: withoutHash(url),
  publishedDay: 0,
  outletKey: 'outlet',
});

/** A stored figure of the land held, about 110 km², as the claim index holds it: `text` in `sentence`. */
export const heldFigure = (source: SourceCard, sentence: string, text: string, index = 0): IndexedFigure => ({
  index,
  claim: 'territory.held',
  value: 110,
  unit: 'km2',
  qualifier: 'about',
  normalized: { value: 110, unit: 'km2' },
  asOf: null,
  asOfDay: null,
  text,
  counted: true,
  fingerprint: fingerprintOf(sentence),
  source,
});
