import { ensureBuilt } from './build';

/** Builds the Chrome and Firefox bundles once before the browser tests if they are missing or stale. */
export default function buildExtensionOnce(): void {
  ensureBuilt('chrome-mv3');
  ensureBuilt('firefox-mv2');
}
