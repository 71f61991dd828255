import { isDefaultSite } from '../../protocol/defaultSites';
import { mentionsKursk, today } from '../../protocol/article';
import type {
  PageMetadata,
  RememberReply,
  Settings,
  StoredFigure,
  StoredSource,
} from '../../protocol/messages';
import { isMarkingOff } from '../../protocol/siteLists';
import type { StoreDB } from './schema';
import { squash } from '../compare/fingerprint';
import { withoutHash } from '../compare/askingPage';
import { figuresOf, newSourceSchema } from './records';
import { storedCopyOf } from './savePage';
import { forgottenReads, inWriteTransaction, replaceSource, type WriteTx } from './transaction';
import { parseOrThrow } from './validation';

export const REMEMBERING_OFF = 'Remembering the articles you read is off.';

/** Why a page at `host` is not remembered: marking is off there, or was never turned on. */
export const siteNotMarked = (host: string): string =>
  `Figures are not marked on ${host}, so its articles are not remembered.`;

/** Said of a remembered page that gave no publication date. */
export const READ_DAY_NOTE = 'The page gave no publication date: this is the day it was read.';

/**
 * The least number of figures of known claims an article holds to count as about Kursk. Marking marks
 * a page when it mentions Kursk (the content script's test before it loads the marking) and has figures
 * of known claims (what the background reads for it); a page is remembered on the same test, with at
 * least this many such figures in its article text, so that a page naming Kursk in passing next to one
 * number is not kept.
 */
export const MIN_CLAIM_FIGURES = 2;

/**
 * Keeps the page the reader has open as a `read` source, when they turned remembering on and marking
 * is on for its site; never a second copy of a stored source. A page already stored at its address,
 * with its text, or as the same article (`holdsArticle`) is left as stored, except a read copy at its address whose text has changed, which is
 * updated in place (same id, date added and on/off state). A page whose read copy the reader deleted
 * is not kept again (they can still add it from the panel). Throws, storing nothing, when remembering
 * or marking is off: the background decides, whatever the page asks.
 */
export async function rememberPage(
  db: StoreDB,
  page: PageMetadata,
  settings: Pick<Settings, 'rememberReading' | 'sites' | 'disabledSites'>,
): Promise<RememberReply> {
  if (!settings.rememberReading) throw new Error(REMEMBERING_OFF);
  const host = hostOf(page.url);
  if (!isMarkedSite(settings, host)) throw new Error(siteNotMarked(host));
  const now = Date.now();
  const source = readSource(page, host, now);
  if (!mentionsKursk(source.text)) return { outcome: 'not about Kursk' };
  // read once, before the transaction: a long article takes a while, and an idle transaction commits
  const figures = figuresOf(source);
  if (figures.filter((figure) => figure.claim !== null).length < MIN_CLAIM_FIGURES)
    return { outcome: 'not about Kursk' };
  return inWriteTransaction(db, async (tx) => {
    if (source.url !== null && (await forgottenReads(tx)).has(source.url)) return { outcome: 'removed' };
    const stored = await storedCopyOf(tx, source);
    if (!stored && (await holdsArticle(tx, figures, source.text))) return { outcome: 'stored' };
    if (!stored) {
      await replaceSource(tx, source, figures);
      return { outcome: 'added' };
    }
    const current = stored.source;
    // the reader's own edits of a read copy stay as they made them
    const changed =
      stored.match === 'address' &&
      current.origin === 'read' &&
      !current.edited &&
      squash(current.text) !== squash(source.text);
    if (!changed) return { outcome: 'stored' };
    const updated: StoredSource = {
      ...source,
      id: current.id,
      enabled: current.enabled,
      addedAt: current.addedAt,
    };
    await replaceSource(
      tx,
      updated,
      figures.map((figure) => renamed(figure, current.id)),
    );
    return { outcome: 'updated' };
  });
}

/**
 * True when a stored source is this article in other words around it: a page reads without the
 * title, byline and dateline that a copy's text may begin with, or with a caption more. Such a source
 * is told by its figures of known claims: at least half of them, and at least MIN_CLAIM_FIGURES (or
 * all, when it has fewer), stand in sentences found word for word in the page's text. Only the
 * sources of the page's rarest claim are read: a copy of the page has figures of every claim it has.
 */
async function holdsArticle(tx: WriteTx, figures: readonly StoredFigure[], text: string): Promise<boolean> {
  const claims = [...new Set(figures.flatMap((figure) => (figure.claim === null ? [] : [figure.claim])))];
  const byClaim = tx.objectStore('figureSets').index('byClaim');
  const counts = await Promise.all(claims.map((claim) => byClaim.count(claim)));
  const rarest = claims[counts.indexOf(Math.min(...counts))];
  if (rarest === undefined) return false;
  const page = squash(text);
  for (const set of await byClaim.getAll(rarest)) {
    const known = set.figures.filter((figure) => figure.claim !== null);
    const shared = known.filter((figure) => page.includes(squash(figure.sentence))).length;
    const enough = shared * 2 >= known.length && shared >= Math.min(MIN_CLAIM_FIGURES, known.length);
    if (known.length > 0 && enough) return true;
  }
  return false;
}

/** True when the content script marks figures on `host`: a default or listed site not turned off. */
export function isMarkedSite(settings: Pick<Settings, 'sites' | 'disabledSites'>, host: string): boolean {
  return (
    !isMarkingOff(settings.disabledSites, host) && (isDefaultSite(host) || settings.sites.includes(host))
  );
}

/** The page as a read source, checked as any new source is; its address without the fragment. */
function readSource(page: PageMetadata, host: string, now: number): StoredSource {
  const site = host.replace(/^www\./, '');
  const parsed = parseOrThrow(
    newSourceSchema,
    {
      outlet: page.outlet?.trim() || site,
      title: page.title.trim() || site,
      byline: page.byline?.trim() || null,
      published: page.published ?? today(),
      url: withoutHash(page.url),
      text: page.text.trim(),
    },
    'The page could not be kept as a source',
  );
  return {
    id: `read-${now}-${crypto.randomUUID().slice(0, 8)}`,
    ...parsed,
    publishedNote: page.published ? null : READ_DAY_NOTE,
    enabled: true,
    origin: 'read',
    edited: false,
    addedAt: now,
    updatedAt: now,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    throw new Error('The page has no address that can be kept.');
  }
}

const renamed = (figure: StoredFigure, sourceId: string): StoredFigure => ({
  ...figure,
  id: `${sourceId}#${figure.index}`,
  sourceId,
});
