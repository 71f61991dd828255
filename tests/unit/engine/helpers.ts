import { extract } from '../../../engine/index';
import type { Figure } from '../../../engine/types';

/** The figures of a text read as if published on 2025-03-16. */
export const read = (text: string, published = '2025-03-16'): Figure[] => extract(text, { published });

/** The only figure of a text; fails the test when there is not exactly one. */
export function only(text: string, published?: string): Figure {
  const figures = read(text, published);
  if (figures.length !== 1)
    throw new Error(
      `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(figures.map((f) => f.text))}`,
    );
  return figures[0]!;
}
