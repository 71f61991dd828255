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

function acceptNode(node: Node): number {
  if (node instanceof Element) {
    if (isSkipped(node)) return NodeFilter.FILTER_REJECT;
    return node.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
  }
  return NodeFilter.FILTER_ACCEPT;
}

/**
 * Walks the text under `root` (skipping what must be left alone) and yields it block by block: a run
 * ends where the next text node belongs to another block. Lazy, so a caller can pause between runs.
 */
export function* textRuns(root: Node): Generator<TextRun, void, undefined> {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode,
  });
  let current: TextRun | null = null;
  // the walk yields text nodes and line breaks, whose block is their parent's: neighbours mostly
  // share a parent, whose block is looked up once
  let parent: Element | null = null;
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement !== parent) {
      parent = node.parentElement;
      block = parent && blockOf(parent);
    }
    if (!block) continue;
    if (current && current.block !== block) {
      yield current;
      current = null;
    }
    current ??= { block, pieces: [] };
    current.pieces.push(node instanceof Text ? node : null);
  }
  if (current) yield current;
}
