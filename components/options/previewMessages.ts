import type { Figure } from '../../engine/types';

/** What the options page asks its preview worker, and what it answers. */
export interface PreviewRequest {
  id: number;
  text: string;
  published: string | null;
}

export interface PreviewReply {
  id: number;
  figures: Figure[];
}
