import type { SourceSummary } from '../../../protocol/messages';

/** A listed source, as the options page gets it, with whatever the test changes. */
export const summary = (id: string, overrides: Partial<SourceSummary> = {}): SourceSummary => ({
  id,
  outlet: 'Reuters',
  title: `Title ${id}`,
  byline: null,
  published: '2025-03-16',
  url: null,
  enabled: true,
  origin: 'user',
  edited: false,
  addedAt: 0,
  updatedAt: 0,
  figureCount: 1,
  ...overrides,
});
