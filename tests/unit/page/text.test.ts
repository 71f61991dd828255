// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Marker } from '../../../page/marking/marker';
import { isInsideSkipped, isSkipped } from '../../../page/marking/skip';
import { segmentsOf, textOf, type TextPiece } from '../../../page/marking/textMap';
import { textRuns } from '../../../page/marking/textRuns';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const runTexts = (root: Node): string[] => [...textRuns(root)].map(({ pieces }) => textOf(pieces));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading text block by block', () => {
  it('joins the inline pieces of a paragraph and keeps paragraphs apart', () => {
    const body = page('<p>Ukraine took <b>1,368</b> square km.</p><p>Second <i>paragraph</i>.</p>');
    expect(runTexts(body)).toEqual(['Ukraine took 1,368 square km.', 'Second paragraph.']);
  });

  it('reads a line break as a new line', () => {
    const body = page('<p>By Elena Marsh<br>KYIV</p>');
    expect(runTexts(body)).toEqual(['By Elena Marsh\nKYIV']);
  });

  it("keeps a block's text before and after a nested block as separate runs", () => {
    const body = page('<div>before <p>inside</p> after</div>');
    expect(runTexts(body).map((text) => text.trim())).toEqual(['before', 'inside', 'after']);
  });

  it('skips code, form fields, editable and hidden content, and links', () => {
    const body = page(`
      <p>kept</p>
      <script>var x = "1,368 square km";</script>
      <pre>1,368 square km</pre>
      <textarea>1,368 square km</textarea>
      <div contenteditable="true"><p>1,368 square km</p></div>
      <p aria-hidden="true">1,368 square km</p>
      <p><a href="/x">1,368 square km</a></p>`);
    expect(runTexts(body).filter((text) => text.trim())).toEqual(['kept']);
  });

  it('knows a node inside an editable element is left alone, though the node itself is not', () => {
    const body = page('<div contenteditable><span>x</span></div>');
    const span = body.querySelector('span')!;
    expect(isSkipped(span)).toBe(false);
    expect(isInsideSkipped(span.firstChild!)).toBe(true);
    expect(isInsideSkipped(body)).toBe(false);
  });

  it('leaves alone what the tag or an attribute says, whatever the case of the tag', () => {
    const body = page(
      '<CODE>1</CODE><svg><text>2</text></svg><p hidden>3</p><p role="link">4</p><a href="#">5</a><a>6</a><p class="x">7</p>',
    );
    const skipped = Array.from(body.children).map(isSkipped);
    expect(skipped).toEqual([true, true, true, true, true, false, false]);
  });
});

describe('mapping block offsets back to text nodes', () => {
  const nodes = (...texts: string[]): TextPiece[] =>
    texts.map((text) => (text === '\n' ? null : new Text(text)));

  it('finds the one node a figure lies in', () => {
    const pieces = nodes('Ukraine took ', '1,368 square km', '.');
    expect(segmentsOf(pieces, 13, 28)).toEqual([{ node: pieces[1], start: 0, end: 15 }]);
  });

  it('splits a figure across the nodes it spans', () => {
    const pieces = nodes('more than 1,', '368', ' square km of land');
    expect(segmentsOf(pieces, 0, 25)).toEqual([
      { node: pieces[0], start: 0, end: 12 },
      { node: pieces[1], start: 0, end: 3 },
      { node: pieces[2], start: 0, end: 10 },
    ]);
  });

  it('refuses a figure that crosses a line break', () => {
    const pieces = nodes('about 1,300', '\n', 'square km');
    expect(segmentsOf(pieces, 6, 21)).toBeNull();
  });
});

describe('marking and restoring', () => {
  const markAll = (
    body: HTMLElement,
    figure: string,
    label = 'label',
  ): { marker: Marker; marks: Element[] } => {
    const [run] = [...textRuns(body)];
    const start = textOf(run!.pieces).indexOf(figure);
    const segments = segmentsOf(run!.pieces, start, start + figure.length)!;
    const marker = new Marker(document);
    return { marker, marks: marker.mark(segments, { index: 0, label }) };
  };

  it('wraps a figure split over elements, the first part being the focusable button', () => {
    const body = page('<p>Kyiv claimed more than 1,<b>368</b> square km last year.</p>');
    const { marks } = markAll(body, 'more than 1,368 square km', 'more than 1,368 square km: cross-check');
    expect(marks.map((mark) => mark.textContent)).toEqual(['more than 1,', '368', ' square km']);
    expect(marks[0]!.getAttribute('role')).toBe('button');
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks[0]!.getAttribute('aria-label')).toBe('more than 1,368 square km: cross-check');
    expect(marks.slice(1).every((mark) => !mark.hasAttribute('tabindex'))).toBe(true);
    expect(body.querySelector('p')!.textContent).toBe('Kyiv claimed more than 1,368 square km last year.');
  });

  it('gives the page back its own text nodes, joined as they were', () => {
    const body = page('<p>Kyiv claimed more than 1,<b>368</b> square km last year.</p>');
    const paragraph = body.querySelector('p')!;
    const firstNode = paragraph.firstChild as Text;
    const { marker } = markAll(body, 'more than 1,368 square km');
    marker.restore();
    expect(paragraph.innerHTML).toBe('Kyiv claimed more than 1,<b>368</b> square km last year.');
    expect(paragraph.firstChild).toBe(firstNode);
    expect(paragraph.childNodes.length).toBe(3);
  });

  it('marks with plain spans, defining no element, so marks stay plain elements the page can read', () => {
    const { marks } = markAll(page('<p>about 110 square km</p>'), '110 square km');
    expect(marks[0]!.tagName).toBe('SPAN');
    expect(customElements.get('kcc-mark')).toBeUndefined();
  });
});
