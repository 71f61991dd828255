// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isContentRequest } from '../../../protocol/content';
import { mentionsKursk } from '../../../protocol/article';
import { textMentionsKursk } from '../../../page/boot/article';
import {
  isoDay,
  readArticleText,
  readByline,
  readOutlet,
  readPageMetadata,
  readPublished,
} from '../../../page/marking/metadata';

function page(head: string, body: string): void {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
}

afterEach(() => page('', ''));

describe('reading the publication date', () => {
  it('prefers article:published_time', () => {
    page(
      '<meta property="article:published_time" content="2025-03-16T09:12:00Z"><script type="application/ld+json">{"datePublished":"2024-01-01"}</script>',
      '<time datetime="2023-05-05">5 May</time>',
    );
    expect(readPublished(document)).toBe('2025-03-16');
  });

  it('reads JSON-LD datePublished, also inside arrays and @graph', () => {
    page(
      '<script type="application/ld+json">[{"@type":"Organization"},{"@graph":[{"@type":"NewsArticle","datePublished":"2025-03-10T08:00:00+00:00"}]}]</script>',
      '',
    );
    expect(readPublished(document)).toBe('2025-03-10');
  });

  it('survives malformed JSON-LD and falls back to <time datetime>', () => {
    page(
      '<script type="application/ld+json">{ not json</script>',
      '<p><time datetime="2024-12-31">Dec 31</time></p>',
    );
    expect(readPublished(document)).toBe('2024-12-31');
  });

  it('says nothing when the page gives no date', () => {
    page('', '<p>No date here.</p>');
    expect(readPublished(document)).toBeNull();
    expect(isoDay('yesterday')).toBeNull();
  });
});

describe('reading the outlet, title and text', () => {
  it('takes the outlet from og:site_name, else from the JSON-LD publisher', () => {
    page('<meta property="og:site_name" content="Reuters">', '');
    expect(readOutlet(document)).toBe('Reuters');
    page('<script type="application/ld+json">{"publisher":{"name":"Metro"}}</script>', '');
    expect(readOutlet(document)).toBe('Metro');
  });

  it("reads the article's paragraphs, not the navigation, scripts or asides", () => {
    page(
      '',
      `<nav><p>Home</p></nav>
       <article><h1>Title</h1><p>First  paragraph<br>next line.</p><script>track()</script>
         <aside><p>Related story</p></aside><ul><li><p>Point one</p></li></ul><p>Last.</p></article>
       <footer><p>Footer</p></footer>`,
    );
    expect(readArticleText(document)).toBe('First paragraph\nnext line.\n\nPoint one\n\nLast.');
  });

  it('keeps the marked figures and the links with the words around them', () => {
    page(
      '',
      `<article><p>Ukrainian troops <a href="/x">crossed the frontier</a> on 6 August, and
         <kcc-mark data-kcc-mark role="button" tabindex="0">within weeks</kcc-mark> they seized
         <kcc-mark data-kcc-mark role="button" tabindex="0">1,300 square kilometres</kcc-mark> of Russian territory.
         <button>Share</button><span hidden>secret</span><span aria-hidden="true">★</span></p></article>
       <div data-kcc-popover><p>popover text</p></div>`,
    );
    expect(readArticleText(document)).toBe(
      'Ukrainian troops crossed the frontier on 6 August, and within weeks they seized 1,300 square kilometres of Russian territory.',
    );
  });

  it('leaves out site chrome, forms and advertising, in and around the article', () => {
    page(
      '',
      `<header><p>Site menu</p></header>
       <main><article>
         <header><h2>Headline</h2><p class="byline">By Jane Doe</p></header>
         <p>The story.</p>
         <div class="ad-slot"><p>Buy now</p></div><div class="advert"><p>Sponsored</p></div>
         <div role="complementary"><p>More on this</p></div>
         <form><p>Sign up for our newsletter</p></form>
         <p>The end.</p>
       </article></main>
       <div id="ad-bottom"><article><p>An advertorial far longer than the story itself, with many words in it.</p></article></div>`,
    );
    expect(readArticleText(document)).toBe('The story.\n\nThe end.');
  });

  it('leaves out the byline and the dateline, which the source keeps in fields of their own', () => {
    page(
      '',
      `<article><p class="dateline"><time datetime="2025-03-18">18 March 2025</time></p>
         <p><time datetime="2025-03-18">18 March 2025</time></p><p>By Elena Marsh</p>
         <p>By mid-March 2025, Ukraine held roughly 80 sq km.</p><p>By Friday.</p></article>`,
    );
    expect(readArticleText(document)).toBe('By mid-March 2025, Ukraine held roughly 80 sq km.\n\nBy Friday.');
  });

  it('stops reading a long page once it has read as much as it is asked for', () => {
    const readTooFar = (element: Element) =>
      Object.defineProperty(element, 'childNodes', {
        get: () => {
          throw new Error('read past the limit');
        },
      });
    const sentence = (n: number) => `Ukraine holds ${200 + n} square kilometres of the Kursk region.`;
    const rows = Array.from({ length: 200 }, (_, n) => `<tr><td>${sentence(n)}</td></tr>`).join('');
    page('', `<table>${rows}</table>`);
    const table = readArticleText(document);
    readTooFar(document.querySelector('tr:last-child td')!);
    const tableStart = readArticleText(document, 1_000);
    expect(table.startsWith(tableStart)).toBe(true);
    expect(tableStart.length).toBeGreaterThanOrEqual(1_000);

    page('', `<article>${Array.from({ length: 200 }, (_, n) => `<p>${sentence(n)}</p>`).join('')}</article>`);
    const article = readArticleText(document);
    readTooFar(document.querySelector('p:last-child')!);
    const articleStart = readArticleText(document, 1_000);
    expect(article.startsWith(articleStart)).toBe(true);
    expect(articleStart.length).toBeGreaterThanOrEqual(1_000);
  });

  it('reads the body paragraphs when the page has no <article>', () => {
    page('', '<div><p>One.</p><p>Two.</p></div>');
    expect(readArticleText(document)).toBe('One.\n\nTwo.');
  });

  it('puts it all together for the panel', () => {
    page(
      '<title>Kursk report | Site</title><meta property="og:title" content="Kursk report"><meta property="og:site_name" content="Site"><meta property="article:published_time" content="2025-03-18">',
      '<article><p>Text.</p></article>',
    );
    expect(readPageMetadata(document, 'https://example.org/a')).toEqual({
      url: 'https://example.org/a',
      title: 'Kursk report',
      outlet: 'Site',
      byline: null,
      published: '2025-03-18',
      text: 'Text.',
    });
  });
});

describe('reading the byline', () => {
  it('prefers meta[name=author], without its "By"', () => {
    page('<meta name="author" content="By Jane Doe">', '<p class="byline">By Someone Else</p>');
    expect(readByline(document)).toBe('Jane Doe');
  });

  it('reads the JSON-LD author: a name, an object or a list of them', () => {
    page(
      '<script type="application/ld+json">{"@graph":[{"author":[{"name":"A. One"},"B. Two"]}]}</script>',
      '',
    );
    expect(readByline(document)).toBe('A. One, B. Two');
    page(
      '<meta name="author" content="https://example.org/staff/a"><script type="application/ld+json">{"author":{"@type":"Person","name":"C. Three"}}</script>',
      '',
    );
    expect(readByline(document)).toBe('C. Three');
  });

  it('reads the byline the page shows, else a line that begins with "By"', () => {
    page('', '<article><div class="article-byline">By  Jane Doe,\n Kyiv</div><p>Text.</p></article>');
    expect(readByline(document)).toBe('Jane Doe, Kyiv');
    page(
      '',
      '<article><p>By Guy Faulconbridge and Anton Troianovski</p><p>By the end of August, …</p></article>',
    );
    expect(readByline(document)).toBe('Guy Faulconbridge and Anton Troianovski');
  });

  it('says nothing when the page names no author', () => {
    page('', '<article><p>by the river, troops waited.</p></article>');
    expect(readByline(document)).toBeNull();
  });
});

describe('cheap checks', () => {
  it('notices Kursk in any case', () => {
    expect(mentionsKursk('the KURSK region')).toBe(true);
    expect(mentionsKursk('the Donbas')).toBe(false);
    expect(mentionsKursk(null)).toBe(false);
  });

  it('notices Kursk in the text under an element, node by node, even split between nodes', () => {
    const page = (html: string) => {
      const root = document.createElement('div');
      root.innerHTML = html;
      return root;
    };
    expect(
      textMentionsKursk(page('<p>Intro</p><section><p>Fighting in <em>kursk</em> went on.</p></section>')),
    ).toBe(true);
    expect(textMentionsKursk(page('<p>The <b>Kur</b>sk region</p>'))).toBe(true);
    expect(textMentionsKursk(page('<p>The Ku</p><p>rsk</p>'))).toBe(true);
    expect(textMentionsKursk(page('<p>The Donbas</p><p>and Kherson</p>'))).toBe(false);
    expect(textMentionsKursk(document.createTextNode('near KURSK'))).toBe(true);
    expect(textMentionsKursk(page(''))).toBe(false);
  });

  it('tells the panel’s requests from other messages', () => {
    expect(isContentRequest({ type: 'pageFigures' })).toBe(true);
    expect(isContentRequest({ type: 'focusFigure', index: 3 })).toBe(true);
    expect(isContentRequest({ type: 'focusFigure', index: '3' })).toBe(false);
    expect(isContentRequest({ type: 'progress', done: 1, total: 2 })).toBe(false);
    expect(isContentRequest('pageFigures')).toBe(false);
  });
});
