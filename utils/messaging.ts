import browser from 'webextension-polyfill';
import { replyOf } from '../protocol/replies';
import type {
  BackgroundReplies,
  BackgroundRequest,
  ContentReplies,
  ContentRequest,
  Result,
} from '../protocol/messages';

/** Sends a request to the background and returns its typed reply; a dead channel becomes an error result. */
export function ask<R extends BackgroundRequest>(request: R): Promise<Result<BackgroundReplies[R['type']]>> {
  return replyOf(() => browser.runtime.sendMessage(request), 'The extension did not answer.');
}

/** Sends a request to the content script of a tab. */
export async function askTab<R extends ContentRequest>(
  tabId: number,
  request: R,
): Promise<Result<ContentReplies[R['type']]>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request)) as
      Result<ContentReplies[R['type']]> | undefined;
    return reply ?? { ok: false, error: 'This page has no marks.' };
  } catch {
    return { ok: false, error: 'Kursk cross-check is not running on this page.' };
  }
}
