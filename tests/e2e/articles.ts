import { bundledSources } from '../../data/sources/index';
import { servedArticles } from '../../scripts/serve-articles';
import { noKurskArticle } from '../fixtures/pages/no-kursk';
import { unbundledKurskArticle } from '../fixtures/pages/unbundled-kursk';

function bundledIdOf(outlet: string): string {
  const source = bundledSources.find((candidate) => candidate.outlet === outlet);
  if (!source) throw new Error(`No bundled source from ${outlet}`);
  return source.id;
}

/** Article ids on the local article server. */
export const ARTICLE = {
  reuters: bundledIdOf('Reuters'),
  metro: bundledIdOf('Metro'),
  dailyMail: bundledIdOf('Daily Mail'),
  unbundledKursk: unbundledKurskArticle.id,
  noKursk: noKurskArticle.id,
} as const;

export function articleText(id: string): string {
  const article = servedArticles.find((candidate) => candidate.id === id);
  if (!article) throw new Error(`No served article ${id}`);
  return article.text;
}
