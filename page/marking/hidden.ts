/**
 * Text the page does not show must not enter a figure: "1,<span style="display:none">9</span>368 km²"
 * reads as a reader sees it, "1,368 km²". Inline elements are judged by their style; a whole block that
 * is hidden (a collapsed section) stays readable, as its text cannot join the text of another block and
 * its marks show when the page reveals it.
 */

/** Placed further than this off the page, an element is out of every reader's sight. */
const FAR_OFF = -999;

const styleOf = (element: Element): CSSStyleDeclaration | null =>
  element.ownerDocument.defaultView?.getComputedStyle(element) ?? null;

/**
 * True when an inline element and all it holds are out of sight: not displayed, or placed absolutely
 * where no one sees it (clipped to nothing, a pixel in size with its overflow hidden, or far off the page).
 */
export function isUnseenInline(element: Element): boolean {
  const style = styleOf(element);
  if (!style) return false;
  if (style.display === 'none') return true;
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  if (/^rect\((0|1)px,? (0|1)px,? (0|1)px,? (0|1)px\)$/.test(style.clip)) return true;
  if (/^inset\(50%\)$/.test(style.clipPath)) return true;
  if (parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1 && style.overflow !== 'visible')
    return true;
  if (parseFloat(style.left) <= FAR_OFF || parseFloat(style.top) <= FAR_OFF) return true;
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  // laid out entirely left of or above the page
  return box.width > 0 && !!view && (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0);
}

/** True when text right under `parent` is not drawn (visibility or a zero font size) though its block is. */
export function hidesItsText(parent: Element, block: Element): boolean {
  if (parent === block) return false;
  const style = styleOf(parent);
  if (!style || !unseenText(style)) return false;
  const blockStyle = styleOf(block);
  return !blockStyle || !unseenText(blockStyle);
}

const unseenText = (style: CSSStyleDeclaration): boolean =>
  style.visibility === 'hidden' || style.visibility === 'collapse' || parseFloat(style.fontSize) === 0;
