import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchAdditions } from '@/utils/page/additions';
import { articleFacts, mentionsKursk } from '@/utils/page/article';
import { takeOverPage, type PageLifetime } from '@/utils/page/lifetime';
import type { FigureScanner } from '@/utils/page/scanner';
import { startMarking } from './marking';
import { answerPanel } from './panelRequests';

/**
 * The content script. The manifest runs it, with its style sheet, on the sites marked by default
 * (wxt.config.ts); utils/sites.ts on the sites the user turns on, and the panel on the page it is asked
 * to mark (entrypoints/popup/pageTab.ts). It is an unlisted script rather than WXT's content script:
 * WXT's context announces each start to the page and costs the page ~0.5 ms to compile and build.
 */
export default defineUnlistedScript({
  // no global variable: a copy the panel runs later shares this one's scope
  globalName: false,
  main: () => start(takeOverPage(() => browser.runtime?.id != null)),
});

/** How long a page's additions may keep coming before they are checked for Kursk. */
const KURSK_CHECK_DEBOUNCE_MS = 250;
/** How often the script checks that its extension is still there (disabled, removed or updated). */
const EXTENSION_CHECK_MS = 5_000;

function start(lifetime: PageLifetime): void {
  watchExtension(lifetime);
  let scanner: FigureScanner | null = null;
  answerPanel(lifetime, () => scanner);
  const article = articleFacts(document);
  whenKurskIsMentioned(lifetime, () => {
    scanner = startMarking(lifetime, article);
  });
}

/**
 * Ends the lifetime once the extension is gone, so that the page gets its text back: checked now and
 * then, and at once when the reader comes back to the page (from the browser's extensions page, say).
 */
function watchExtension(lifetime: PageLifetime): void {
  const check = () => void lifetime.isOver;
  const timer = setInterval(check, EXTENSION_CHECK_MS);
  lifetime.onEnd(() => clearInterval(timer));
  lifetime.addEventListener(document, 'visibilitychange', check);
  lifetime.addEventListener(window, 'focus', check);
}

/** Runs `then` once the page mentions Kursk: now, or when content that does arrives. */
function whenKurskIsMentioned(lifetime: PageLifetime, then: () => void): void {
  if (mentionsKursk(document.body.textContent)) return then();
  const observer = watchAdditions(document.body, {
    isOwn: () => false,
    onBlocks: (blocks) => {
      if (!blocks.some((block) => mentionsKursk(block.textContent))) return;
      observer.disconnect();
      then();
    },
    debounce: (callback) => lifetime.setTimeout(callback, KURSK_CHECK_DEBOUNCE_MS),
  });
  lifetime.onEnd(() => observer.disconnect());
}
