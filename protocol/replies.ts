import type { Result } from './messages';

/** Browser messages that mean the other side went away (a stopped service worker, an updated extension). */
const CHANNEL_LOST = /message channel closed|receiving end does not exist|extension context invalidated/i;

/**
 * Awaits a message's reply as a `Result`: no reply or a lost channel become error results with a message
 * a reader can act on, never an exception.
 */
export async function replyOf<T>(send: () => Promise<unknown>, noReply: string): Promise<Result<T>> {
  try {
    const reply = (await send()) as Result<T> | undefined;
    return reply ?? { ok: false, error: noReply };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: CHANNEL_LOST.test(message)
        ? 'The extension stopped before it answered. Please try again.'
        : message,
    };
  }
}
