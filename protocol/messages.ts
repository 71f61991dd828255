/**
 * The typed message protocol between the extension's parts. One request type per direction, every
 * reply a `Result`. The background owns the IndexedDB store; everything else asks it by message.
 */
import type { Figure, PairComparison, Verdict } from '../engine/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/**
 * A stored article. `origin` tells bundled sources from the user's own: added or imported (`user`), or
 * kept as they read it (`read`, when they let the extension remember the Kursk articles they open).
 */
export interface StoredSource {
  id: string;
  outlet: string;
  title: string;
  byline: string | null;
  published: string;
  url: string | null;
  text: string;
  /** Why the publication date is what it is (e.g. estimated from the text), or null. */
  publishedNote?: string | null;
  enabled: boolean;
  origin: 'bundled' | 'user' | 'read';
  /** True once the user changed a bundled or read source: updates, or reading it again, never overwrite it. */
  edited: boolean;
  addedAt: number;
  updatedAt: number;
}

export type SourceSummary = Omit<StoredSource, 'text'> & { figureCount: number };

/** Metadata the user may edit. */
export type SourceMetadata = Pick<StoredSource, 'outlet' | 'title' | 'byline' | 'published' | 'url'>;

/** A new source to add: metadata plus article text. */
export type NewSource = SourceMetadata & { text: string };

/** A figure as stored: the engine's figure plus where it comes from. */
export interface StoredFigure extends Figure {
  /** `${sourceId}#${index}` */
  id: string;
  sourceId: string;
  index: number;
}

/** A figure the background read in a page's text, with its claim's label. */
export type ReadFigure = Figure & { claimLabel: string | null };

/** What the page asks about: one of its own figures. */
export type FigureQuery = Pick<
  Figure,
  'text' | 'value' | 'unit' | 'qualifier' | 'claim' | 'asOf' | 'normalized' | 'sentence'
>;

/** Another source's figure for the same claim, with the comparison against the page's figure. */
export interface ComparedFigure {
  source: Pick<StoredSource, 'id' | 'outlet' | 'title' | 'published' | 'url'>;
  figure: Pick<
    Figure,
    'text' | 'value' | 'unit' | 'qualifier' | 'asOf' | 'attribution' | 'sentence' | 'normalized'
  > & {
    /** Offsets of the figure's text within `sentence`, to emphasise it. */
    sentenceStart: number;
    sentenceEnd: number;
  };
  comparison: PairComparison;
}

/** Counts over every other source's figure a page's figure was compared with, listed or not. */
export interface CompareTotals {
  figures: number;
  sources: number;
  verdicts: Record<PairComparison['verdict'], number>;
}

export interface CompareReply {
  claim: string | null;
  claimLabel: string | null;
  timeVarying: boolean;
  /** Over every other source's figure, listed or not. */
  verdict: Verdict;
  /**
   * Other sources' figures for the claim, ordered by date: all of them, or when there are many the
   * most relevant (same time first, nearest in date, every outlet before any twice).
   */
  others: ComparedFigure[];
  /** How many other sources' figures were compared but are not in `others` ("and 6,431 more"). */
  more?: number;
  totals?: CompareTotals;
  /** The relative difference still counted as agreement, for the verdict's why line (0.1 = 10 %). */
  tolerance?: number;
  /** Figures of the claim worked out from other claims' figures (data/relations.json), same time first. */
  derived?: DerivedComparison[];
}

/** A figure no source states, worked out from stated ones, and how it stands against the page's figure. */
export interface DerivedComparison {
  /** The arithmetic in words: "1,295 km² held at the height [Metro, 2025-03-10] − … ≈ about 466 km² still held". */
  words: string;
  asOf: string | null;
  comparison: PairComparison;
}

export interface Settings {
  /** Relative difference still counted as agreement (0.1 = 10 %). */
  tolerance: number;
  areaUnit: 'km2' | 'mi2';
  /** Extra sites (host names) the user turned marking on for. */
  sites: string[];
  /** Sites (host names) the user turned marking off for. */
  disabledSites: string[];
  /** Keep the Kursk articles the user opens on marked sites as sources: background/store/remember.ts. */
  rememberReading: boolean;
  /**
   * Figures no other source reports: marked like the others, marked faintly, or not marked. Quiet by
   * default: hiding them would let the page tell, by the marks that are missing, which figures the
   * reader's store has sources for.
   */
  unmatched: 'show' | 'quiet' | 'hide';
}

export const DEFAULT_SETTINGS: Settings = {
  tolerance: 0.1,
  areaUnit: 'km2',
  sites: [],
  disabledSites: [],
  rememberReading: false,
  unmatched: 'quiet',
};

/**
 * A page saved as a source: added, or its stored copy updated; or, when a copy was stored and not
 * named to be replaced, that copy (found by address or by text) and nothing written.
 */
export type SavePageReply =
  | { outcome: 'added' | 'updated'; source: SourceSummary }
  | { outcome: 'stored'; match: 'address' | 'text'; source: SourceSummary };

/**
 * What became of a page offered to remember: kept as a new read source, its read copy updated with
 * the page's new text, already stored (at its address or with its text), its read copy deleted by the
 * reader (so not kept again), or not about Kursk.
 */
export type RememberReply = { outcome: 'added' | 'updated' | 'stored' | 'removed' | 'not about Kursk' };

export interface ImportSummary {
  added: number;
  replaced: number;
  figures: number;
}

/**
 * The figures of known claims in each text of a page, and the unit its popovers show areas in; or, for
 * a site the user turned marking off for, nothing to mark. `remember`: the page may be offered to be
 * kept as a read source (`rememberPage`), so that its text is read for it only then.
 */
export type ExtractReply =
  | {
      marking: true;
      figures: ReadFigure[][];
      areaUnit: Settings['areaUnit'];
      unmatched: Settings['unmatched'];
      remember?: true;
    }
  | { marking: false };

/** Requests to the background. `pageUrl` lets it leave out the page's own stored source. */
export type BackgroundRequest =
  | { type: 'extract'; texts: string[]; published: string; site: string }
  | { type: 'compare'; figure: FigureQuery; pageUrl: string; pageText?: string }
  | { type: 'compareMany'; figures: FigureQuery[]; pageUrl: string }
  | { type: 'listSources' }
  | { type: 'getSource'; id: string }
  | { type: 'addSource'; source: NewSource }
  /** The page the reader is on, saved as a source; `replace`: the stored copy's id, to update it. */
  | { type: 'savePage'; source: NewSource; replace?: string }
  | { type: 'updateSource'; id: string; metadata: Partial<SourceMetadata> }
  | { type: 'setSourceEnabled'; id: string; enabled: boolean }
  | { type: 'deleteSource'; id: string }
  | { type: 'restoreSource'; source: StoredSource }
  | { type: 'importSources'; json: string }
  /** A file chosen in an extension page, handed over as an object URL for the background to read. */
  | { type: 'importFile'; url: string; name: string }
  | { type: 'exportSources' }
  /** The page a content script marked, to keep as a read source; the background decides whether to. */
  | { type: 'rememberPage'; page: PageMetadata }
  | { type: 'resetBundled' }
  | { type: 'getSettings' }
  | { type: 'setSettings'; settings: Partial<Settings> };

/** The reply type for each request. */
export interface BackgroundReplies {
  extract: ExtractReply;
  compare: CompareReply;
  /** `others`: other sources' figures compared; `sources`: how many sources they come from. */
  compareMany: Array<{ verdict: Verdict; others: number; sources?: number }>;
  listSources: SourceSummary[];
  getSource: StoredSource;
  addSource: SourceSummary;
  savePage: SavePageReply;
  updateSource: SourceSummary;
  setSourceEnabled: SourceSummary;
  deleteSource: StoredSource;
  restoreSource: SourceSummary;
  importSources: ImportSummary;
  importFile: ImportSummary;
  exportSources: string;
  rememberPage: RememberReply;
  resetBundled: { restored: number };
  getSettings: Settings;
  setSettings: Settings;
}

/** Broadcast by the background while a long operation runs. */
export interface ProgressEvent {
  type: 'progress';
  operation: 'import' | 'reset';
  done: number;
  total: number;
}

/** Requests from the toolbar panel to the content script of the active tab. */
export type ContentRequest =
  { type: 'pageFigures' } | { type: 'focusFigure'; index: number } | { type: 'pageMetadata' };

export interface PageFigure {
  index: number;
  text: string;
  /** The sentence the figure stands in, to tell figures of the same text apart. */
  sentence?: string;
  claim: string | null;
  claimLabel: string | null;
  verdict: Verdict;
  /** Other sources' figures it was compared with. */
  others: number;
  /** The other sources those figures come from. */
  sources?: number;
}

export interface PageMetadata {
  url: string;
  title: string;
  outlet: string | null;
  /** Who wrote it ("By …", `meta[name=author]`, JSON-LD author), when the page says. */
  byline?: string | null;
  published: string | null;
  text: string;
}

export interface ContentReplies {
  /**
   * `inactive`, when nothing is marked: the page does not mention Kursk, or the reader turned marking
   * off for the site.
   */
  pageFigures: { active: boolean; figures: PageFigure[]; inactive?: 'no mention' | 'site off' };
  focusFigure: boolean;
  pageMetadata: PageMetadata;
}

/**
 * The popover's content is drawn in an extension page in a frame (entrypoints/popover-frame), never in
 * the page. Its mark's content script and the frame each open a port to the background, named
 * `${POPOVER_HOST_PORT}:${token}` and `${POPOVER_FRAME_PORT}:${token}` with the same random token; the
 * background pairs them within one tab, compares the figure itself and hands only the frame the answer.
 */
export const POPOVER_HOST_PORT = 'kcc-popover-host';
export const POPOVER_FRAME_PORT = 'kcc-popover-frame';

/** What the content script asks the popover to show: a figure of its page, as the `compare` request. */
export interface PopoverRequest {
  figure: FigureQuery;
  pageUrl: string;
  pageText?: string;
  /** The page's publication day. */
  published: string;
  claimLabel: string | null;
  /** The dialog's accessible name; it contains the figure as written. */
  label: string;
  areaUnit: Settings['areaUnit'];
  /** Light or dark, as the page is around the mark: the one bit of the page the frame hears. */
  theme?: 'light' | 'dark';
}

/**
 * Content script to background, on the host port. `seq` tells one showing from the next; `focus`
 * (the reader pressed Enter or ↓ on the mark) moves focus into the showing `seq` names; `expect`
 * (the pointer came to rest on a mark) has the figure compared ahead of its showing, drawing nothing.
 */
export type PopoverHostMessage =
  | { type: 'show'; seq: number; popover: PopoverRequest }
  | { type: 'expect'; seq: number; popover: PopoverRequest }
  | { type: 'hide'; seq: number }
  | { type: 'focus'; seq: number };

/** What the frame draws: the request, and the comparison as far as it got. */
export interface PopoverFrameDrawing extends Omit<PopoverRequest, 'pageUrl' | 'pageText'> {
  state:
    { status: 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; reply: CompareReply };
}

/** Background to frame, on the frame port. */
export interface PopoverDrawMessage {
  type: 'draw';
  seq: number;
  drawing: PopoverFrameDrawing | null;
}

/** Background to frame: what to draw, or to take focus. */
export type PopoverToFrame = PopoverDrawMessage | { type: 'focus'; seq: number };

/**
 * Frame to background, passed on to the content script unchanged: the drawn popover's size (nothing
 * of its text), that the reader pressed Escape in it, or that the pointer came into it or left it.
 */
export type PopoverFrameMessage =
  | { type: 'size'; seq: number; width: number; height: number }
  | { type: 'escape'; seq: number }
  | { type: 'pointer'; seq: number; over: boolean };
