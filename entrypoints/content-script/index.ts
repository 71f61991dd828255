import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchAdditions } from '@/page/boot/additions';
import { textMentionsKursk } from '@/page/boot/article';
import { answerPanelRequests } from '@/page/boot/extension';
import { takeOverPage, type PageLifetime } from '@/page/boot/lifetime';
import { loadMarkingScript, type PanelAnswer } from '@/page/boot/markingScript';
import type { FigureScanner } from '@/page/marking/scanner';

/**
 * The content script. The manifest runs it, with its style sheet, on the sites marked by default
 * (wxt.config.ts); utils/sites.ts on the sites the user turns on, and the panel on the page it is asked
 * to mark (entrypoints/popup/pageTab.ts). It only watches for Kursk and for the panel, and loads the
 * marking script (entrypoints/marking) when needed. It is an unlisted script rather than WXT's content
 * script, whose context announces each start to the page.
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
  let marked: Promise<FigureScanner | null> = Promise.resolve(null);
  lifetime.onEnd(
    answerPanelRequests(async (request): Promise<PanelAnswer> => {
      try {
        const scanner = await marked;
        return await (await loadMarkingScript()).answer(request, scanner);
      } catch (error) {
        return { ok: false, error: `The page could not be read: ${String(error)}` };
      }
    }),
  );
  whenKurskIsMentioned(lifetime, () => {
    marked = loadMarkingScript().then(
      (marking) => (lifetime.isOver ? null : marking.mark(lifetime)),
      // the extension went away or was updated meanwhile: nothing is marked
      () => null,
    );
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
  if (textMentionsKursk(document.body)) return then();
  const observer = watchAdditions(document.body, {
    isOwn: () => false,
    onBlocks: (blocks) => {
      if (!blocks.some(textMentionsKursk)) return;
      observer.disconnect();
      then();
    },
    debounce: (callback) => lifetime.setTimeout(callback, KURSK_CHECK_DEBOUNCE_MS),
  });
  lifetime.onEnd(() => observer.disconnect());
}
