import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The name of the reference extension, which names the isolated world its content script runs in. */
export const FLOOR_EXTENSION_NAME = 'Content script floor';
export const FLOOR_CONTENT_SCRIPT = 'content-script.js';

/**
 * The least a content script like ours does on a page: it reaches the page's document, reaches the
 * extension's API and asks its background one question, and reaches the document again with the
 * answer. Nothing is read, compiled or marked beyond that.
 */
const CONTENT_SCRIPT = `const body = document.body;
chrome.runtime.sendMessage({ type: 'ping' }).then(() => body.firstChild);
`;

const BACKGROUND = `chrome.runtime.onMessage.addListener((_message, _sender, respond) => respond({ ok: true }));
`;

/**
 * Runs `work` with a minimal extension whose content script does only what every content script of
 * this kind must (see CONTENT_SCRIPT), on the bench's local pages. Measured like the product's own, it
 * gives this machine's floor: the main-thread time a page pays for any such content script at all.
 */
export async function withFloorExtension<T>(work: (directory: string) => Promise<T>): Promise<T> {
  const workDirectory = mkdtempSync(join(tmpdir(), 'kcc-floor-'));
  try {
    return await work(writeFloorExtension(join(workDirectory, 'extension')));
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}

function writeFloorExtension(directory: string): string {
  mkdirSync(directory);
  const manifest = {
    manifest_version: 3,
    name: FLOOR_EXTENSION_NAME,
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://127.0.0.1/*'], js: [FLOOR_CONTENT_SCRIPT], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(directory, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(directory, FLOOR_CONTENT_SCRIPT), CONTENT_SCRIPT);
  writeFileSync(join(directory, 'background.js'), BACKGROUND);
  return directory;
}
