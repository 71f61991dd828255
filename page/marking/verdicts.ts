import { askBackground } from '../boot/extension';
import { toFigureQuery } from './labels';
import type { PageLifetime } from '../boot/lifetime';
import { Marker } from './marker';
import { lookOf, setLook } from './markLook';
import type { FigureScanner, MarkedFigure } from './scanner';
import type { Settings } from '../../protocol/messages';
import type { Verdict } from '../../engine/types';

/** How long the marking may keep finding figures before their verdicts are asked for. */
const VERDICTS_DEBOUNCE_MS = 150;
/** How long one slice of showing verdicts may take before it yields to the page. */
const SLICE_MS = 8;
/**
 * More figures than this are found, made into queries and sent in three tasks rather than one: on a
 * 5 MB page, finding its 10,000 figures and sending them took about 30 ms of CPU each (load 18).
 */
const MANY_FIGURES = 1_000;

/** What the verdicts are shown for: the page's figures, and what to do once they are. */
export interface VerdictsOptions {
  /** How the reader wants figures no other source reports to look. */
  unmatched: () => Settings['unmatched'];
  /** Told, once the verdicts asked for are shown, how many figures on the page differ; 0 once marking stops. */
  onCount: (differ: number) => void;
  /** More figures than this are found, made into queries and sent in tasks of their own. */
  many?: number;
  now?: () => number;
}

/** A figure differs when some source at its time contradicts it, a mixed one too. */
const differs = (verdict: Verdict | undefined): boolean => verdict === 'differ' || verdict === 'mixed';

/**
 * Shows each marked figure's verdict on its marks (page/marking/markLook.ts): once the marking is done,
 * one request for all the figures not yet shown, and again for what the page adds later; the looks are
 * set a slice at a time, so that ten thousand marks do not hold the page. The verdicts stay in the
 * content script's world and in the marks' closed roots; the count of those that differ is what the
 * toolbar shows, from the same comparison. Figures no other source reports look as the reader chose
 * (`unmatched`); hidden ones stop being marks, and `isHidden` says which. Returns the way to ask for
 * the figures' verdicts.
 */
export function showVerdicts(
  scanner: FigureScanner,
  lifetime: PageLifetime,
  { unmatched, onCount, many = MANY_FIGURES, now = () => performance.now() }: VerdictsOptions,
): { update: () => void; isHidden: (mark: Element) => boolean } {
  /** The verdict of each figure shown or asked for, by its first mark (undefined while asked for). */
  const verdicts = new WeakMap<Element, Verdict | undefined>();
  const hidden = new WeakSet<Element>();
  let due = false;

  const count = () => {
    let differ = 0;
    for (const { marks } of Object.values(scanner.figures)) {
      if (marks[0]?.isConnected && differs(verdicts.get(marks[0]))) differ++;
    }
    onCount(differ);
  };

  const show = ({ marks }: MarkedFigure, verdict: Verdict | undefined) => {
    // no answer (the background went away): asked again with the next figures
    if (!verdict) return verdicts.delete(marks[0]!);
    verdicts.set(marks[0]!, verdict);
    const look = lookOf(verdict, unmatched());
    for (const mark of marks) setLook(mark, look);
    if (look === 'hidden') {
      Marker.unmark(marks);
      marks.forEach((mark) => hidden.add(mark));
    }
  };

  /** Shows the verdicts from `from` on, a slice at a time; then the count. */
  const showFrom = (fresh: MarkedFigure[], replies: Array<Verdict | undefined>, from: number) => {
    if (lifetime.isOver) return;
    const deadline = now() + SLICE_MS;
    let at = from;
    while (at < fresh.length) {
      show(fresh[at]!, replies[at]);
      at++;
      if (now() >= deadline) break;
    }
    if (at < fresh.length) lifetime.setTimeout(() => showFrom(fresh, replies, at), 0);
    else count();
  };

  const nextTask = () => new Promise<void>((resolve) => lifetime.setTimeout(resolve, 0));

  const send = async () => {
    due = false;
    await scanner.whenIdle();
    if (lifetime.isOver) return;
    if (scanner.isStopped) return onCount(0);
    const fresh = scanner.figuresOnPage().filter(({ marks }) => marks[0] && !verdicts.has(marks[0]));
    if (fresh.length === 0) return count();
    for (const { marks } of fresh) verdicts.set(marks[0]!, undefined);
    // ten thousand figures are found in document order, and then sent, in tasks of their own
    const apart = fresh.length > many;
    if (apart) await nextTask();
    const figures = fresh.map(({ figure }) => toFigureQuery(figure));
    if (apart) await nextTask();
    if (lifetime.isOver) return;
    const reply = await askBackground({ type: 'compareMany', figures, pageUrl: location.href });
    showFrom(
      fresh,
      fresh.map((_, position) => (reply.ok ? reply.value[position]?.verdict : undefined)),
      0,
    );
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
