import type { PageLifetime } from '@/utils/page/lifetime';
import { askBackground } from '@/utils/page/extension';
import { readPageMetadata } from '@/utils/page/metadata';
import type { FigureScanner } from '@/utils/page/scanner';

/** How long after marking the page is read to be remembered: late paragraphs have arrived by then. */
const REMEMBER_DELAY_MS = 1_500;

/**
 * Offers the page to the background to be kept as a read source, once per address, when marking has
 * found figures and the background said it remembers what the reader opens (`isOn`). The background
 * decides again, whatever this says: it refuses while remembering or marking is off. Only the top
 * frame speaks for its page. Returns the way to say the marking changed.
 */
export function offerToRemember(
  scanner: FigureScanner,
  lifetime: PageLifetime,
  isOn: () => boolean,
): () => void {
  if (window !== window.top) return () => undefined;
  const offered = new Set<string>();
  let due = false;
  const offer = async () => {
    due = false;
    await scanner.whenIdle();
    const address = location.href.split('#')[0]!;
    if (lifetime.isOver || !isOn() || scanner.isStopped || offered.has(address)) return;
    if (scanner.figuresOnPage().length === 0) return;
    offered.add(address);
    // the page learns nothing of the answer: it stays in this script
    await askBackground({ type: 'rememberPage', page: readPageMetadata(document, location.href) });
  };
  return () => {
    if (due) return;
    due = true;
    lifetime.setTimeout(() => void offer(), REMEMBER_DELAY_MS);
  };
}
