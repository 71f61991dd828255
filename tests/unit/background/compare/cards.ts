import { withoutHash } from '../../../../background/compare/askingPage';
import type { SourceCard } from '../../../../background/compare/claimSnapshot';

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
