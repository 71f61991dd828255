import { HOST_SELECTOR, STYLE_ATTRIBUTE } from './ownElements';

/**
 * Elements whose text is never marked: code, form fields, hidden or editable content, and interactive
 * elements (a focusable mark inside a link or button would nest one control in another).
 */
export const SKIPPED_SELECTOR = [
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
  '[contenteditable]',
  '[contenteditable] *',
  '[aria-hidden=true]',
  '[hidden]',
  'a[href]',
  'button',
  'label',
  'summary',
  '[role=button]',
  '[role=link]',
  HOST_SELECTOR,
  `[${STYLE_ATTRIBUTE}]`,
].join(', ');

/** True when the element's own text must be left alone (its descendants are then skipped as well). */
export const isSkipped = (element: Element): boolean => element.matches(SKIPPED_SELECTOR);

/** True when the node or one of its ancestors must be left alone. */
export function isInsideSkipped(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(SKIPPED_SELECTOR) != null;
}
