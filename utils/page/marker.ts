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
  private readonly marks = new Set<Element>();
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
    const [button, ...rest] = marks;
    if (button) {
      button.setAttribute('tabindex', '0');
      button.setAttribute('role', 'button');
      button.setAttribute('aria-haspopup', 'dialog');
      button.setAttribute('aria-label', label);
    }
    for (const part of rest) part.setAttribute('data-kcc-part', '');
    return marks;
  }

  /** Removes every mark and joins the text nodes split for them. */
  restore(): void {
    for (const mark of this.marks) mark.replaceWith(...Array.from(mark.childNodes));
    for (const piece of this.splitOff) {
      const previous = piece.previousSibling;
      if (previous instanceof Text) {
        previous.appendData(piece.data);
        piece.remove();
      }
    }
    this.marks.clear();
    this.splitOff.clear();
  }

  /** True when the node is one this marker made: a mark or a text node split off for one. */
  owns(node: Node): boolean {
    return (
      (node instanceof Text && this.splitOff.has(node)) || (node instanceof Element && this.marks.has(node))
    );
  }

  private wrap({ node, start, end }: Segment, index: number): Element {
    if (end < node.data.length) this.splitOff.add(node.splitText(end));
    let text = node;
    if (start > 0) {
      text = node.splitText(start);
      this.splitOff.add(text);
    }
    const mark = this.createMark();
    mark.setAttribute('data-kcc-figure', String(index));
    text.replaceWith(mark);
    mark.appendChild(text);
    this.marks.add(mark);
    return mark;
  }
}

/**
 * `<kcc-mark>`, unless the page already defines that element; then `<span data-kcc-mark>`. The
 * extension never defines it: an element class from a content script would make every mark opaque
 * to the page's own scripts (as in Firefox), and isolated worlds have no registry (as in Chrome).
 */
function markFactory(document: Document): () => Element {
  const tag = pageDefinesMarkTag(document) ? 'span' : MARK_TAG;
  return () => {
    const mark = document.createElement(tag);
    mark.setAttribute(MARK_ATTRIBUTE, '');
    return mark;
  };
}

function pageDefinesMarkTag(document: Document): boolean {
  const registry = (globalThis.customElements as CustomElementRegistry | null | undefined) ?? null;
  return registry
    ? registry.get(MARK_TAG) !== undefined
    : document.createElement(MARK_TAG).matches(':defined');
}
