import type { NewSource, SavePageReply, StoredSource } from '../../protocol/messages';
import type { StoreDB } from './schema';
import { squash } from '../compare/fingerprint';
import { withoutHash } from '../compare/askingPage';
import { figuresOf, newSourceSchema, toSummary } from './records';
import { inWriteTransaction, replaceSource, type WriteTx } from './transaction';
import { userSource } from './sources';
import { parseOrThrow } from './validation';

/**
 * Saves a page the reader is on as one of their sources, never as a second copy of one stored: when a
 * source at the same address (the fragment aside) or with the same text is stored, nothing is written
 * and the reply names it. `replace`, the id of a stored source, updates that one in place instead (same
 * id, date added and on/off state, the new text and details), even if the reader's edits no longer
 * match it. Checked and written in one transaction, so two quick
 * saves cannot both add.
 */
export async function savePage(db: StoreDB, input: NewSource, replace?: string): Promise<SavePageReply> {
  const parsed = parseOrThrow(newSourceSchema, input, 'The source is not valid');
  return inWriteTransaction(db, async (tx) => {
    // the copy the reader chose to update, even if their edits no longer match it
    const chosen = replace === undefined ? undefined : await tx.objectStore('sources').get(replace);
    const stored = chosen ? null : await storedCopyOf(tx, parsed);
    const now = Date.now();
    if (stored) {
      const figureCount = (await tx.objectStore('figureSets').get(stored.source.id))?.figures.length ?? 0;
      return { outcome: 'stored', match: stored.match, source: toSummary(stored.source, figureCount) };
    }
    const current = chosen;
    const source: StoredSource = current
      ? {
          ...current,
          ...parsed,
          publishedNote: null,
          edited: current.edited || current.origin === 'bundled',
          updatedAt: now,
        }
      : userSource(parsed, now);
    const figures = figuresOf(source);
    await replaceSource(tx, source, figures);
    return { outcome: current ? 'updated' : 'added', source: toSummary(source, figures.length) };
  });
}

/** The stored source that is this page: at its address first, else with its text. */
export async function storedCopyOf(
  tx: WriteTx,
  page: NewSource,
): Promise<{ source: StoredSource; match: 'address' | 'text' } | null> {
  const address = page.url === null ? null : withoutHash(page.url);
  const text = squash(page.text);
  let sameText: StoredSource | null = null;
  for (let cursor = await tx.objectStore('sources').openCursor(); cursor; cursor = await cursor.continue()) {
    const source = cursor.value;
    if (address !== null && source.url !== null && withoutHash(source.url) === address)
      return { source, match: 'address' };
    if (!sameText && hasText(source.text, text)) sameText = source;
  }
  return sameText && { source: sameText, match: 'text' };
}

/** How much of the start of two texts is compared before the whole of them. */
const LEAD = 100;

/**
 * True when `stored`, white space aside, is `text` (squashed). Long texts can only match shorter
 * squashed ones, and their starts are compared first: squashing every stored text would cost far more.
 */
function hasText(stored: string, text: string): boolean {
  if (stored.length < text.length) return false;
  if (squash(stored.slice(0, LEAD * 4)).slice(0, LEAD) !== text.slice(0, LEAD)) return false;
  return squash(stored) === text;
}
