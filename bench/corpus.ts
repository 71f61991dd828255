import { bundledSources } from '../data/sources/index';

export interface Article {
  file: string;
  text: string;
  published: string;
  paragraphs: string[];
  /** Offset of each paragraph in `text`. */
  offsets: number[];
}

/** The bundled articles, each also split into paragraphs (the unit peers are fed). */
export const articles: Article[] = bundledSources.map((s) => {
  const paragraphs: string[] = [];
  const offsets: number[] = [];
  for (const m of s.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    if (m[0].trim().length === 0) continue;
    paragraphs.push(m[0]);
    offsets.push(m.index);
  }
  return { file: s.file ?? s.id, text: s.text, published: s.published, paragraphs, offsets };
});

/** The articles' paragraphs repeated until they hold at least `minChars` characters. */
export function repeatedParagraphs(minChars: number): Array<{ text: string; published: string }> {
  const out: Array<{ text: string; published: string }> = [];
  let chars = 0;
  while (chars < minChars) {
    for (const a of articles) {
      for (const p of a.paragraphs) {
        out.push({ text: p, published: a.published });
        chars += p.length;
      }
    }
  }
  return out;
}
