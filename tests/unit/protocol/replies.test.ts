import { describe, expect, it } from 'vitest';
import { replyOf } from '../../../protocol/replies';

describe('message replies', () => {
  it('passes a reply through', async () => {
    expect(await replyOf(async () => ({ ok: true, value: 3 }), 'none')).toEqual({ ok: true, value: 3 });
  });

  it('turns no reply into an error result', async () => {
    expect(await replyOf(async () => undefined, 'The extension did not answer.')).toEqual({
      ok: false,
      error: 'The extension did not answer.',
    });
  });

  it('explains a channel that closed before the reply, in words a reader can act on', async () => {
    const closed = new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );
    const result = await replyOf(() => Promise.reject(closed), 'none');
    expect(result).toEqual({
      ok: false,
      error: 'The extension stopped before it answered. Please try again.',
    });
  });

  it('keeps other errors as they are', async () => {
    expect(await replyOf(() => Promise.reject(new Error('Storage is full')), 'none')).toEqual({
      ok: false,
      error: 'Storage is full',
    });
  });
});
