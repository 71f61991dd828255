import { z } from 'zod';
import { sourceSchema, type Source } from '../../data/schema';
import { bundledSources } from '../../data/sources/index';
import { extract } from '../../engine/index';
import type { SourceMetadata, SourceSummary, StoredFigure, StoredSource } from '../../protocol/messages';
import type { FigureSet, SourceDetails } from './schema';

export const METADATA_KEYS = [
  'outlet',
  'title',
  'byline',
  'published',
  'url',
] as const satisfies readonly (keyof SourceMetadata)[];

export const metadataSchema = sourceSchema.pick({
  outlet: true,
  title: true,
  byline: true,
  published: true,
  url: true,
});
export const newSourceSchema = metadataSchema.extend({ text: sourceSchema.shape.text });
export const storedSourceSchema = newSourceSchema.extend({
  id: sourceSchema.shape.id,
  publishedNote: sourceSchema.shape.publishedNote.optional(),
  enabled: z.boolean(),
  origin: z.enum(['bundled', 'user', 'read']),
  edited: z.boolean(),
  addedAt: z.number(),
  updatedAt: z.number(),
});

export const bundledById: ReadonlyMap<string, Source> = new Map(bundledSources.map((s) => [s.id, s]));

/** The figures of a source, ready to store: ids `${sourceId}#${index}`. */
export function figuresOf(source: Pick<StoredSource, 'id' | 'text' | 'published'>): StoredFigure[] {
  // the engine's figures are this call's own: given their ids in place rather than copied, since
  // copying figures of several shapes (with a noun or not, paired or not) takes V8's slow path, which
  // cost a few percent of an import's reading; the keys keep the order the copy gave them
  return extract(source.text, { published: source.published }).map((figure, index) =>
    Object.assign(figure, { id: `${source.id}#${index}`, sourceId: source.id, index }),
  );
}

/** A source without its text. */
export function detailsOf(source: StoredSource): SourceDetails {
  const { text: _text, ...details } = source;
  return details;
}

/** The record of a source's details and figures. */
export function figureSetOf(source: StoredSource, figures: StoredFigure[]): FigureSet {
  const claims = new Set<string>();
  for (const { claim } of figures) if (claim !== null) claims.add(claim);
  return { sourceId: source.id, claims: [...claims], source: detailsOf(source), figures };
}

export function toSummary(source: StoredSource, figureCount: number): SourceSummary {
  return { ...detailsOf(source), figureCount };
}

/** Only the metadata fields of `input` that are set. */
export function pickMetadata(input: Partial<SourceMetadata>): Partial<SourceMetadata> {
  return Object.fromEntries(
    METADATA_KEYS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
  );
}

/** True when the source's text and metadata are those of the bundled original. */
function matchesBundled(source: Source): boolean {
  const original = bundledById.get(source.id);
  return (
    original !== undefined &&
    source.text === original.text &&
    METADATA_KEYS.every((key) => source[key] === original[key])
  );
}

/**
 * A source from a source file as stored. Bundled ids stay bundled, counted as edited when they
 * differ from the original; `previous` keeps its `addedAt`.
 */
export function storedFromFile(source: Source, now: number, previous?: StoredSource): StoredSource {
  const bundled = bundledById.has(source.id);
  return {
    id: source.id,
    outlet: source.outlet,
    title: source.title,
    byline: source.byline,
    published: source.published,
    url: source.url,
    text: source.text,
    publishedNote: source.publishedNote,
    enabled: source.enabled ?? true,
    origin: bundled ? 'bundled' : 'user',
    edited: bundled && !matchesBundled(source),
    addedAt: previous?.addedAt ?? now,
    updatedAt: now,
  };
}

/** A stored source in the source-file format; `file` names the bundled original's file. */
export function toSourceFileEntry(source: StoredSource): Source {
  return {
    id: source.id,
    file: bundledById.get(source.id)?.file ?? null,
    outlet: source.outlet,
    title: source.title,
    byline: source.byline,
    published: source.published,
    publishedNote: source.publishedNote ?? null,
    url: source.url,
    text: source.text,
    enabled: source.enabled,
  };
}
