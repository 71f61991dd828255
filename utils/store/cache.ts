import type { StoredSource } from '../protocol';
import type { StoreDB } from './db';

/** What comparisons need to know about a source: no text. */
export type SourceCard = Pick<StoredSource, 'id' | 'outlet' | 'title' | 'published' | 'url' | 'enabled'>;

const cardsByDb = new WeakMap<StoreDB, Map<string, SourceCard | null>>();

/** Drops the remembered cards; every write calls this once it is over. */
export function forgetSourceCards(db: StoreDB): void {
  cardsByDb.delete(db);
}

/** The cards of the given sources (missing sources are left out), read once and then remembered. */
export async function sourceCards(db: StoreDB, ids: Iterable<string>): Promise<Map<string, SourceCard>> {
  let cards = cardsByDb.get(db);
  if (!cards) {
    cards = new Map();
    cardsByDb.set(db, cards);
  }
  const known = cards;
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const store = db.transaction('sources').store;
    const sources = await Promise.all(missing.map((id) => store.get(id)));
    missing.forEach((id, i) => known.set(id, sources[i] ? toCard(sources[i]) : null));
  }
  const found = new Map<string, SourceCard>();
  for (const id of ids) {
    const card = known.get(id);
    if (card) found.set(id, card);
  }
  return found;
}

function toCard({ id, outlet, title, published, url, enabled }: StoredSource): SourceCard {
  return { id, outlet, title, published, url, enabled };
}
