import browser from 'webextension-polyfill';
import type { ProgressEvent } from '@/utils/protocol';
import { syncSiteScripts } from '@/utils/sites';
import { createHandlers, handleRequest, isBackgroundRequest } from '@/utils/store/handlers';
import { getSettings, openStore, refreshFigures, seedBundled } from '@/utils/store/index';

export default defineBackground(() => {
  const db = openStore();
  const handlers = db.then((store) =>
    createHandlers(store, { progress: broadcast, settingsChanged: syncSiteScripts }),
  );
  const syncSites = () => void db.then(getSettings).then(syncSiteScripts, reportFailure);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void db
      .then(async (store) => {
        await seedBundled(store);
        if (reason === 'update') await refreshFigures(store);
      })
      .catch(reportFailure);
  });

  browser.runtime.onMessage.addListener((message: unknown) =>
    isBackgroundRequest(message) ? handleRequest(handlers, message) : undefined,
  );

  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  syncSites();
});

/** Tells open extension pages how a long operation is going; with none open there is no one to tell. */
function broadcast(event: ProgressEvent): void {
  browser.runtime.sendMessage(event).catch(() => undefined);
}

function reportFailure(error: unknown): void {
  console.error('Kursk cross-check could not prepare its sources:', error);
}
