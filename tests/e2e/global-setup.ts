import { findChromium } from './browsers';
import { ensureBuilt } from './build';

/** Builds the Chrome and Firefox bundles once before the browser tests if they are missing or stale. */
export default function buildExtensionOnce(): void {
  const chromium = findChromium();
  if ('missing' in chromium) {
    // one line, no stack trace: what is missing and how to get it
    process.stderr.write(`Browser tests need Chromium: ${chromium.missing}\n`);
    process.exit(1);
  }
  ensureBuilt('chrome-mv3');
  ensureBuilt('firefox-mv2');
}
