import type { Page } from 'playwright-core';
import type { ContentReplies, ContentRequest, Result } from '../../protocol/messages';
import type { ExtensionBrowser } from './harness';

interface TabsApi {
  query(filter: object): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: ContentRequest): Promise<unknown>;
}

const ATTEMPTS = 20;
const PAUSE_BETWEEN_ATTEMPTS_MS = 500;

/**
 * Asks the content script of a page, through the extension's background, which figures it found —
 * what the toolbar panel asks. Retries while the content script is still starting; null if it never
 * answers (it does not run on the page).
 */
export async function pageFiguresOf(
  browser: ExtensionBrowser,
  page: Page,
): Promise<Result<ContentReplies['pageFigures']> | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const worker = browser.context
      .serviceWorkers()
      .find((candidate) => candidate.url().startsWith('chrome-extension://'));
    const reply = await worker?.evaluate(
      async ({ url }) => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
        for (const { id } of await tabs.query({})) {
          if (id === undefined) continue;
          try {
            const metadata = (await tabs.sendMessage(id, { type: 'pageMetadata' })) as Result<{
              url: string;
            }>;
            if (metadata.ok && metadata.value.url === url)
              return await tabs.sendMessage(id, { type: 'pageFigures' });
          } catch {
            // No content script in this tab.
          }
        }
        return null;
      },
      { url: page.url() },
    );
    if (reply) return reply as Result<ContentReplies['pageFigures']>;
    await page.waitForTimeout(PAUSE_BETWEEN_ATTEMPTS_MS);
  }
  return null;
}
