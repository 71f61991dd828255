import type { ContentRequest } from './messages';

const TYPES: ReadonlySet<string> = new Set<ContentRequest['type']>([
  'pageFigures',
  'focusFigure',
  'pageMetadata',
]);

/** True for the toolbar panel's requests to the content script (other messages are not for it). */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, index } = message as { type?: unknown; index?: unknown };
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  return type !== 'focusFigure' || (typeof index === 'number' && Number.isInteger(index));
}
