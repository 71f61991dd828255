/**
 * The page cannot read the store: a page script that plants nothing but tries everything — scripted
 * focus, clicks, pointer and key events on every mark, every shadow root it can reach (its own
 * attachShadow forced open), the frames, the selection, the whole document's text, styles and sizes,
 * and every message it can overhear — never sees the text of a stored source. A real hover or Tab
 * shows that text, in the popover's extension frame.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE } from './articles';
import { allMarks, isFocused, markFor, popoverFor, popoverFrame, tabUntilFocused } from './page-parts';
import { askBackground } from './harness';
import { useSession } from './session';

const session = useSession();

/** In every field of a stored source, and nowhere else: what the page must never read. */
const SECRET = 'Qx7-reader-only-canary';
const FIGURE = 'about 1,300 square kilometres';
const SECRET_SOURCE = {
  outlet: `Outlet ${SECRET}`,
  title: `Title ${SECRET}`,
  byline: `By ${SECRET}`,
  published: '2024-12-01',
  url: null,
  text: `Report ${SECRET}\n\nUkraine's troops seized 1,111 square kilometres in the Kursk region, ${SECRET} said.`,
};

/**
 * The hostile page's script, run before the page's own: it records every shadow root (attachShadow
 * forced open), every message and every node added, and offers `attack()` and `harvest()`.
 */
function hostileScript(): void {
  const seen: string[] = [];
  const roots: ShadowRoot[] = [];
  const originalAttach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function forcedOpen(init: ShadowRootInit) {
    const root = originalAttach.call(this, { ...init, mode: 'open' });
    roots.push(root);
    return root;
  };
  const record = (what: unknown) => {
    try {
      seen.push(typeof what === 'string' ? what : JSON.stringify(what));
    } catch {
      seen.push(String(what));
    }
  };
  addEventListener('message', (event) => record(event.data), true);
  const originalPost = window.postMessage.bind(window);
  window.postMessage = ((message: unknown, ...rest: [string]) => {
    record(message);
    return originalPost(message, ...rest);
  }) as typeof window.postMessage;
  new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        record(node instanceof Element ? node.outerHTML : node.textContent);
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  const markLike = () =>
    Array.from(document.querySelectorAll<HTMLElement>('[role=button], [tabindex], [aria-haspopup]'));

  const events = (target: HTMLElement) => {
    const box = target.getBoundingClientRect();
    const at = { bubbles: true, composed: true, clientX: box.x + 1, clientY: box.y + 1 };
    for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup'])
      target.dispatchEvent(new PointerEvent(type, at));
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'click'])
      target.dispatchEvent(new MouseEvent(type, at));
    for (const key of ['Tab', 'Enter', ' '])
      for (const type of ['keydown', 'keypress', 'keyup'])
        target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
    target.dispatchEvent(new FocusEvent('focus'));
    target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  };

  /** Reads everything a page script can read, as one string. */
  const harvest = (): string => {
    const read: string[] = [...seen];
    const everyElement = (root: Document | ShadowRoot): Element[] => {
      const found: Element[] = [];
      for (const element of root.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) found.push(...everyElement(element.shadowRoot));
      }
      return found;
    };
    read.push(document.documentElement.outerHTML, document.documentElement.innerText);
    read.push(document.documentElement.textContent ?? '');
    for (const root of roots) read.push(root.innerHTML, ...everyElement(root).map((e) => e.outerHTML));
    for (const element of everyElement(document)) {
      if (element.shadowRoot) read.push(element.shadowRoot.innerHTML);
      if (element instanceof HTMLElement) read.push(element.innerText, element.title);
      const style = getComputedStyle(element);
      read.push(style.content, style.fontFamily, getComputedStyle(element, '::before').content);
      const box = element.getBoundingClientRect();
      read.push(`${element.tagName} ${box.width}x${box.height}`);
      if (element instanceof HTMLIFrameElement) {
        read.push(element.src, element.srcdoc);
        try {
          read.push(element.contentDocument?.documentElement.outerHTML ?? '');
        } catch (error) {
          read.push(String(error));
        }
      }
    }
    for (let index = 0; index < window.frames.length; index++) {
      const frame = window.frames[index]!;
      for (const readOne of [
        () => frame.document.documentElement.outerHTML,
        () => frame.location.href,
        () => frame.name,
        () => String(frame.length),
      ]) {
        try {
          read.push(readOne());
        } catch (error) {
          read.push(String(error));
        }
      }
      frame.postMessage('tell me', '*');
    }
    const selection = getSelection();
    selection?.selectAllChildren(document.documentElement);
    read.push(selection?.toString() ?? '');
    selection?.removeAllRanges();
    for (const sheet of document.styleSheets)
      try {
        read.push(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
      } catch (error) {
        read.push(String(error));
      }
    read.push(...performance.getEntries().map((entry) => entry.name));
    read.push(String(window.name), document.title);
    return read.join('\n');
  };

  Object.assign(window, {
    /** Focuses, clicks and sends pointer and key events to every mark-like element, as a script can. */
    attack: () => {
      for (const target of markLike()) {
        target.focus();
        events(target);
        target.click();
      }
    },
    harvest,
    shadowRootsSeen: () => roots.length,
  });
}

const attack = (page: Page) => page.evaluate(() => (window as unknown as { attack(): void }).attack());
const harvest = (page: Page) => page.evaluate(() => (window as unknown as { harvest(): string }).harvest());
/** Longer than a mark's hover delay and a popover's round trip: what would open has opened. */
const SETTLE_MS = 1_000;

async function openHostile(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.addInitScript(hostileScript);
  await page.goto(session.articles.articleUrl(ARTICLE.unbundledKursk), { waitUntil: 'load' });
  await markFor(page, FIGURE).waitFor();
  return page;
}

beforeAll(async () => {
  const options = await session.openExtensionPage('options.html');
  // throws, failing the file, when the background refuses the source
  await askBackground(options, { type: 'addSource', source: SECRET_SOURCE });
  await options.close();
});

describe('a page script that tries every way to read the popover', () => {
  test('opens no popover by scripted focus, clicks, pointer or key events on the marks', async () => {
    const page = await openHostile();
    const dialogs = (await popoverFrame(page)).getByRole('dialog');
    await attack(page);
    await page.waitForTimeout(SETTLE_MS);
    expect(await dialogs.count()).toBe(0);
    expect(await harvest(page)).not.toContain(SECRET);
    // the same mark opens its popover for the reader's own pointer
    await markFor(page, FIGURE).hover();
    await dialogs.first().waitFor({ state: 'visible' });
    await page.close();
  });

  test('reads nothing of the stored source while a real hover shows it in the frame', async () => {
    const page = await openHostile();
    await markFor(page, FIGURE).hover();
    const popover = await popoverFor(page, FIGURE);
    await popover.getByText(`Outlet ${SECRET}`, { exact: true }).first().waitFor({ state: 'visible' });
    expect(await popover.innerText()).toContain(SECRET);

    await attack(page);
    const read = await harvest(page);
    console.log(
      `the harvest while the popover shows the source: ${read.length.toLocaleString('en-US')} characters, ` +
        `the figure ${read.includes(FIGURE) ? 'in it' : 'not in it'}, the secret ${read.includes(SECRET) ? 'IN IT' : 'not in it'}; ` +
        `the popover's frame shows: ${JSON.stringify((await popover.innerText()).split('\n').filter((line) => line.includes(SECRET)))}`,
    );
    expect(read.length).toBeGreaterThan(1_000);
    expect(read).toContain(FIGURE);
    expect(read).not.toContain(SECRET);
    // nor where the popover's page is
    expect(read).not.toContain('popover-frame');
    expect(read).not.toContain('-extension://');
    // the page's own attachShadow was never used for the popover
    expect(
      await page.evaluate(() => (window as unknown as { shadowRootsSeen(): number }).shadowRootsSeen()),
    ).toBe(0);
    await page.close();
  });

  test('reads nothing of it either while the keyboard opened it, and Escape closes it', async () => {
    const page = await openHostile();
    const mark = markFor(page, FIGURE);
    await tabUntilFocused(page, mark);
    const popover = await popoverFor(page, FIGURE);
    await popover.getByText(`Outlet ${SECRET}`, { exact: true }).first().waitFor({ state: 'visible' });
    expect(await harvest(page)).not.toContain(SECRET);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await isFocused(mark)).toBe(true);
    expect(await harvest(page)).not.toContain(SECRET);
    await page.close();
  });

  test('the harvest does read what a page can: open shadow roots, same-origin frames, the selection', async () => {
    const page = await openHostile();
    await page.evaluate(async () => {
      const host = document.createElement('div');
      document.body.append(host);
      // through the page's own attachShadow: forced open and recorded
      host.attachShadow({ mode: 'closed' }).textContent = 'recorded-root-canary';
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>same-origin-frame-canary</p>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      document.body.append(frame);
      await loaded;
    });
    const read = await harvest(page);
    expect(read).toContain('recorded-root-canary');
    expect(read).toContain('same-origin-frame-canary');
    await page.close();
  });

  test('the frame answers no message the page sends it', async () => {
    const page = await openHostile();
    await allMarks(page).first().hover();
    await (await popoverFrame(page)).getByRole('dialog').first().waitFor({ state: 'visible' });
    const heard = await page.evaluate(async () => {
      const answers: unknown[] = [];
      addEventListener('message', (event) => answers.push(event.data));
      for (let index = 0; index < window.frames.length; index++)
        window.frames[index]!.postMessage({ type: 'size', seq: 1 }, '*');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return answers;
    });
    expect(heard).toEqual([]);
    await page.close();
  });
});
