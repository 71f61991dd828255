import type { Verdict } from '../../engine/types';

/**
 * How a mark looks: before its verdict is known (`pending`), by its verdict, `quiet` for a figure no
 * other source reports when the reader asked for such marks to be faint, `hidden` when they asked for
 * none (then the mark is no longer a mark to the eye).
 */
export type Look = 'pending' | Verdict | 'quiet' | 'hidden';

/**
 * Why the look lives in a closed shadow root of each mark, and nowhere else:
 *
 * - The verdict comes from the reader's store, so the page must not read it. A class, an attribute or a
 *   style on the mark (even keyed on a random value) lets the page group marks by it and learn which
 *   figures differ. Here the mark carries nothing but its figure's index; the verdict's look sits on an
 *   element inside a closed shadow root, which no page script reaches, and only changes paint
 *   (background and underline), never layout: the mark's box, its computed style and the page's
 *   layout are the same whatever the verdict. What the page can still learn is that a figure is marked,
 *   and, when the reader hides figures no other source reports, which figures those are (they lose
 *   their role and Tab stop).
 * - The same closed root keeps the marks visible against the page's own rules: an `!important`
 *   declaration of a shadow tree beats every `!important` rule of the page around it, its inline
 *   styles too (CSS Cascade, "context"). `all: revert` drops whatever the page's rules set on a span,
 *   so the mark is the text it wraps, as the page draws it, plus our look. Nothing of it is in the
 *   page's `document.styleSheets`, and it is in place the moment the mark is, with no message to the
 *   background and no wait.
 *
 * Each look has a colour and a shape, so that colour is never the only sign: agree a solid underline,
 * differ a wavy one, mixed a double one, other time a dashed one, no other source a dotted one (faint when quiet). In
 * forced-colours mode the browser sets the colours and the shapes still tell the verdicts apart.
 */
const STYLE = `
:host {
  all: revert !important;
  display: inline !important;
  visibility: visible !important;
  opacity: 1 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}
:host(:focus-visible) {
  outline: none !important;
}
.look {
  border-radius: 2px;
  cursor: help;
  text-decoration-line: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: 0.2em;
  text-decoration-skip-ink: none;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
/*
 * Colours are worked out from the text's own colour (relative colours), so they read on whatever the
 * page is drawn on, light or dark, and follow it when the page changes theme: dark hues by dark text,
 * light ones by light text. Each fixed colour before is for a browser without relative colours.
 */
:host(:focus-visible) .look {
  outline: 2px solid #1a5fb4;
  outline: 2px solid hsl(from currentColor 215 75 clamp(38, l, 75));
  outline-offset: 2px;
}
:host(:hover) .look:not(.hidden) {
  background-image: linear-gradient(rgba(128, 128, 128, 0.22), rgba(128, 128, 128, 0.22));
}
.pending, .none {
  background-color: rgba(255, 196, 0, 0.2);
  background-color: hsl(from currentColor 45 100 clamp(50, l, 70) / 0.2);
}
.pending { text-decoration-line: none; }
.none { text-decoration-style: dotted; text-decoration-color: currentColor; }
.agree {
  text-decoration-style: solid;
  text-decoration-color: #1a7f37;
  text-decoration-color: hsl(from currentColor 135 65 clamp(30, l, 65));
  background-color: rgba(26, 127, 55, 0.1);
  background-color: hsl(from currentColor 135 65 clamp(30, l, 65) / 0.12);
}
.differ {
  text-decoration-style: wavy;
  text-decoration-color: #c62828;
  text-decoration-color: hsl(from currentColor 3 70 clamp(42, l, 70));
  background-color: rgba(198, 40, 40, 0.1);
  background-color: hsl(from currentColor 3 70 clamp(42, l, 70) / 0.12);
}
.mixed {
  text-decoration-style: double;
  text-decoration-color: #b35900;
  text-decoration-color: hsl(from currentColor 30 90 clamp(38, l, 68));
  background-color: rgba(179, 89, 0, 0.1);
  background-color: hsl(from currentColor 30 90 clamp(38, l, 68) / 0.12);
}
.other-time {
  text-decoration-style: dashed;
  text-decoration-color: #6639ba;
  text-decoration-color: hsl(from currentColor 265 60 clamp(45, l, 78));
  background-color: rgba(102, 57, 186, 0.09);
  background-color: hsl(from currentColor 265 60 clamp(45, l, 78) / 0.12);
}
.quiet {
  text-decoration-style: dotted;
  text-decoration-thickness: 1px;
  text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
}
.hidden { text-decoration-line: none; cursor: auto; }
@media (forced-colors: active) {
  .look:not(.quiet) { text-decoration-color: LinkText; }
  :host(:focus-visible) .look { outline-color: Highlight; }
}
`;

/** Taken when the script starts: a content script's world does not share the page's prototypes. */
const attachShadow = Element.prototype.attachShadow;

/** The element inside each mark's closed root that carries its look; the page cannot reach it. */
const looks = new WeakMap<Element, HTMLElement>();

/**
 * The marks' one style sheet, adopted by every mark's root: a page with 10,000 marks with a <style> of
 * their own each took seconds of style work. Null where a sheet cannot be made or adopted here (then each
 * root gets a <style>).
 */
let shared: CSSStyleSheet | null | undefined;

function sharedSheet(root: ShadowRoot): CSSStyleSheet | null {
  if (shared === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
      shared = root.adoptedStyleSheets.length === 1 ? sheet : null;
    } catch {
      shared = null;
    }
  }
  return shared;
}

/** Gives a new mark its closed shadow root, the text shown through a slot, with the pending look. */
export function dressMark(mark: HTMLElement): void {
  const document = mark.ownerDocument;
  const root = attachShadow.call(mark, { mode: 'closed' });
  const sheet = sharedSheet(root);
  if (sheet) root.adoptedStyleSheets = [sheet];
  else {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
  const look = document.createElement('span');
  look.className = 'look pending';
  look.append(document.createElement('slot'));
  root.append(look);
  looks.set(mark, look);
}

/** Shows a look on a mark. */
export function setLook(mark: Element, look: Look): void {
  const element = looks.get(mark);
  if (element) element.className = `look ${look.replace(' ', '-')}`;
}

/** The look a figure's verdict gets, given the reader's choice for figures no other source reports. */
export function lookOf(verdict: Verdict, unmatched: 'show' | 'quiet' | 'hide'): Look {
  if (verdict !== 'none' || unmatched === 'show') return verdict;
  return unmatched === 'quiet' ? 'quiet' : 'hidden';
}
