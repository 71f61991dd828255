import { RELATIONS, CLAIMS } from '../../engine/index';
import type { StoreDB } from './schema';
import { figuresOf } from './records';
import { inWriteTransaction, replaceFigures } from './transaction';

const BATCH = 200;

/**
 * Reads the figures of every stored source again, as this version's engine finds them (after an
 * update the claim taxonomy may have changed). Sources are left as they are. Returns how many
 * sources were read.
 */
export async function refreshFigures(db: StoreDB): Promise<number> {
  const ids = await db.getAllKeys('sources');
  let refreshed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const store = db.transaction('sources').store;
    const sources = await Promise.all(ids.slice(i, i + BATCH).map((id) => store.get(id)));
    const batch = sources.flatMap((source) => (source ? [{ source, figures: figuresOf(source) }] : []));
    refreshed += await inWriteTransaction(db, async (tx) => {
      let written = 0;
      for (const { source, figures } of batch) {
        const current = await tx.objectStore('sources').get(source.id);
        // changed meanwhile: the change wrote its own figures
        if (current?.text !== source.text || current.published !== source.published) continue;
        await replaceFigures(tx, current, figures);
        written++;
      }
      return written;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return refreshed;
}

/**
 * What figures are read with: the extension's version and its claim taxonomy and relations. Stored figures
 * read with another are read again (refreshIfStale), whether the browser reported an update or not.
 */
export function readerStamp(version: string): string {
  const text = JSON.stringify([CLAIMS, RELATIONS]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${version}:${hash.toString(16)}`;
}

/** Reads every source's figures again when they were read with another stamp; returns how many. */
export async function refreshIfStale(db: StoreDB, stamp: string): Promise<number> {
  if ((await db.get('meta', 'readWith')) === stamp) return 0;
  const refreshed = await refreshFigures(db);
  await db.put('meta', stamp, 'readWith');
  return refreshed;
}
