import browser from 'webextension-polyfill';

/** The page shown once after installing. */
export const WELCOME_PAGE = 'welcome.html';

/** Opens the welcome page in a new tab when the extension is first installed (not on updates). */
export async function welcomeOnInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(`/${WELCOME_PAGE}`) });
  } catch (error) {
    console.error('Kursk cross-check could not show its welcome page:', error);
  }
}
