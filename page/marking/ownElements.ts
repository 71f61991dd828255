import { randomAttributeName } from './randomNames';

/**
 * A mark is a plain `<span>` carrying an attribute whose name is drawn at random for each page load,
 * its value the figure's index. Why a span rather than a custom element of a random name: a page sees
 * the marks appear (a MutationObserver reports them) and so learns any tag name; with a custom
 * element's name it could then `customElements.define` it and have its own class upgrade, and run on,
 * every mark (a constructor attaching a closed shadow root would empty them). A `span` can never be
 * defined or upgraded by a page, a name it cannot guess cannot be styled ahead of time, and its look is
 * kept in a closed shadow root of the mark (page/marking/markLook.ts) that beats any rule of the page.
 */
export const MARK_TAG = 'span';

/** The names of one page load, shared by the content script and the marking script in its world. */
interface SessionNames {
  attribute: string;
}

const NAMES_KEY = Symbol.for('kursk-cross-check.names');

/**
 * Drawn once per page load in the content script's world (which the page cannot read): the marking
 * script, loaded later into the same world, finds the same names there.
 */
function sessionNames(): SessionNames {
  const world = globalThis as unknown as Record<symbol, SessionNames | undefined>;
  return (world[NAMES_KEY] ??= { attribute: randomAttributeName() });
}

/** Every mark carries this attribute, valued with its figure's index. */
export const MARK_ATTRIBUTE = sessionNames().attribute;
export const MARK_SELECTOR = `[${MARK_ATTRIBUTE}]`;

/**
 * True for the extension's own marks and for anything inside them. The popover's element is not in the
 * page's body, which is all that is read (page/popover/frame.ts).
 */
export function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(MARK_SELECTOR) != null;
}
