import { MARK_SELECTOR, STYLE_ATTRIBUTE } from './ownElements';

/**
 * The marks' selector, with an id's weight (`:not(#id)` weighs as much as `#id`) so that a page's
 * important rules on roles, classes or tags (`[role=button] { visibility: hidden !important }`) lose
 * to ours even when they come later in the page.
 */
const MARK = `${MARK_SELECTOR}:not(#kcc-mark-never-an-id)`;

/** The marks' look: every rule important, so the page's own styles cannot hide or restyle them. */
export const MARK_CSS = `
${MARK} {
  display: inline !important;
  visibility: visible !important;
  opacity: 1 !important;
  color: inherit !important;
  background: rgba(255, 196, 0, 0.2) !important;
  border: 0 !important;
  border-bottom: 2px dotted currentColor !important;
  border-radius: 2px !important;
  margin: 0 !important;
  padding: 0 !important;
  text-decoration: none !important;
  cursor: help !important;
  box-decoration-break: clone !important;
}
${MARK}:hover { background: rgba(255, 196, 0, 0.38) !important; }
${MARK}:focus-visible { outline: 2px solid #1a5fb4 !important; outline-offset: 2px !important; }
@media (prefers-color-scheme: dark) {
  ${MARK} { background: rgba(255, 214, 102, 0.24) !important; }
  ${MARK}:hover { background: rgba(255, 214, 102, 0.4) !important; }
  ${MARK}:focus-visible { outline-color: #8cb8ff !important; }
}
`;

/** Adds the marks' single style element to the page; returns a function that takes it away. */
export function injectMarkStyle(document: Document): () => void {
  const style = document.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  // Never shown, even where the page displays every element (`* { all: unset !important }`).
  style.style.setProperty('display', 'none', 'important');
  style.textContent = MARK_CSS;
  (document.head ?? document.documentElement).append(style);
  return () => style.remove();
}
