/**
 * Why the panel could not check a page, in words, from the browser's error: the browser's own pages
 * and the extension stores cannot be read by any extension; other sites need the reader's permission.
 */
export function whyNotChecked(error: string): string {
  if (
    /chrome:|edge:|about:|moz-extension:|chrome-extension:|extensions gallery|web ?store|addons\.mozilla/i.test(
      error,
    )
  )
    return 'Browsers do not let extensions read their own pages or the extension store, so this page cannot be checked.';
  if (/error page/i.test(error))
    return 'The page did not load (the browser shows its own error page). Reload it, then check it again.';
  if (/no tab|tab was closed|no frame|frame .* removed|navigated/i.test(error))
    return 'The page went away (closed, or another page opened in its tab). Open the panel again on the page to check.';
  if (/permission|cannot access|access to|host/i.test(error))
    return 'Kursk cross-check is not allowed to read this page. Open the panel from the page’s tab and try again, or turn marking on for this site below.';
  return 'Kursk cross-check could not read this page. Reload it and try again.';
}
