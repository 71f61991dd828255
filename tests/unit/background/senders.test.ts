import { describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '../../../protocol/messages';
import type { Handlers } from '../../../background/handlers';
import {
  handleFrom,
  REFUSED,
  senderKind,
  WHO_MAY_SEND,
  type Self,
  type Sender,
} from '../../../background/senders';
import { userArticle } from './store/helpers';

type RequestType = BackgroundRequest['type'];
type Requests = { [K in RequestType]: Extract<BackgroundRequest, { type: K }> };

const self: Self = { id: 'kcc-id', base: 'chrome-extension://kcc-id/' };
const PAGE = 'https://news.example/kursk';

/** One request of every type (a type error when a request type has none). */
const SAMPLES: Requests = {
  extract: { type: 'extract', texts: ['Kursk'], published: '2024-08-20', site: 'news.example' },
  compare: {
    type: 'compare',
    pageUrl: PAGE,
    figure: {
      text: '1,000 square km',
      value: 1000,
      unit: 'km2',
      qualifier: null,
      claim: null,
      asOf: null,
      normalized: 1000,
      sentence: 'It holds 1,000 square km.',
    } as unknown as Requests['compare']['figure'],
  },
  compareMany: { type: 'compareMany', figures: [], pageUrl: PAGE },
  listSources: { type: 'listSources' },
  getSource: { type: 'getSource', id: 'a' },
  addSource: { type: 'addSource', source: userArticle },
  savePage: { type: 'savePage', source: userArticle },
  updateSource: { type: 'updateSource', id: 'a', metadata: { title: 'T' } },
  setSourceEnabled: { type: 'setSourceEnabled', id: 'a', enabled: false },
  deleteSource: { type: 'deleteSource', id: 'a' },
  restoreSource: {
    type: 'restoreSource',
    source: {
      ...userArticle,
      id: 'a',
      enabled: true,
      origin: 'user',
      edited: false,
      addedAt: 1,
      updatedAt: 1,
    },
  },
  importSources: { type: 'importSources', json: '{}' },
  importFile: { type: 'importFile', url: 'blob:chrome-extension://kcc-id/1', name: 'sources.json' },
  exportSources: { type: 'exportSources' },
  rememberPage: {
    type: 'rememberPage',
    page: { url: `${PAGE}#top`, title: 'T', outlet: null, published: null, text: 'Kursk' },
  },
  resetBundled: { type: 'resetBundled' },
  getSettings: { type: 'getSettings' },
  setSettings: { type: 'setSettings', settings: { tolerance: 0.2 } },
};

/** What a page's figures need: a content script may ask these for its own page. */
const FOR_PAGES: RequestType[] = ['extract', 'compareMany'];
/** A page's own text, offered to keep: only from the content script of the page's top frame. */
const FOR_CONTENT_SCRIPTS: RequestType[] = ['rememberPage'];
/**
 * The store as a whole, the settings, and what other sources say of a figure (a page's popover gets that
 * only in its extension frame): only the extension's own pages.
 */
const FOR_EXTENSION_PAGES: RequestType[] = [
  'compare',
  'listSources',
  'getSource',
  'addSource',
  'savePage',
  'updateSource',
  'setSourceEnabled',
  'deleteSource',
  'restoreSource',
  'importSources',
  'importFile',
  'exportSources',
  'resetBundled',
  'getSettings',
  'setSettings',
];

const optionsUrl = `${self.base}options.html`;
const SENDERS = {
  optionsPageInTab: { id: self.id, url: optionsUrl, frameId: 0, tab: { id: 3, url: optionsUrl } },
  optionsPageInTabUrlHidden: { id: self.id, url: optionsUrl, frameId: 0, tab: { id: 3 } },
  toolbarPanel: { id: self.id, url: `${self.base}popup.html` },
  contentScript: { id: self.id, url: PAGE, frameId: 0, tab: { id: 7, url: PAGE } },
  contentScriptUrlHidden: { id: self.id, url: PAGE, frameId: 0, tab: { id: 7 } },
  extensionFrameInPage: {
    id: self.id,
    url: `${self.base}popover-view.html`,
    frameId: 2,
    tab: { id: 7, url: PAGE },
  },
  extensionFrameInPageUrlHidden: {
    id: self.id,
    url: `${self.base}popover-view.html`,
    frameId: 2,
    tab: { id: 7 },
  },
  extensionTopFrameOfWebTab: { id: self.id, url: optionsUrl, frameId: 0, tab: { id: 7, url: PAGE } },
  pageOfLookAlikeHost: {
    id: self.id,
    url: 'chrome-extension://kcc-id.example/options.html',
    frameId: 0,
    tab: { id: 7 },
  },
} satisfies Record<string, Sender>;
const NOBODY = {
  otherExtension: { id: 'other', url: 'chrome-extension://other/options.html' },
  noUrl: { id: self.id },
  noTabNoExtensionUrl: { id: self.id, url: PAGE },
  tabWithoutId: { id: self.id, url: PAGE, frameId: 0, tab: {} },
} satisfies Record<string, Sender>;

const EXTENSION_SENDERS = ['optionsPageInTab', 'optionsPageInTabUrlHidden', 'toolbarPanel'] as const;
const PAGE_SENDERS = [
  'contentScript',
  'contentScriptUrlHidden',
  'extensionFrameInPage',
  'extensionFrameInPageUrlHidden',
  'extensionTopFrameOfWebTab',
  'pageOfLookAlikeHost',
] as const;

function stubHandlers(): Handlers {
  const entries = Object.keys(SAMPLES).map((type) => [type, vi.fn(async () => `answered ${type}`)]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

async function send(type: RequestType, sender: Sender, request: BackgroundRequest = SAMPLES[type]) {
  const handlers = stubHandlers();
  const reply = await handleFrom(handlers, request, sender, self);
  return { reply, called: vi.mocked(handlers[type]).mock.calls.length > 0 };
}

describe('who may send each request', () => {
  it('every request type has a rule, and the tests below place each in one list', () => {
    expect(Object.keys(WHO_MAY_SEND).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect([...FOR_PAGES, ...FOR_CONTENT_SCRIPTS, ...FOR_EXTENSION_PAGES].sort()).toEqual(
      Object.keys(SAMPLES).sort(),
    );
  });

  it('tells the kinds of sender apart', () => {
    for (const name of EXTENSION_SENDERS)
      expect(senderKind(SENDERS[name], self), name).toEqual({ kind: 'extension' });
    for (const name of PAGE_SENDERS)
      expect(senderKind(SENDERS[name], self), name).toEqual({ kind: 'page', tabId: 7 });
    for (const [name, sender] of Object.entries(NOBODY)) expect(senderKind(sender, self), name).toBeNull();
  });

  describe.each(FOR_EXTENSION_PAGES)('%s', (type) => {
    it.each(EXTENSION_SENDERS)('is answered for the %s', async (name) => {
      expect(await send(type, SENDERS[name])).toEqual({
        reply: { ok: true, value: `answered ${type}` },
        called: true,
      });
    });
    it.each([...PAGE_SENDERS, ...Object.keys(NOBODY)])('is refused to %s, unread', async (name) => {
      const sender = (SENDERS as Record<string, Sender>)[name] ?? (NOBODY as Record<string, Sender>)[name]!;
      expect(await send(type, sender)).toEqual({ reply: { ok: false, error: REFUSED }, called: false });
    });
  });

  describe.each(FOR_PAGES)('%s', (type) => {
    it.each([...EXTENSION_SENDERS, ...PAGE_SENDERS])('is answered for the %s', async (name) => {
      expect(await send(type, SENDERS[name])).toEqual({
        reply: { ok: true, value: `answered ${type}` },
        called: true,
      });
    });
    it.each(Object.keys(NOBODY))('is refused to %s', async (name) => {
      const sender = (NOBODY as Record<string, Sender>)[name]!;
      expect(await send(type, sender)).toEqual({ reply: { ok: false, error: REFUSED }, called: false });
    });
    it("is refused to a content script when it names another tab than the sender's", async () => {
      const naming = (tabId: number) => ({ ...SAMPLES[type], tabId }) as unknown as BackgroundRequest;
      expect(await send(type, SENDERS.contentScript, naming(8))).toEqual({
        reply: { ok: false, error: REFUSED },
        called: false,
      });
      expect(await send(type, SENDERS.contentScript, naming(7))).toMatchObject({ called: true });
    });
  });

  describe.each(FOR_CONTENT_SCRIPTS)('%s', (type) => {
    it.each(['contentScript', 'contentScriptUrlHidden'] as const)(
      'is answered for the %s of the page it names',
      async (name) => {
        expect(await send(type, SENDERS[name])).toEqual({
          reply: { ok: true, value: `answered ${type}` },
          called: true,
        });
      },
    );
    it.each([
      ...EXTENSION_SENDERS,
      'extensionFrameInPage',
      'extensionFrameInPageUrlHidden',
      'extensionTopFrameOfWebTab',
      'pageOfLookAlikeHost',
      ...Object.keys(NOBODY),
    ])('is refused to %s, unread', async (name) => {
      const sender = (SENDERS as Record<string, Sender>)[name] ?? (NOBODY as Record<string, Sender>)[name]!;
      expect(await send(type, sender)).toEqual({ reply: { ok: false, error: REFUSED }, called: false });
    });
    it('is refused to a content script of a frame inside the page, or about another page', async () => {
      const inFrame = { ...SENDERS.contentScript, frameId: 3, url: 'https://ads.example/frame' };
      const framed = { ...SAMPLES.rememberPage, page: { ...SAMPLES.rememberPage.page, url: inFrame.url } };
      expect(await send(type, inFrame, framed)).toMatchObject({ reply: { error: REFUSED }, called: false });
      for (const url of ['https://news.example/other', 'https://elsewhere.example/kursk', 'not an address']) {
        const other = { ...SAMPLES.rememberPage, page: { ...SAMPLES.rememberPage.page, url } };
        expect(await send(type, SENDERS.contentScript, other), url).toMatchObject({
          reply: { error: REFUSED },
          called: false,
        });
      }
      const noPage = { type: 'rememberPage' } as unknown as BackgroundRequest;
      expect(await send(type, SENDERS.contentScript, noPage)).toMatchObject({ called: false });
    });
  });
});
