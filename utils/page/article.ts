import { readArticleText, readPublished, today } from './metadata';

/** The longest article text sent along with a comparison, to recognise the page's own stored source. */
const MAX_PAGE_TEXT = 200_000;

/**
 * True when the text mentions Kursk: the cheap test before a page is read at all. Plain searches for the
 * ways it is written, rather than a case-blind regular expression, which costs a page five times more.
 */
export const mentionsKursk = (text: string | null | undefined): boolean =>
  !!text && (text.includes('Kursk') || text.includes('kursk') || text.includes('KURSK'));

export interface ArticleFacts {
  /** The publication day, or today when the page does not say. */
  published(): string;
  /** The article's main text, for the background to tell the page's own stored source. */
  text(): string;
}

/** Facts about the article on the page, read once per address (pages may navigate without loading). */
export function articleFacts(document: Document): ArticleFacts {
  let readFor: string | null = null;
  let published = '';
  let text: string | null = null;
  const refresh = () => {
    const address = document.location.href;
    if (readFor === address) return;
    readFor = address;
    published = readPublished(document) ?? today();
    text = null;
  };
  return {
    published: () => {
      refresh();
      return published;
    },
    text: () => {
      refresh();
      text ??= readArticleText(document).slice(0, MAX_PAGE_TEXT);
      return text;
    },
  };
}
