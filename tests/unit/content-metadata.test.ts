// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isContentRequest } from '../../utils/page/contentRequest';
import { mentionsKursk, textMentionsKursk } from '../../utils/page/article';
import {
  isoDay,
  readArticleText,
  readOutlet,
  readPageMetadata,
  readPublished,
} from '../../utils/page/metadata';

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
      published: '2025-03-18',
      text: 'Text.',
    });
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
