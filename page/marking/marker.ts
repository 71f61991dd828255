import { dressMark } from './markLook';
import { MARK_ATTRIBUTE, MARK_SELECTOR, MARK_TAG } from './ownElements';
import type { Segment } from './textMap';

/** What the focusable part of a mark says to assistive technology. */
export interface MarkLabel {
  index: number;
  label: string;
}

/**
 * Wraps figures of the page in marks and can put the page back as it was: every text node it split
 * is joined again and every mark replaced by its text.
 */
export class Marker {
  /** Each mark, with the text nodes split off from the page's own to make it. */
  private readonly marks = new Map<Element, Text[]>();
  /** Text nodes this marker split off from the page's own text nodes. */
  private readonly splitOff = new Set<Text>();
  private readonly createMark: () => Element;

  constructor(document: Document) {
    this.createMark = markFactory(document);
  }

  /** True when a segment's text already sits in a mark. */
  static isMarked(segment: Segment): boolean {
    return segment.node.parentElement?.closest(MARK_SELECTOR) != null;
  }

  /**
   * Wraps each segment of one figure in a mark; the first mark is the figure's focusable button.
   * Segments of several figures in the same text node must be marked from the last one backwards.
   */
  mark(segments: readonly Segment[], { index, label }: MarkLabel): Element[] {
    const marks = segments.map((segment) => this.wrap(segment, index));
    const [button] = marks;
    if (button) {
      button.setAttribute('tabindex', '0');
      button.setAttribute('role', 'button');
      button.setAttribute('aria-haspopup', 'dialog');
      button.setAttribute('aria-label', label);
    }
    return marks;
  }

  /**
   * Makes a figure's marks no longer a mark to anyone: no role, name or Tab stop (their look is made
   * plain by the caller). The page can see this, which is why it is only done when the reader asks.
   */
  static unmark(marks: readonly Element[]): void {
    for (const mark of marks) {
      for (const name of ['tabindex', 'role', 'aria-haspopup', 'aria-label']) mark.removeAttribute(name);
      if (mark instanceof HTMLElement) mark.blur();
    }
  }

  /** Removes every mark and joins the text nodes split for them. */
  restore(): void {
    for (const mark of this.marks.keys()) unwrap(mark);
    for (const piece of this.splitOff) joinToPrevious(piece);
    this.marks.clear();
    this.splitOff.clear();
  }

  /** How many marks this marker keeps track of. */
  get size(): number {
    return this.marks.size;
  }

  /**
   * Lets go of marks the page removed from the document, so that nothing the page dropped is kept
   * alive. What is left of them away from the page is put back as it was (the marks replaced by their
   * text, the split text nodes joined): should the page bring it back, it reads as the page wrote it
   * and is marked again like any addition. Marks still on the page are left alone.
   */
  forget(marks: readonly Element[]): void {
    for (const mark of marks) {
      const pieces = this.marks.get(mark);
      if (!pieces || mark.isConnected) continue;
      unwrap(mark);
      for (const piece of pieces) {
        if (!piece.isConnected) joinToPrevious(piece);
        this.splitOff.delete(piece);
      }
      this.marks.delete(mark);
    }
  }

  /** True when the node is one this marker made: a mark or a text node split off for one. */
  owns(node: Node): boolean {
    return (
      (node instanceof Text && this.splitOff.has(node)) || (node instanceof Element && this.marks.has(node))
    );
  }

  private wrap({ node, start, end }: Segment, index: number): Element {
    const pieces: Text[] = [];
    if (end < node.data.length) pieces.push(node.splitText(end));
    let text = node;
    if (start > 0) {
      text = node.splitText(start);
      pieces.push(text);
    }
    for (const piece of pieces) this.splitOff.add(piece);
    const mark = this.createMark();
    mark.setAttribute(MARK_ATTRIBUTE, String(index));
    text.replaceWith(mark);
    mark.appendChild(text);
    this.marks.set(mark, pieces);
    return mark;
  }
}

/** Replaces a mark by its content (nothing to do for a mark with no parent). */
function unwrap(mark: Element): void {
  mark.replaceWith(...Array.from(mark.childNodes));
}

/** Joins a text node split off for a mark back to the text before it. */
function joinToPrevious(piece: Text): void {
  const previous = piece.previousSibling;
  if (previous instanceof Text) {
    previous.appendData(piece.data);
    piece.remove();
  }
}

/** A `<span>` with the session's attribute and its look (page/marking/ownElements.ts, markLook.ts). */
function markFactory(document: Document): () => Element {
  return () => {
    const mark = document.createElement(MARK_TAG);
    dressMark(mark);
    return mark;
  };
}
