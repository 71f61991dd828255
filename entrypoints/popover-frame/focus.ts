const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex="0"]';

/**
 * Keeps Tab within the popover, as in a dialog: from its last stop to its first and back. Returns true
 * when it moved focus (the key's own move is then to be prevented).
 */
export function wrapTab(dialog: HTMLElement, active: Element | null, backwards: boolean): boolean {
  const stops = [dialog, ...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (stop, index, all) => all.indexOf(stop) === index,
  );
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (backwards && (active === first || !dialog.contains(active))) {
    last.focus();
    return true;
  }
  if (!backwards && (active === last || !dialog.contains(active))) {
    first.focus();
    return true;
  }
  return false;
}
