import { bundledSources } from '../data/sources/index';
import { distinctFigures, extract } from '../engine/index';
import type { Figure } from '../engine/types';

/** The publication date of a bundled article, looked up by its original file name. */
export function bundledPublishedDate(fileName: string): string | null {
  return bundledSources.find((s) => s.file === fileName)?.published ?? null;
}

export interface SourcedFigure extends Figure {
  outlet: string;
  published: string;
}

/** Every figure of the bundled sources, except those of a source whose text is `exceptText`. */
export function bundledFigures(exceptText: string): SourcedFigure[] {
  return bundledSources
    .filter((s) => s.text.trim() !== exceptText.trim())
    .flatMap((s) =>
      distinctFigures(extract(s.text, { published: s.published })).map((f) => ({
        ...f,
        outlet: s.outlet,
        published: s.published,
      })),
    );
}
