import { MARKING_SCRIPT } from '../../protocol/files';
import type { ContentReplies, ContentRequest, Result } from '../../protocol/messages';
import { loadScript, provideToContentScript } from './lazyScript';
import type { PageLifetime } from './lifetime';
import type { FigureScanner } from '../marking/scanner';

/** What the toolbar panel is told about the page. */
export type PanelAnswer = Result<ContentReplies[ContentRequest['type']]>;

/**
 * The marking of a page (scanning, marks, popover, the panel's answers): a script of its own, which the
 * content script loads once the page mentions Kursk or the panel asks about the page. Loaded by dynamic
 * import, it is compiled off the page's main thread (script streaming), and a page that never mentions
 * Kursk does not compile it at all.
 */
export interface MarkingScript {
  /** Marks the page's figures, and what the page adds later, until the lifetime ends. */
  mark(lifetime: PageLifetime): FigureScanner;
  /** Answers the toolbar panel about the page; the scanner is null when the page is not marked. */
  answer(request: ContentRequest, scanner: FigureScanner | null): Promise<PanelAnswer>;
}

const MARKING_KEY = Symbol.for('kursk-cross-check.marking');

/** Run by the marking script: it leaves its entry points in the content script's world. */
export function provideMarkingScript(marking: MarkingScript): void {
  provideToContentScript(MARKING_KEY, marking);
}

/** Loads the marking script once and returns its entry points. */
export const loadMarkingScript = (): Promise<MarkingScript> =>
  loadScript(`/${MARKING_SCRIPT}` as const, MARKING_KEY);
