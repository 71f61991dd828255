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

/** The marks' style on the page. */
export interface MarkStyle {
  /** Puts the style back if the page took it away (replaced the adopted sheets, removed the element). */
  keep(): void;
  remove(): void;
}

/**
 * Adds the marks' style to the page. A constructed style sheet adopted by the document needs no element
 * in the page (nothing the page's CSS could show or a script could move) and costs the page less than a
 * style element (about 0.7 ms of a typical article's marking, `npm run bench`); where a browser refuses
 * one from a content script, a style element.
 */
export function injectMarkStyle(document: Document): MarkStyle {
  try {
    return adoptMarkStyle(document);
  } catch {
    return appendMarkStyle(document);
  }
}

function adoptMarkStyle(document: Document): MarkStyle {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(MARK_CSS);
  const adopt = () => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]);
  adopt();
  return {
    keep: () => {
      if (!document.adoptedStyleSheets.includes(sheet)) adopt();
    },
    remove: () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}

function appendMarkStyle(document: Document): MarkStyle {
  const style = document.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  // Never shown, even where the page displays every element (`* { all: unset !important }`).
  style.style.setProperty('display', 'none', 'important');
  style.textContent = MARK_CSS;
  const append = () => (document.head ?? document.documentElement).append(style);
  append();
  return {
    keep: () => {
      if (!style.isConnected) append();
    },
    remove: () => style.remove(),
  };
}
