import 'fake-indexeddb/auto';
import type { Source } from '../../../../data/schema';
import { extract } from '../../../../engine/index';
import type { FigureQuery, NewSource, StoredFigure } from '../../../../protocol/messages';
import { openStore } from '../../../../background/store/db';
import type { ClaimEntry, StoreDB } from '../../../../background/store/schema';
import { indexEntryOf } from '../../../../background/compare/indexEntry';
import { pendingEntriesOf } from '../../../../background/compare/indexEntries';

/** A store of its own for each test. */
/** A valid source-file entry with one figure of a known claim. */
export const sourceEntry = (id: string, overrides: Partial<Source> = {}): Source => ({
  id,
  file: null,
  outlet: 'Example Post',
  title: `Story ${id}`,
  byline: null,
  published: '2025-01-15',
  publishedNote: null,
  url: `https://example.com/${id}`,
  text: 'Ukraine still holds about 800 square kilometres of the Kursk region, officials said.',
  ...overrides,
});

/** A source file's text, as the options page imports it. */
export const sourceFileJson = (sources: Source[]): string =>
  JSON.stringify({ format: 'kursk-cross-check/sources', version: 1, sources });

export function freshStore(): Promise<StoreDB> {
  return openStore(`test-${crypto.randomUUID()}`);
}

/**
 * The store as a service worker started again finds it: the index entries of an import that the last
 * one had made and not yet stored are gone with it.
 */
export function restarted(db: StoreDB): Promise<StoreDB> {
  db.close();
  return openStore(db.name);
}

/** A reader's own article, not bundled. */
export const userArticle: NewSource = {
  outlet: 'Kyiv Independent',
  title: 'Ukraine holds on in Kursk',
  byline: 'A. Reporter',
  published: '2025-02-01',
  url: 'https://kyivindependent.example/kursk-holds',
  text:
    'Ukraine still holds about 500 square kilometres of the Kursk region, its army said on Saturday.\n\n' +
    'Some 12,000 North Korean troops were sent to Kursk, according to South Korean intelligence.',
};

/** The first figure of `text` with the given text, as a page would ask about it. */
export function queryFor(text: string, figureText: string, published: string): FigureQuery {
  const figure = extract(text, { published }).find((f) => f.text === figureText);
  if (!figure) throw new Error(`no figure "${figureText}"`);
  const { value, unit, qualifier, claim, asOf, normalized, sentence } = figure;
  return { text: figure.text, value, unit, qualifier, claim, asOf, normalized, sentence };
}

/** The figures stored for a source, in order. */
export async function storedFiguresOf(db: StoreDB, sourceId: string): Promise<StoredFigure[]> {
  return (await db.get('figureSets', sourceId))?.figures ?? [];
}

/** The stored figures of a claim, of every source. */
export async function storedFiguresOfClaim(db: StoreDB, claim: string): Promise<StoredFigure[]> {
  const sets = await db.getAllFromIndex('figureSets', 'byClaim', claim);
  return sets.flatMap((set) => set.figures.filter((figure) => figure.claim === claim));
}

/** How many figures the store holds, of every source. */
export async function countStoredFigures(db: StoreDB): Promise<number> {
  return (await db.getAll('figureSets')).reduce((sum, set) => sum + set.figures.length, 0);
}

/** Rewrites a source's stored figures as `change` says, as an older version might have stored them. */
export async function rewriteStoredFigures(
  db: StoreDB,
  sourceId: string,
  change: (figures: StoredFigure[]) => StoredFigure[],
): Promise<void> {
  // an import's entries, stored after it, would be written over these
  await pendingEntriesOf(db).whenStored();
  const set = (await db.get('figureSets', sourceId))!;
  const figures = change(set.figures);
  const claims = [...new Set(figures.flatMap((f) => (f.claim === null ? [] : [f.claim])))];
  await db.put('figureSets', { ...set, figures, claims });
  await db.put('indexEntries', indexEntryOf(set.source, figures));
}

/**
 * The claim entries of these claims as stored, by claim and then source id, whatever packs there are;
 * null while some source may lack its entries.
 */
export async function readClaimEntries(db: StoreDB, claims: readonly string[]): Promise<ClaimEntry[] | null> {
  if (await db.get('meta', 'entriesMissing')) return null;
  // [claim] sorts before [claim, any id], and [claim, []] after
  const read = await Promise.all(
    claims.map((claim) => db.getAll('claimEntries', IDBKeyRange.bound([claim], [claim, []]))),
  );
  return read.flat();
}
