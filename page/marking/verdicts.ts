import { askBackground } from '../boot/extension';
import { toFigureQuery } from './labels';
import type { PageLifetime } from '../boot/lifetime';
import { Marker } from './marker';
import { lookOf, setLook } from './markLook';
import type { FigureScanner } from './scanner';
import type { Settings } from '../../protocol/messages';

/** How long the marking may keep finding figures before their verdicts are asked for. */
const VERDICTS_DEBOUNCE_MS = 150;

/**
 * Shows each marked figure's verdict on its marks (page/marking/markLook.ts): once the marking is done,
 * one request for all the figures not yet shown, and again for what the page adds later. The verdicts
 * stay in the content script's world and in the marks' closed roots. Figures no other source reports
 * look as the reader chose (`unmatched`); hidden ones stop being marks, and `isHidden` says which.
 * Returns the way to ask for the figures' verdicts.
 */
export function showVerdicts(
  scanner: FigureScanner,
  lifetime: PageLifetime,
  unmatched: () => Settings['unmatched'],
): { update: () => void; isHidden: (mark: Element) => boolean } {
  /** The first mark of each figure whose verdict is shown or asked for. */
  const done = new WeakSet<Element>();
  const hidden = new WeakSet<Element>();
  let due = false;

  const send = async () => {
    due = false;
    await scanner.whenIdle();
    if (lifetime.isOver || scanner.isStopped) return;
    const fresh = scanner.figuresOnPage().filter(({ marks }) => marks[0] && !done.has(marks[0]));
    if (fresh.length === 0) return;
    for (const { marks } of fresh) done.add(marks[0]!);
    const reply = await askBackground({
      type: 'compareMany',
      figures: fresh.map(({ figure }) => toFigureQuery(figure)),
      pageUrl: location.href,
    });
    if (lifetime.isOver) return;
    fresh.forEach(({ marks }, position) => {
      const verdict = reply.ok ? reply.value[position]?.verdict : undefined;
      // no answer (the background went away): asked again with the next figures
      if (!verdict) return done.delete(marks[0]!);
      const look = lookOf(verdict, unmatched());
      for (const mark of marks) setLook(mark, look);
      if (look === 'hidden') {
        Marker.unmark(marks);
        marks.forEach((mark) => hidden.add(mark));
      }
    });
  };

  return {
    update: () => {
      if (due) return;
      due = true;
      lifetime.setTimeout(() => void send(), VERDICTS_DEBOUNCE_MS);
    },
    isHidden: (mark) => hidden.has(mark),
  };
}
