import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { POPOVER_FRAME_PAGE } from '@/protocol/files';
import { watchBadges } from '@/background/badge';
import { createPopoverRelay } from '@/background/popoverRelay';
import { untilPlaced } from '@/background/compare/popoverFirst';
import type { CompareReply, ProgressEvent, Result } from '@/protocol/messages';
import { syncSiteScripts } from '@/utils/sites';
import { createHandlers, handleRequest, isBackgroundRequest } from '@/background/handlers';
import { getSettings, openStore, readerStamp, refreshIfStale, seedBundled } from '@/background/store/index';
import { handleFrom } from '@/background/senders';
import { welcomeOnInstall } from '@/background/welcome';

export default defineBackground(() => {
  const db = openStore();
  db.catch(reportFailure('open its database'));
  const handlers = db.then((store) =>
    createHandlers(store, { progress: broadcast, settingsChanged: syncSiteScripts }),
  );
  const syncSites = () =>
    db.then(getSettings).then(syncSiteScripts).catch(reportFailure('run on your sites'));

  // figures read by another version or claim taxonomy are read again, once, whatever the browser reports
  const stamp = readerStamp(browser.runtime.getManifest().version);
  const fresh = db.then((store) => refreshIfStale(store, stamp));
  fresh.catch(reportFailure('read its sources again'));

  browser.runtime.onInstalled.addListener(() =>
    db
      .then(async (store) => {
        await fresh.catch(() => undefined);
        await seedBundled(store);
      })
      .catch(reportFailure('store its bundled sources')),
  );

  browser.runtime.onInstalled.addListener(({ reason }) => welcomeOnInstall(reason));

  // each request only from the senders background/senders.ts allows it from
  const self = { id: browser.runtime.id, base: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    isBackgroundRequest(message) ? handleFrom(handlers, message, sender, self) : undefined,
  );

  // Each popover's content script and its frame (background/popoverRelay.ts).
  browser.runtime.onConnect.addListener(
    createPopoverRelay({
      extensionProtocol: new URL(browser.runtime.getURL('/')).protocol,
      framePath: `/${POPOVER_FRAME_PAGE}`,
      // the marks' verdicts wait until a popover answered is placed
      drawing: untilPlaced,
      compare: ({ figure, pageUrl, pageText }) =>
        handleRequest(handlers, { type: 'compare', figure, pageUrl, pageText }) as Promise<
          Result<CompareReply>
        >,
    }),
  );

  watchBadges();

  const permissions = browser.permissions as typeof browser.permissions | undefined;
  permissions?.onAdded?.addListener(syncSites);
  permissions?.onRemoved?.addListener(syncSites);
  void syncSites();
});

/** Tells open extension pages how a long operation is going; with none open there is no one to tell. */
function broadcast(event: ProgressEvent): void {
  browser.runtime.sendMessage(event).catch(() => undefined);
}

function reportFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`Kursk cross-check could not ${what}:`, error);
}
