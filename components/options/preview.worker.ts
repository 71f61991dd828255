/// <reference lib="webworker" />
/**
 * Reads the figures of an article about to be added, off the options page's main thread: the engine
 * takes seconds over a very long paste, which would freeze the page.
 */
import { extract } from '../../engine/index';
import type { PreviewReply, PreviewRequest } from './previewMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = ({ data }: MessageEvent<PreviewRequest>) => {
  const reply: PreviewReply = { id: data.id, figures: extract(data.text, { published: data.published }) };
  scope.postMessage(reply);
};
