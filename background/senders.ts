import { err, type BackgroundRequest } from '../protocol/messages';
import { handleRequest, type Handlers } from './handlers';
import { withoutHash } from './compare/askingPage';

/**
 * Who may send each request to the background. Every request type has a rule here (a type error
 * otherwise), so a new request must be placed in it.
 *
 * - `extension`: only the extension's own pages (the options page, the toolbar panel), never a content
 *   script or a frame of the extension inside a web page. Everything that reads or changes the store
 *   as a whole, or the settings.
 * - `page`: also content scripts, for what the figures of their own tab's page need. A request of this
 *   kind that names a tab (`tabId`) must name the sender's own.
 * - `content`: only a content script in the top frame of its tab, about that page (the address it
 *   names is the sender's), never an extension page or frame.
 */
export const WHO_MAY_SEND = {
  extract: 'page',
  // a page's popover is answered only to its extension frame, through the relay (background/popoverRelay.ts):
  // the content script never asks for, nor sees, what other sources say
  compare: 'extension',
  compareMany: 'page',
  listSources: 'extension',
  getSource: 'extension',
  addSource: 'extension',
  savePage: 'extension',
  updateSource: 'extension',
  setSourceEnabled: 'extension',
  deleteSource: 'extension',
  restoreSource: 'extension',
  importSources: 'extension',
  importFile: 'extension',
  exportSources: 'extension',
  // a page read, offered to keep; the background still refuses it when remembering is off
  rememberPage: 'content',
  resetBundled: 'extension',
  getSettings: 'extension',
  setSettings: 'extension',
} as const satisfies Record<BackgroundRequest['type'], Audience>;

export type Audience = 'extension' | 'page' | 'content';

/** What the browser says about who sent a message (`runtime.MessageSender`). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** The extension itself: its id and the start of its pages' URLs (`runtime.getURL('')`). */
export interface Self {
  id: string;
  base: string;
}

/**
 * What kind of sender this is: one of the extension's own pages (with no tab, e.g. the toolbar panel,
 * or as the top frame of a tab, e.g. the options page opened in one); a page's context (a content
 * script, or a frame of the extension inside a web page) with the id of its tab; or null for anything
 * else (another extension, a sender the browser says too little about).
 */
export function senderKind(
  sender: Sender,
  self: Self,
): { kind: 'extension' } | { kind: 'page'; tabId: number } | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  const { tab } = sender;
  // the top frame of a tab is the tab's page (whose address the browser may keep from the extension)
  const topOfItsTab = sender.frameId === 0 && (tab?.url === undefined || tab.url.startsWith(self.base));
  if (sender.url.startsWith(self.base) && (!tab || topOfItsTab)) return { kind: 'extension' };
  return typeof tab?.id === 'number' && tab.id >= 0 ? { kind: 'page', tabId: tab.id } : null;
}

export const REFUSED = 'Kursk cross-check does not answer this request from here.';

/** Why the sender may not send the request, or null when it may. */
export function refusal(request: BackgroundRequest, sender: Sender, self: Self): string | null {
  const kind = senderKind(sender, self);
  if (!kind) return REFUSED;
  if (WHO_MAY_SEND[request.type] === 'content') return isOwnPage(request, sender, self) ? null : REFUSED;
  if (kind.kind === 'extension') return null;
  if (WHO_MAY_SEND[request.type] !== 'page') return REFUSED;
  const named = (request as { tabId?: unknown }).tabId;
  return named === undefined || named === kind.tabId ? null : REFUSED;
}

/**
 * True when a content script in the top frame of its tab (not an extension page or frame, whose
 * address is the extension's) speaks of its own page: the address the request names is the sender's,
 * the fragment aside.
 */
function isOwnPage(request: BackgroundRequest, sender: Sender, self: Self): boolean {
  if (request.type !== 'rememberPage' || sender.frameId !== 0 || typeof sender.tab?.id !== 'number')
    return false;
  if (!sender.url || sender.url.startsWith(self.base)) return false;
  const address = (request.page as { url?: unknown } | undefined)?.url;
  const named = typeof address === 'string' ? withoutHash(address) : null;
  return named !== null && named === withoutHash(sender.url);
}

/** Answers a request with its handler if its sender may send it, and with a refusal otherwise. */
export function handleFrom(
  handlers: Handlers | Promise<Handlers>,
  request: BackgroundRequest,
  sender: Sender,
  self: Self,
): ReturnType<typeof handleRequest> {
  const refused = refusal(request, sender, self);
  return refused ? Promise.resolve(err(refused)) : handleRequest(handlers, request);
}
