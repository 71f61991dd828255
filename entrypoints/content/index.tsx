import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchAdditions } from '@/utils/page/additions';
import { articleFacts, mentionsKursk } from '@/utils/page/article';
import { DEFAULT_MATCHES } from '@/utils/page/defaultSites';
import type { FigureScanner } from '@/utils/page/scanner';
import { startMarking } from './marking';
import './marks.css';
import { answerPanel } from './panelRequests';

/** How long a page's additions may keep coming before they are checked for Kursk. */
const KURSK_CHECK_DEBOUNCE_MS = 250;

export default defineContentScript({
  // Also run, with its style sheet, on the sites the user turns on (utils/sites.ts) and on the page the
  // panel is asked to mark (entrypoints/popup/pageTab.ts).
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => start(ctx),
});

/** How often the script checks that the extension is still there (disabled, removed or updated). */
const EXTENSION_CHECK_MS = 1_000;

function start(ctx: ContentScriptContext): void {
  // Reading `isInvalid` notices a lost extension and runs every `onInvalidated` cleanup, even on a page
  // nobody touches. (A plain interval: the context's own would check the extension twice a tick.)
  const watchdog = setInterval(() => ctx.isInvalid, EXTENSION_CHECK_MS);
  ctx.onInvalidated(() => clearInterval(watchdog));
  let scanner: FigureScanner | null = null;
  answerPanel(ctx, () => scanner);
  const article = articleFacts(document);
  whenKurskIsMentioned(ctx, () => {
    scanner = startMarking(ctx, article);
  });
}

/** Runs `then` once the page mentions Kursk: now, or when content that does arrives. */
function whenKurskIsMentioned(ctx: ContentScriptContext, then: () => void): void {
  if (mentionsKursk(document.body.textContent)) return then();
  const observer = watchAdditions(document.body, {
    isOwn: () => false,
    onBlocks: (blocks) => {
      if (!blocks.some((block) => mentionsKursk(block.textContent))) return;
      observer.disconnect();
      then();
    },
    debounce: (callback) => ctx.setTimeout(callback, KURSK_CHECK_DEBOUNCE_MS),
  });
  ctx.onInvalidated(() => observer.disconnect());
}
