import type { PageMetadata } from '../protocol';
import { isSkipped } from './skip';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** "2025-03-16T10:00:00Z" → "2025-03-16"; anything without a leading calendar date → null. */
export function isoDay(value: string | null | undefined): string | null {
  return ISO_DAY.exec(value?.trim() ?? '')?.[1] ?? null;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

const metaContent = (document: Document, selector: string): string | null =>
  document.querySelector(`meta[${selector}]`)?.getAttribute('content')?.trim() || null;

/** Every object of the page's JSON-LD blocks, including those in arrays and `@graph`. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      found.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block says nothing.
    }
  }
  return found;
}

function jsonLdString(document: Document, read: (object: Record<string, unknown>) => unknown): string | null {
  for (const object of jsonLdObjects(document)) {
    const value = read(object);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/** The article's publication day: meta tags, then JSON-LD, then the first `<time datetime>`. */
export function readPublished(document: Document): string | null {
  return (
    isoDay(metaContent(document, 'property="article:published_time"')) ??
    isoDay(metaContent(document, 'itemprop="datePublished"')) ??
    isoDay(metaContent(document, 'name="date"')) ??
    isoDay(jsonLdString(document, (object) => object.datePublished)) ??
    isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'))
  );
}

/** The outlet's name: `og:site_name`, else the JSON-LD publisher, else the application name. */
export function readOutlet(document: Document): string | null {
  return (
    metaContent(document, 'property="og:site_name"') ??
    jsonLdString(document, (object) => (object.publisher as { name?: unknown } | undefined)?.name) ??
    metaContent(document, 'name="application-name"')
  );
}

export function readTitle(document: Document): string {
  return metaContent(document, 'property="og:title"') ?? document.title.trim();
}

/** The text of an element with line breaks kept and skipped elements (scripts, code…) left out. */
export function readableText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child instanceof Text) text += child.data;
    else if (child instanceof Element && child.tagName === 'BR') text += '\n';
    else if (child instanceof Element && !isSkipped(child)) text += readableText(child);
  }
  return text;
}

const tidy = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();

const PARAGRAPHS = 'p, h2, h3, h4, li, blockquote';
/** Page parts around an article that are not part of its story. */
const OUTSIDE_THE_STORY = 'nav, aside, footer, form';

/**
 * The article's main text, paragraphs separated by blank lines: the paragraphs of its longest
 * `<article>`, else those of the whole body.
 */
export function readArticleText(document: Document): string {
  const articles = Array.from(document.querySelectorAll('article'));
  const longest = articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  const container = longest ?? document.body;
  if (!container) return '';
  const paragraphs = Array.from(container.querySelectorAll(PARAGRAPHS))
    // A paragraph inside another (a list item holding a paragraph) is read once, through the outer one.
    .filter((paragraph) => paragraph.parentElement?.closest(PARAGRAPHS) == null)
    .filter((paragraph) => paragraph.closest(OUTSIDE_THE_STORY) === null)
    .map((paragraph) => tidy(readableText(paragraph)))
    .filter((text) => text.length > 0);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : tidy(readableText(container));
}

export function readPageMetadata(document: Document, url: string): PageMetadata {
  return {
    url,
    title: readTitle(document),
    outlet: readOutlet(document),
    published: readPublished(document),
    text: readArticleText(document),
  };
}
