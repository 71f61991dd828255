/** The tag of a marked figure; pages that already define it get `<span data-kcc-mark>` instead. */
export const MARK_TAG = 'kcc-mark';
/** Every mark carries this attribute, whatever its tag. */
export const MARK_ATTRIBUTE = 'data-kcc-mark';
export const MARK_SELECTOR = `[${MARK_ATTRIBUTE}]`;

/** The element that holds the popover's shadow root. */
export const HOST_ATTRIBUTE = 'data-kcc-popover';
export const HOST_SELECTOR = `[${HOST_ATTRIBUTE}]`;

/** True for the extension's own marks and popover host, and for anything inside them. */
export function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(`${MARK_SELECTOR}, ${HOST_SELECTOR}`) != null;
}
