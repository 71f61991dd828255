/**
 * Messaging for the content script through the browser's own promise-based `browser`/`chrome` API
 * (as WXT exposes it) rather than webextension-polyfill, which would take an eighth of the content
 * script's size budget. Same contract as `utils/messaging`.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundReplies,
  BackgroundRequest,
  ContentReplies,
  ContentRequest,
  Result,
} from '../../protocol/messages';
import { replyOf } from '../../protocol/replies';
import { isContentRequest } from '../../protocol/content';

/** Sends a request to the background and returns its typed reply; a dead channel becomes an error result. */
export function askBackground<R extends BackgroundRequest>(
  request: R,
): Promise<Result<BackgroundReplies[R['type']]>> {
  return replyOf(() => browser.runtime.sendMessage(request), 'The extension did not answer.');
}

export type PanelRequestHandler = (
  request: ContentRequest,
) => Promise<Result<ContentReplies[ContentRequest['type']]>>;

/** Answers the toolbar panel's requests; other messages are left to other listeners. Returns the way to stop. */
export function answerPanelRequests(handle: PanelRequestHandler): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    if (!isContentRequest(message)) return false;
    void handle(message).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
