import type { DBSchema, IDBPDatabase } from 'idb';
import type { ComparableFigure } from '../../engine/index';
import type { Settings, StoredFigure, StoredSource } from '../../protocol/messages';
import type { SentenceFingerprint } from '../compare/fingerprint';

/*
 * The shape of the extension's database: its stores and the records they hold. openStore() (db.ts)
 * creates and upgrades it; a change here is a new schema version there.
 */

/** Small records kept beside the data. */
export interface MetaValues {
  /** Ids of bundled sources the user deleted: updates must not bring them back. */
  deletedBundled: string[];
  /** Addresses of pages kept as read that the user deleted: reading them again does not keep them. */
  forgottenReads?: string[];
  /** What the stored figures were read with (readerStamp): another engine or taxonomy reads them again. */
  readWith: string;
  /**
   * Set while some source may lack its index entry (and so its claim entries): an import writes
   * none, and the first full read of the entries makes them and clears this.
   */
  entriesMissing?: true;
}

/** A source without its text: what lists and comparisons need to know of it. */
export type SourceDetails = Omit<StoredSource, 'text'>;

/**
 * Everything known of one source but its text, in one record: its details and every figure found
 * in it. `claims` lists the claims of its figures, once each, for the claim index.
 */
export interface FigureSet {
  sourceId: string;
  claims: string[];
  source: SourceDetails;
  figures: StoredFigure[];
}

export interface StoreSchema extends DBSchema {
  sources: { key: string; value: StoredSource };
  figureSets: { key: string; value: FigureSet; indexes: { byClaim: string } };
  /** One per source, beside its figure set: what the claim index and the source list read. */
  indexEntries: { key: string; value: IndexEntry };
  /** One per source and claim of its index entry: what a comparison of one claim reads before the whole index is. */
  claimEntries: { key: [string, string]; value: ClaimEntry };
  settings: { key: 'settings'; value: Partial<Settings> };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
}

/** The database, typed by its schema. */
export type StoreDB = IDBPDatabase<StoreSchema>;

/** A stored figure of a claim, as far as comparing needs: its sentence only as a fingerprint. */
export interface EntryFigure extends ComparableFigure {
  index: number;
  text: string;
  /** False for restatements ("42 square miles" after "110 square km") and repeats within a source. */
  counted: boolean;
  fingerprint: SentenceFingerprint;
  /** `asOf` in days since 1970, or null. */
  asOfDay: number | null;
}

/**
 * What the claim index and the source list need of one source, in a record of its own: both read every
 * source's entry when they are first used, and a source's figure set (every figure, with its
 * sentence and attribution) is about three times the size. With 10,000 sources, reading every figure
 * set took 2.6 s in Chromium.
 */
export interface IndexEntry {
  sourceId: string;
  source: SourceDetails;
  /** Every figure of the source, of known claims or not. */
  figureCount: number;
  /** The figures of known claims, in the source's order. */
  figures: EntryFigure[];
}

/**
 * The figures of one claim in a source's index entry, with the source's details, keyed by
 * [claim, sourceId]: a service worker that has just started reads the claims a comparison needs
 * from these, in the order of the sources' ids, rather than every source's entry. Written and
 * deleted with the index entry, in its transaction: a source has claim entries when it has an
 * index entry, one for each claim of its figures.
 */
export interface ClaimEntry {
  claim: string;
  sourceId: string;
  source: SourceDetails;
  /** The entry's figures of this claim, in the source's order. */
  figures: EntryFigure[];
}
