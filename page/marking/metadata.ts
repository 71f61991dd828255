import type { PageMetadata } from '../../protocol/messages';

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** "2025-03-16T10:00:00Z" → "2025-03-16"; anything without a leading calendar date → null. */
export function isoDay(value: string | null | undefined): string | null {
  return ISO_DAY.exec(value?.trim() ?? '')?.[1] ?? null;
}

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

/** The headline: `og:title`, else the JSON-LD headline, else the document's title. */
export function readTitle(document: Document): string {
  return (
    metaContent(document, 'property="og:title"') ??
    jsonLdString(document, (object) => object.headline) ??
    document.title.trim()
  );
}

/** A name as JSON-LD gives it: a string, `{ name }`, or a list of either. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') return namesOf((value as { name?: unknown }).name);
  return [];
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe". */
const withoutBy = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');

/** Elements that hold the byline on most news pages. */
const BYLINE_SELECTOR = '[rel=author], [itemprop=author], .byline, [class*=byline], [class*=Byline]';
/** The longest line still read as a byline. */
const MAX_BYLINE = 120;

/**
 * Who wrote the article: `meta[name=author]` (unless it is an address), else the JSON-LD author,
 * else the page's byline ("By …").
 */
export function readByline(document: Document): string | null {
  const meta = metaContent(document, 'name="author"');
  if (meta && !/^https?:/i.test(meta)) return withoutBy(meta);
  for (const object of jsonLdObjects(document)) {
    const names = namesOf(object.author);
    if (names.length > 0) return [...new Set(names)].join(', ');
  }
  const marked = document.querySelector(BYLINE_SELECTOR)?.textContent;
  if (marked && withoutBy(marked) && marked.length <= MAX_BYLINE) return withoutBy(marked);
  for (const line of document.querySelectorAll('article p, article span, article div, header p, p')) {
    const text = line.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (/^By\s+\p{Lu}/u.test(text) && text.length <= MAX_BYLINE) return withoutBy(text);
  }
  return null;
}

/**
 * Elements whose text is no part of the article's prose: scripts and styles, form controls, embedded
 * documents and drawings, hidden text and the popover. The figures' marks and links are read: they
 * are the article's words.
 */
const NOT_PROSE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
]);
// the popover's element is outside the page's body (page/popover/frame.ts), so it is never read
const NOT_PROSE = '[hidden], [aria-hidden=true]';

const isProse = (element: Element): boolean =>
  !NOT_PROSE_TAGS.has(element.localName) && !(element.hasAttributes() && element.matches(NOT_PROSE));

/**
 * The text of an element with its `<br>` line breaks (a line break in the page's source is only
 * space) and what is not prose (scripts, controls…) left out; read no further than about `limit`
 * characters (a 20,000-figure table's whole text took 300 ms to read).
 */
export function readableText(element: Element, limit = Infinity): string {
  let text = '';
  for (const child of element.childNodes) {
    if (text.length >= limit) break;
    if (child instanceof Text) text += child.data.replace(/\s+/g, ' ');
    else if (child instanceof Element && child.tagName === 'BR') text += '\n';
    else if (child instanceof Element && isProse(child)) text += readableText(child, limit - text.length);
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
/** Page parts around an article that are not part of its story: site chrome, forms, advertising. */
export const OUTSIDE_THE_STORY = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'dialog',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=complementary]',
  '[role=search]',
  '.ad',
  '.ads',
  '.advert',
  '.advertisement',
  '[class^="ad-"]',
  '[class*=" ad-"]',
  '[id^="ad-"]',
  '[data-ad]',
  '[aria-label="Advertisement" i]',
].join(', ');

/**
 * The article's main text, paragraphs separated by blank lines: the paragraphs of its longest
 * `<article>`, else those of the whole body, leaving out what surrounds the story. The marked figures
 * and the links are read with the words around them. Reading stops once about `limit` characters are
 * read: what comes after them is not needed.
 */
export function readArticleText(document: Document, limit = Infinity): string {
  const articles = Array.from(document.querySelectorAll('article')).filter(
    (article) => article.closest(OUTSIDE_THE_STORY) === null,
  );
  const longest = articles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  const container = longest ?? document.body;
  if (!container) return '';
  const paragraphs: string[] = [];
  let length = 0;
  for (const paragraph of container.querySelectorAll(PARAGRAPHS)) {
    if (length >= limit) break;
    // A paragraph inside another (a list item holding a paragraph) is read once, through the outer one.
    if (paragraph.parentElement?.closest(PARAGRAPHS) != null) continue;
    if (isOutsideTheStory(paragraph, container) || isByOrDateLine(paragraph)) continue;
    const text = tidy(readableText(paragraph, limit - length));
    if (text.length === 0) continue;
    paragraphs.push(text);
    length += text.length + 2;
  }
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : tidy(readableText(container, limit));
}

/** A line that names only the authors: "By Jane Doe and John Roe". */
const BYLINE_ONLY = /^By\s+\p{Lu}[^\d.!?]{0,60}$/u;

/**
 * True for the article's byline or dateline, which the source's fields hold: an element marked as
 * one, a line that only names the authors, or one that only holds a `<time>`.
 */
function isByOrDateLine(paragraph: Element): boolean {
  if (paragraph.matches(`${BYLINE_SELECTOR}, .dateline`)) return true;
  const text = tidy(paragraph.textContent ?? '');
  if (BYLINE_ONLY.test(text)) return true;
  const time = paragraph.querySelector('time');
  return time !== null && tidy(time.textContent ?? '') === text;
}

/** True when the element sits in site chrome, a form or an advertisement inside `container`. */
function isOutsideTheStory(element: Element, container: Element): boolean {
  const chrome = element.closest(OUTSIDE_THE_STORY);
  return chrome !== null && container.contains(chrome) && chrome !== container;
}

export function readPageMetadata(document: Document, url: string): PageMetadata {
  return {
    url,
    title: readTitle(document),
    outlet: readOutlet(document),
    byline: readByline(document),
    published: readPublished(document),
    text: readArticleText(document),
  };
}
