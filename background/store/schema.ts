import type { DBSchema, IDBPDatabase } from 'idb';
import type { ComparableFigure, FigureValue, Normalized, Qualifier, Unit } from '../../engine/index';
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
  /** One per claim at most, keyed by it: the claim's figures of every enabled source in one record. */
  claimPacks: { key: string; value: ClaimPack };
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

/**
 * The figures of one claim from every enabled source, in one record of columns: what its claim
 * entries say, in their order (by source id, then the source's order). A service worker that has
 * just started reads one claim's figures from it in one record rather than one per source: reading
 * thousands of small records cost IndexedDB a structured clone each. Every write that changes a
 * claim's entries deletes its pack in the same transaction; a claim without one is read from its
 * entries, and packed again from the claim index once it is read.
 */
export interface ClaimPack {
  /**
   * The sources, by position: what comparisons know of them (all enabled), with what is worked out
   * from their details (`SourceCard`): parsing 9,000 addresses again cost more than reading them.
   */
  ids: string[];
  outlets: string[];
  titles: string[];
  published: string[];
  urls: (string | null)[];
  addresses: (string | null)[];
  publishedDays: Float64Array;
  outletKeys: string[];
  /** The figures, by position: the position of each one's source, then each field of `EntryFigure`. */
  sources: Uint32Array;
  indexes: Float64Array;
  values: FigureValue[];
  units: Unit[];
  qualifiers: Qualifier[];
  normalizedValues: FigureValue[];
  normalizedUnits: Normalized['unit'][];
  asOfs: (string | null)[];
  texts: string[];
  /** 1 for a figure that counts, 0 for one that does not. */
  counted: Uint8Array;
  wholes: Float64Array;
  lengths: Float64Array;
  starts: (number | null)[];
  ends: (number | null)[];
  asOfDays: (number | null)[];
}
