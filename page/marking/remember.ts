import type { PageLifetime } from '../boot/lifetime';
import { askBackground } from '../boot/extension';
import { readPageMetadata } from './metadata';
import type { FigureScanner } from './scanner';

/** How long after marking the page is read to be remembered: late paragraphs have arrived by then. */
const REMEMBER_DELAY_MS = 1_500;

/**
 * Offers the page to the background to be kept as a read source, once, when marking has found figures
 * and the background said it remembers what the reader opens (`isOn`). The background decides again,
 * whatever this says: it refuses while remembering or marking is off. Only the top frame speaks for its
 * page, and only once per document: a page that changes its address by script (as single-page sites
 * do) could otherwise have any number of made-up articles kept. Returns the way to say the marking
 * changed.
 */
export function offerToRemember(
  scanner: FigureScanner,
  lifetime: PageLifetime,
  isOn: () => boolean,
): () => void {
  if (window !== window.top) return () => undefined;
  let offered = false;
  let due = false;
  const offer = async () => {
    due = false;
    await scanner.whenIdle();
    if (lifetime.isOver || !isOn() || scanner.isStopped || offered) return;
    if (scanner.figuresOnPage().length === 0) return;
    offered = true;
    // the page learns nothing of the answer: it stays in this script
    await askBackground({ type: 'rememberPage', page: readPageMetadata(document, location.href) });
  };
  return () => {
    if (due || offered) return;
    due = true;
    lifetime.setTimeout(() => void offer(), REMEMBER_DELAY_MS);
  };
}
