import browser from 'webextension-polyfill';
import { watchBadges } from '@/utils/badge/background';
import type { ProgressEvent } from '@/utils/protocol';
import { syncSiteScripts } from '@/utils/sites';
import { createHandlers, handleRequest, isBackgroundRequest } from '@/utils/store/handlers';
import { getSettings, openStore, refreshFigures, seedBundled } from '@/utils/store/index';

export default defineBackground(() => {
  const db = openStore();
  db.catch(reportFailure('open its database'));
  const handlers = db.then((store) =>
    createHandlers(store, { progress: broadcast, settingsChanged: syncSiteScripts }),
  );
  const syncSites = () =>
    db.then(getSettings).then(syncSiteScripts).catch(reportFailure('run on your sites'));

  browser.runtime.onInstalled.addListener(({ reason }) =>
    db
      .then(async (store) => {
        await seedBundled(store);
        if (reason === 'update') await refreshFigures(store);
      })
      .catch(reportFailure('store its bundled sources')),
  );

  browser.runtime.onMessage.addListener((message: unknown) =>
    isBackgroundRequest(message) ? handleRequest(handlers, message) : undefined,
  );

  watchBadges(db);

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
