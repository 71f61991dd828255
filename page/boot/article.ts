import { mentionsKursk, today } from '../../protocol/article';
import { readArticleText, readPublished } from '../marking/metadata';

/** The longest article text sent along with a comparison, to recognise the page's own stored source. */
const MAX_PAGE_TEXT = 200_000;

/**
 * True when the text under `root` mentions Kursk, read text node by text node up to the first mention:
 * a long page's whole text is never built as one string (5 MB of it took 48 ms of the page's main
 * thread). A mention split between two text nodes counts too.
 */
export function textMentionsKursk(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return mentionsKursk((root as Text).data);
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let tail = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (mentionsKursk(text) || (tail !== '' && mentionsKursk(tail + text.slice(0, 4)))) return true;
    tail = text.slice(-4);
  }
  return false;
}

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
      text ??= readArticleText(document, MAX_PAGE_TEXT).slice(0, MAX_PAGE_TEXT);
      return text;
    },
  };
}
