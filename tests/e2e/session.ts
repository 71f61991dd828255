import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startArticleServer, type ArticleServer } from '../../scripts/serve-articles';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './harness';

export interface Session {
  readonly browser: ExtensionBrowser;
  readonly articles: ArticleServer;
  /** Opens an article of the local server in a new tab and waits until it has loaded. */
  openArticle(id: string): Promise<Page>;
  /** Opens a page of the extension (e.g. `options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
}

/**
 * One browser with the extension and one article server for a whole test file, started before its
 * first test and closed after its last.
 */
export function useSession(options: LaunchOptions = {}): Session {
  let started: { browser: ExtensionBrowser; articles: ArticleServer } | null = null;
  const current = () => {
    if (!started) throw new Error('The browser session has not started: use it inside a test.');
    return started;
  };
  const open = async (url: string): Promise<Page> => {
    const page = await current().browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  beforeAll(async () => {
    const articles = await startArticleServer();
    started = { articles, browser: await launchExtensionBrowser(options) };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.articles.close();
    started = null;
  });

  return {
    get browser() {
      return current().browser;
    },
    get articles() {
      return current().articles;
    },
    openArticle: (id) => open(current().articles.articleUrl(id)),
    openExtensionPage: (path) => open(current().browser.extensionUrl(path)),
  };
}
