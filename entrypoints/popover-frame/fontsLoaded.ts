/** What `whenFontsLoaded` reads of `document.fonts`. */
export interface Fonts {
  status: FontFaceSetLoadStatus;
  ready: Promise<unknown>;
}

/**
 * Runs `again` once the fonts are in, when some were still loading after a drawing was laid out: that
 * layout used a fallback font, and its size is measured again. When none was loading (the popover's
 * fonts are the system's, which are not loaded apart from the layout), nothing runs: measuring every
 * drawing again laid it out twice more before it was first painted.
 */
export function whenFontsLoaded(fonts: Fonts, again: () => void): void {
  if (fonts.status === 'loaded') return;
  void fonts.ready.then(again);
}
