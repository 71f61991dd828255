import type { ProgressEvent } from '../../protocol/messages';

/** True for a progress broadcast of the background. */
export function isProgressEvent(message: unknown): message is ProgressEvent {
  if (typeof message !== 'object' || message === null) return false;
  const event = message as Partial<ProgressEvent>;
  return (
    event.type === 'progress' &&
    (event.operation === 'import' || event.operation === 'reset') &&
    typeof event.done === 'number' &&
    typeof event.total === 'number'
  );
}
