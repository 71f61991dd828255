import { hidesItsText, isUnseenInline } from './hidden';
import { MARK_ATTRIBUTE } from './ownElements';
import { isSkipped } from './skip';
import type { TextPiece } from './textMap';

/** Elements whose text reads as a block of its own: a paragraph, list item, cell, heading… */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export const isBlock = (element: Element): boolean => BLOCK_TAGS.has(element.tagName.toUpperCase());

/** The nearest block element around a node (the node itself when it is one). */
export function blockOf(node: Node): Element | null {
  let element = node instanceof Element ? node : node.parentElement;
  while (element && !isBlock(element)) element = element.parentElement;
  return element;
}

/** Consecutive text of one block, in document order: the unit the engine reads. */
export interface TextRun {
  block: Element;
  pieces: TextPiece[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The node after `node` under `root` in document order: its first child when `enter`, else its next
 * sibling or the next sibling of its nearest ancestor that has one.
 */
function following(root: Node, node: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/**
 * The text nodes and line breaks under `root`, in document order, leaving out what must be left alone
 * and inline elements the page does not show.
 * A plain walk by child and sibling links: a TreeWalker would call a filter in JavaScript for every
 * node, which costs the page far more.
 */
function* textPieces(root: Node): Generator<Text | Element, void, undefined> {
  for (let node = following(root, root, true); node;) {
    if (node.nodeType === TEXT_NODE) {
      yield node as Text;
      node = following(root, node, false);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const skipped =
        isSkipped(element) ||
        (!isBlock(element) && !element.hasAttribute(MARK_ATTRIBUTE) && isUnseenInline(element));
      if (!skipped && element.localName === 'br') yield element;
      node = following(root, node, !skipped);
    } else node = following(root, node, false);
  }
}

/**
 * Walks the text under `root` (skipping what must be left alone) and yields it block by block: a run
 * ends where the next text node belongs to another block. Lazy, so a caller can pause between runs.
 */
export function* textRuns(root: Node): Generator<TextRun, void, undefined> {
  let current: TextRun | null = null;
  // neighbouring text nodes mostly share a parent, whose block is looked up once
  let parent: Element | null = null;
  let block: Element | null = null;
  let unseen = false;
  for (const node of textPieces(root)) {
    if (node.parentElement !== parent) {
      parent = node.parentElement;
      block = parent && blockOf(parent);
      unseen = !!parent && !!block && !parent.hasAttribute(MARK_ATTRIBUTE) && hidesItsText(parent, block);
    }
    if (!block || unseen) continue;
    if (current && current.block !== block) {
      yield current;
      current = null;
    }
    current ??= { block, pieces: [] };
    current.pieces.push(node.nodeType === TEXT_NODE ? (node as Text) : null);
  }
  if (current) yield current;
}
