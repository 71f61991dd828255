/** The tag of a marked figure; pages that already define it get `<span data-kcc-mark>` instead. */
export const MARK_TAG = 'kcc-mark';
/** Every mark carries this attribute, whatever its tag. */
export const MARK_ATTRIBUTE = 'data-kcc-mark';
export const MARK_SELECTOR = `[${MARK_ATTRIBUTE}]`;

/**
 * True for the extension's own marks and for anything inside them. The popover's element is not in the
 * page's body, which is all that is read (page/popover/frame.ts).
 */
export function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(MARK_SELECTOR) != null;
}
