/**
 * Whether the page is light or dark around an element: the first background behind it that is mostly
 * opaque, by its relative luminance; a page that paints none is the browser's white, unless it asks
 * for a dark scheme. The popover takes the same: a light card on a light article, a dark one on a dark.
 */
export function pageTheme(element: Element): 'light' | 'dark' {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let at: Element | null = element; at; at = at.parentElement) {
    const rgba = parseColour(view.getComputedStyle(at).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme;
  return /^\s*dark/.test(scheme ?? '') ? 'dark' : 'light';
}

/** "rgb(18, 18, 18)", "rgba(0, 0, 0, 0)" → [r, g, b, a]; null for anything else. */
export function parseColour(colour: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(colour);
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}
