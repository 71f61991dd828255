import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A reference extension with a content script: its name names the isolated world that script runs in. */
export interface Reference {
  name: string;
  script: string;
  /** Whether it marks the page. */
  marks: boolean;
}

export const FLOOR: Reference = { name: 'Content script floor', script: 'content-script.js', marks: false };
export const MARKING_FLOOR: Reference = { name: 'Marking floor', script: 'content-script.js', marks: true };
/** The reference import's name: it has no content script. */
const IMPORT_FLOOR_NAME = 'Import floor';
/** The reference import's page, which the bench drives as it drives the product's options page. */
export const IMPORT_FLOOR_PAGE = 'options.html';

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
 * The least a content script that marks figures does, whatever it marks: it hands the page's text to
 * its background once, wraps each figure the answer names in a mark a reader can reach by keyboard
 * and pointer, and in an idle moment makes the hidden frame a popover is drawn in (the popover's
 * content out of the page's reach). No Kursk check, no script loaded, no shadow roots, no watching.
 */
const MARKING_CONTENT_SCRIPT = `const nodes = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
chrome.runtime.sendMessage({ texts: nodes.map((node) => node.data) }).then((figures) => {
  for (const [index, start, end] of figures) {
    const range = document.createRange();
    range.setStart(nodes[index], start);
    range.setEnd(nodes[index], end);
    const mark = document.createElement('span');
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.tabIndex = 0;
    mark.style.borderBottom = '2px dotted';
    range.surroundContents(mark);
  }
  for (const type of ['pointerover', 'focusin']) document.addEventListener(type, () => {}, true);
  requestIdleCallback(() => {
    const frame = document.createElement('iframe');
    frame.src = chrome.runtime.getURL('frame.html');
    frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 360px; height: 240px; border: 0; visibility: hidden';
    document.documentElement.append(frame);
  });
});
`;

/** Names the first `marks` numbers of the texts, last first so that each wrap leaves the next in place. */
const markingBackground = (
  marks: number,
) => `chrome.runtime.onMessage.addListener(({ texts }, _sender, respond) => {
  const figures = [];
  texts.forEach((text, index) => {
    for (const match of text.matchAll(/\\d+(?:[.,]\\d+)*/g))
      if (figures.length < ${marks}) figures.push([index, match.index, match.index + match[0].length]);
  });
  respond(figures.reverse());
});
`;

/**
 * Runs `work` with a minimal extension whose content script does only what every content script of
 * this kind must (see CONTENT_SCRIPT), on the bench's local pages. Measured like the product's own, it
 * gives this machine's floor: the main-thread time a page pays for any such content script at all.
 */
export function withFloorExtension<T>(work: (directory: string) => Promise<T>): Promise<T> {
  return withReference(FLOOR.name, { file: FLOOR.script, text: CONTENT_SCRIPT }, BACKGROUND, work);
}

/**
 * Runs `work` with a minimal extension that marks the first `marks` numbers of a page (see
 * MARKING_CONTENT_SCRIPT): the least that marking as many figures as the product costs a page.
 */
export function withMarkingFloorExtension<T>(
  marks: number,
  work: (directory: string) => Promise<T>,
): Promise<T> {
  return withReference(
    MARKING_FLOOR.name,
    { file: MARKING_FLOOR.script, text: MARKING_CONTENT_SCRIPT },
    markingBackground(marks),
    work,
    { web_accessible_resources: [{ resources: ['frame.html'], matches: ['http://127.0.0.1/*'] }] },
    { 'frame.html': '<!doctype html><title>Popover</title><p>Popover</p>\n' },
  );
}

/**
 * The least an import of a source file does: its page hands the chosen file to the background as an
 * object URL, and the background reads it, says so, and writes each source as one record in one
 * transaction. Nothing is checked or read for figures.
 */
const IMPORT_PAGE = `<!doctype html><title>Import</title><input type="file"><progress aria-label="Importing sources" max="1"></progress><p role="status"></p>
<script src="options.js"></script>
`;

const IMPORT_PAGE_SCRIPT = `const status = document.querySelector('[role=status]');
chrome.runtime.onMessage.addListener((message) => {
  if (message.type === 'progress') document.querySelector('progress').value = message.share;
});
document.querySelector('input').addEventListener('change', async (event) => {
  const url = URL.createObjectURL(event.target.files[0]);
  const { sources } = await chrome.runtime.sendMessage({ type: 'import', url });
  status.textContent = 'Imported ' + sources + ' sources';
});
`;

const IMPORT_BACKGROUND = `const opened = new Promise((resolve, reject) => {
  const request = indexedDB.open('sources', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('sources', { keyPath: 'id' });
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
async function importFile(url) {
  const { sources } = await (await fetch(url)).json();
  await chrome.runtime.sendMessage({ type: 'progress', share: 0.5 });
  const db = await opened;
  const transaction = db.transaction('sources', 'readwrite');
  const store = transaction.objectStore('sources');
  for (const source of sources) store.put(source);
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  return { sources: sources.length };
}
chrome.runtime.onMessage.addListener((message, _sender, respond) => {
  if (message.type !== 'import') return;
  importFile(message.url).then(respond);
  return true;
});
`;

/**
 * Runs `work` with a minimal extension that only stores the sources of a file chosen in its page (see
 * IMPORT_BACKGROUND): the least an import of that file costs, with no figure read or checked.
 */
export function withImportFloorExtension<T>(work: (directory: string) => Promise<T>): Promise<T> {
  return withReference(
    IMPORT_FLOOR_NAME,
    null,
    IMPORT_BACKGROUND,
    work,
    {},
    {
      [IMPORT_FLOOR_PAGE]: IMPORT_PAGE,
      'options.js': IMPORT_PAGE_SCRIPT,
    },
  );
}

async function withReference<T>(
  name: string,
  /** Its content script, run on the bench's pages, if it has one. */
  script: { file: string; text: string } | null,
  background: string,
  work: (directory: string) => Promise<T>,
  manifestMore: object = {},
  files: Record<string, string> = {},
): Promise<T> {
  const workDirectory = mkdtempSync(join(tmpdir(), 'kcc-floor-'));
  try {
    const directory = join(workDirectory, 'extension');
    mkdirSync(directory);
    const manifest = {
      manifest_version: 3,
      name,
      version: '1.0',
      background: { service_worker: 'background.js' },
      ...(script && {
        content_scripts: [{ matches: ['http://127.0.0.1/*'], js: [script.file], run_at: 'document_idle' }],
      }),
      ...manifestMore,
    };
    writeFileSync(join(directory, 'manifest.json'), JSON.stringify(manifest));
    if (script) writeFileSync(join(directory, script.file), script.text);
    writeFileSync(join(directory, 'background.js'), background);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
    return await work(directory);
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}
