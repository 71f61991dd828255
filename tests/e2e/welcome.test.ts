import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, welcomePage, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({ keepWelcome: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('first run', () => {
  test('installing the extension opens the welcome page in a tab of its own', async () => {
    const page = await welcomePage(browser.context, browser.extensionId, 30_000);
    expect(page, 'no welcome page opened after install').not.toBeNull();
    await page!.getByRole('heading', { level: 1 }).waitFor();
    const headings = await page!.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual([
      'Marks',
      'Verdicts',
      'Where the sources come from',
      'Adding and importing sources',
      'Privacy',
    ]);
    expect(await page!.getByRole('main').innerText()).toMatch(/Nothing leaves your browser\./);
    expect(browser.problems).toEqual([]);
  });

  test('its button opens the options page', async () => {
    const page = (await welcomePage(browser.context, browser.extensionId))!;
    const opened = browser.context.waitForEvent('page', {
      predicate: (candidate) => candidate.url().includes('/options.html'),
    });
    await page.getByRole('button', { name: 'Open sources and settings' }).click();
    const options = await opened;
    await options.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
  });

  test('it is not opened again when the browser starts with the extension installed', async () => {
    const pages = browser.context.pages().filter((page) => page.url().endsWith('/welcome.html'));
    expect(pages).toHaveLength(1);
  });
});
