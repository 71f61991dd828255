import type { FigureQuery } from '../../protocol/messages';
import {
  fingerprintOf,
  MIN_SHARED_LENGTH,
  SearchableText,
  squash,
  type LongSentences,
  type SentenceFingerprint,
} from './fingerprint';

/** A figure the page asks about, as far as recognising the page's own stored source goes. */
export type AskedFigure = Pick<FigureQuery, 'text' | 'sentence'>;

/**
 * Stored figures found by their sources' addresses and by their sentences' fingerprints
 * (`sentenceIndex.ts` makes one for each claim's figures).
 */
export interface StoredSentences<S extends { id: string }> {
  byAddress: ReadonlyMap<string, readonly S[]>;
  byWhole: ReadonlyMap<number, readonly S[]>;
  /** Figures of long sentences (fingerprints with a start and an end), by the hash of their start… */
  byStart: ReadonlyMap<number, readonly StoredSentence<S>[]>;
  /** …and of their end. */
  byEnd: ReadonlyMap<number, readonly StoredSentence<S>[]>;
  /** The same figures, to find those whose sentence stands in a text. */
  long: LongSentences<StoredSentence<S>>;
}

/** A stored figure as far as its sentence goes. */
export interface StoredSentence<S> {
  source: S;
  text: string;
  fingerprint: SentenceFingerprint;
}

/** Keeps two page sentences apart when they are searched as one text: squashed text never holds it. */
const APART = '\n';

/** What is known of the page a figure comes from, to recognise the page's own stored source. */
export class AskingPage {
  private readonly address: string | null;
  private readonly sentences: string[];
  private readonly text: string | null;
  private readonly wholeSentences = new Set<number>();
  private readonly searchable: SearchableText[] = [];
  /** Texts of the page's figures by the hash of the start, and of the end, of their long sentences. */
  private readonly figuresByStart = new Map<number, Set<string>>();
  private readonly figuresByEnd = new Map<number, Set<string>>();

  /**
   * `text`: the page's text, when known. A stored sentence counts as the page's when it is one of
   * the page figures' sentences or stands in one or in the text; without the text, also when a page
   * figure's sentence stands in it.
   */
  constructor(url: string, figures: readonly AskedFigure[], text?: string) {
    this.address = withoutHash(url);
    this.sentences = [];
    this.text = text === undefined ? null : lastText.squashed(text);
    for (const figure of figures) {
      const sentence = squash(figure.sentence);
      if (sentence === '') continue;
      this.sentences.push(sentence);
      const { whole, start, end } = fingerprintOf(sentence);
      this.wholeSentences.add(whole);
      if (start === null || end === null || this.text !== null) continue;
      add(this.figuresByStart, start, figure.text);
      add(this.figuresByEnd, end, figure.text);
    }
    const long = this.sentences.filter((s) => s.length >= MIN_SHARED_LENGTH);
    if (long.length > 0) this.searchable.push(new SearchableText(long.join(APART)));
    if (this.text !== null) this.searchable.push(lastText.searchable());
  }

  /** True when `address` (a stored source's, see `withoutHash`) is the page's. */
  isAt(address: string | null): boolean {
    return address !== null && address === this.address;
  }

  /**
   * Whether the page shares a stored figure's sentence, from its fingerprint alone: `yes` when it is
   * one of the page figures' sentences or stands in one or in the page text; `maybe` when a page
   * figure's sentence may stand in it (it begins or ends with one that holds the same figure), which
   * `isOwn` then decides; `no` otherwise.
   */
  shares(fingerprint: SentenceFingerprint, figureText: string): 'yes' | 'maybe' | 'no' {
    const { whole, start, end } = fingerprint;
    if (this.wholeSentences.has(whole)) return 'yes';
    if (start === null || end === null) return 'no';
    // a loop rather than some(): this runs for every stored figure of the claim, on every hover
    for (const text of this.searchable) if (text.holds(fingerprint)) return 'yes';
    const inside =
      (this.figuresByStart.get(start)?.has(figureText) ?? false) ||
      (this.figuresByEnd.get(end)?.has(figureText) ?? false);
    return inside ? 'maybe' : 'no';
  }

  /**
   * What `isAt` and `shares` say of every figure of a claim, from the claim's index: the sources of
   * the figures at the page's address or whose sentence it shares (`yes`) are added to `own`, those
   * of the figures it may share (`maybe`) to `doubtful`, by id (where a source found for one figure
   * may stand too: the caller takes those out).
   */
  sharedAmong<S extends { id: string }>(
    index: StoredSentences<S>,
    own: Set<S>,
    doubtful: Map<string, S>,
  ): void {
    if (this.address !== null) for (const source of index.byAddress.get(this.address) ?? []) own.add(source);
    for (const whole of this.wholeSentences)
      for (const source of index.byWhole.get(whole) ?? []) own.add(source);
    for (const text of this.searchable) text.forEachHeld(index.long, ({ source }) => own.add(source));
    const inside = (byPage: Map<number, Set<string>>, byIndex: StoredSentences<S>['byStart']) => {
      for (const [hash, texts] of byPage)
        for (const figure of byIndex.get(hash) ?? [])
          if (texts.has(figure.text)) doubtful.set(figure.source.id, figure.source);
    };
    inside(this.figuresByStart, index.byStart);
    inside(this.figuresByEnd, index.byEnd);
  }

  /** True when a stored source at `url` with this `sentence` is (a copy of) this page. */
  isOwn(url: string | null, sentence: string): boolean {
    if (url !== null && this.isAt(withoutHash(url))) return true;
    const stored = squash(sentence);
    if (this.sentences.includes(stored)) return true;
    if (stored.length < MIN_SHARED_LENGTH) return false;
    return (
      (this.text?.includes(stored) ?? false) ||
      this.sentences.some(
        (mine) =>
          mine.length >= MIN_SHARED_LENGTH &&
          (mine.includes(stored) || (this.text === null && stored.includes(mine))),
      )
    );
  }
}

/** An address without its fragment, as pages and stored sources are matched; null if it is none. */
export function withoutHash(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

function add(map: Map<number, Set<string>>, key: number, value: string): void {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, new Set([value]));
}

/** The last page text read: hovering one figure after another sends the same text each time. */
class LastText {
  private raw = '';
  private text = '';
  private searchableText: SearchableText | null = null;

  squashed(raw: string): string {
    if (raw !== this.raw) {
      this.raw = raw;
      this.text = squash(raw);
      this.searchableText = null;
    }
    return this.text;
  }

  /** The text `squashed` last gave, made searchable. */
  searchable(): SearchableText {
    this.searchableText ??= new SearchableText(this.text);
    return this.searchableText;
  }
}

const lastText = new LastText();
