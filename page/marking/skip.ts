/** Elements whose text is never marked: code, form fields, embedded documents and drawings. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'button',
  'label',
  'summary',
]);

/**
 * Elements left alone for an attribute: hidden or editable content, and interactive elements (a
 * focusable mark inside a link or button would nest one control in another).
 */
const SKIPPED_BY_ATTRIBUTE = [
  '[contenteditable]',
  '[aria-hidden=true]',
  '[hidden]',
  'a[href]',
  '[role=button]',
  '[role=link]',
].join(', ');

/** Every element whose text is left alone, as one selector. */
export const SKIPPED_SELECTOR = `${[...SKIPPED_TAGS].join(', ')}, ${SKIPPED_BY_ATTRIBUTE}`;

/**
 * True when the element's own text must be left alone (its descendants are then skipped as well).
 * Called for every element of the page: the tag is looked up first, and only elements with attributes
 * are matched against a selector.
 */
export const isSkipped = (element: Element): boolean =>
  SKIPPED_TAGS.has(element.localName) || (element.hasAttributes() && element.matches(SKIPPED_BY_ATTRIBUTE));

/** True when the node or one of its ancestors must be left alone. */
export function isInsideSkipped(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(SKIPPED_SELECTOR) != null;
}
