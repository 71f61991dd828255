// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { blockToRead, outermost, watchAdditions } from '../../../page/boot/additions';
import { Marker } from '../../../page/marking/marker';
import { MARK_ATTRIBUTE, MARK_SELECTOR } from '../../../page/marking/ownElements';
import { FigureScanner, type FigureReader } from '../../../page/marking/scanner';
import { readFigures } from '../../../background/readFigures';
import { textWindows } from '../../../page/marking/textWindows';

const REUTERS_PARAGRAPH =
  'But a lightning offensive this month has reduced the area under Ukrainian control to about 110 square km ' +
  '(42 square miles), down from the more than 1,368 square km (528 square miles) claimed by Kyiv last year, ' +
  'according to open source maps.';

/** Reads figures as the background does, without the round trip. */
const readAtOnce: FigureReader = async (texts, published) => readFigures(texts, published);

/** A scanner whose slices run one after another at once, each allowed one run of text. */
function scannerFor(document: Document, read: FigureReader = readAtOnce) {
  let clock = 0;
  const marker = new Marker(document);
  const scanner = new FigureScanner({
    marker,
    read,
    published: () => '2025-03-16',
    later: (callback) => queueMicrotask(callback),
    budgetMs: 1,
    now: () => (clock += 1),
  });
  return { scanner, marker };
}

/** More figures than the scanner puts in order by comparing nodes (see SORT_BY_COMPARING). */
const SORTED_BY_WALKING = 70;

const buttons = () => [...document.querySelectorAll(`${MARK_SELECTOR}[role=button]`)];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanning a page', () => {
  it('marks the figures of known claims, over several slices, in document order', async () => {
    document.body.innerHTML = `<h1>Kursk</h1><p>${REUTERS_PARAGRAPH}</p><p>Kyiv says as many as 11,000 North Korean troops were sent.</p>`;
    const { scanner } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    const texts = buttons().map((mark) => mark.textContent);
    expect(texts).toContain('about 110 square km');
    expect(texts).toContain('more than 1,368 square km');
    expect(texts).toContain('as many as 11,000 North Korean troops');
    expect(scanner.figuresOnPage().map(({ figure }) => figure.text)).toEqual(texts);
    expect(document.querySelectorAll('p')[0]!.textContent).toBe(REUTERS_PARAGRAPH);
  });

  it('lists the figures of a long page in document order, those added above the first ones too', async () => {
    const paragraphs = Array.from(
      { length: SORTED_BY_WALKING },
      (_, n) =>
        `<p>Kyiv says ${(10_000 + n * 10).toLocaleString('en-US')} North Korean troops were sent to Kursk.</p>`,
    );
    document.body.innerHTML = `<h1>Kursk</h1><div id="late"></div>${paragraphs.join('')}`;
    const { scanner } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    const late = document.getElementById('late')!;
    late.innerHTML = `<p>${REUTERS_PARAGRAPH}</p>`;
    scanner.scan(late);
    await scanner.whenIdle();
    const texts = buttons().map((mark) => mark.textContent);
    expect(texts.length).toBeGreaterThan(SORTED_BY_WALKING);
    expect(texts[0]).toBe('about 110 square km');
    expect(scanner.figuresOnPage().map(({ figure }) => figure.text)).toEqual(texts);
  });

  it('reads the first text at once with scanNow, and once stopped marks nothing of what comes back', async () => {
    document.body.innerHTML = `<p>${REUTERS_PARAGRAPH}</p>`;
    const sent: string[][] = [];
    let answer: (figures: Awaited<ReturnType<FigureReader>>) => void = () => undefined;
    const scanner = new FigureScanner({
      marker: new Marker(document),
      read: (texts, published) => {
        sent.push(texts);
        return readAtOnce(texts, published).then(
          (figures) => new Promise((resolve) => (answer = () => resolve(figures))),
        );
      },
      published: () => '2025-03-16',
      later: (callback) => queueMicrotask(callback),
      // a clock that stands still: on a busy machine the walk of one paragraph outran the slice's budget
      now: () => 0,
    });
    scanner.scanNow(document.body);
    expect(sent).toEqual([[REUTERS_PARAGRAPH]]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    scanner.stop();
    await scanner.whenIdle();
    answer(null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(buttons()).toEqual([]);
    expect(scanner.isStopped).toBe(true);
    scanner.scan(document.body);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
  });

  it('marks a figure whose digits are split over elements, once', async () => {
    document.body.innerHTML =
      '<p>Ukraine said it took more than 1,<b>368</b> square km of Kursk in its incursion.</p>';
    const { scanner } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    expect(buttons().map((mark) => mark.textContent)).toEqual(['more than 1,']);
    expect(scanner.figures[0]!.marks.map((mark) => mark.textContent).join('')).toBe(
      'more than 1,368 square km',
    );
  });

  it('marks nothing twice when a block is read again', async () => {
    document.body.innerHTML = `<p>${REUTERS_PARAGRAPH}</p>`;
    const { scanner } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    const before = document.body.innerHTML;
    scanner.scan(document.querySelector('p')!);
    await scanner.whenIdle();
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves figures in links, code and editable text alone', async () => {
    document.body.innerHTML = `<p><a href="/a">${REUTERS_PARAGRAPH}</a></p><pre>${REUTERS_PARAGRAPH}</pre><div contenteditable>${REUTERS_PARAGRAPH}</div>`;
    const { scanner } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
  });

  it('lists only figures still on the page, and restoring removes every mark', async () => {
    document.body.innerHTML = `<p id="a">${REUTERS_PARAGRAPH}</p><p id="b">Kyiv says as many as 11,000 North Korean troops were sent.</p>`;
    const { scanner, marker } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    document.getElementById('b')!.remove();
    expect(scanner.figuresOnPage().map(({ figure }) => figure.text)).not.toContain(
      'as many as 11,000 North Korean troops',
    );
    marker.restore();
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
    expect(document.getElementById('a')!.childNodes).toHaveLength(1);
    expect(document.getElementById('a')!.textContent).toBe(REUTERS_PARAGRAPH);
  });
});

describe('a page that replaces its content', () => {
  const TROOPS = 'Kyiv says as many as 11,000 North Korean troops were sent.';
  const render = (article: Element) => (article.innerHTML = `<p>${REUTERS_PARAGRAPH}</p><p>${TROOPS}</p>`);
  const figureCount = (scanner: FigureScanner) => Object.keys(scanner.figures).length;

  it('keeps only the figures and marks still on the page, however often it re-renders', async () => {
    document.body.innerHTML = '<article></article>';
    const article = document.querySelector('article')!;
    render(article);
    const { scanner, marker } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    const live = figureCount(scanner);
    const liveMarks = document.querySelectorAll(MARK_SELECTOR).length;
    expect(live).toBeGreaterThan(2);
    expect(buttons()).toHaveLength(live);
    expect(marker.size).toBe(liveMarks);
    const dropped: Element[] = [];
    for (let render_ = 0; render_ < 20; render_++) {
      dropped.push(...article.children);
      render(article);
      scanner.scan(article);
      await scanner.whenIdle();
    }
    expect(figureCount(scanner)).toBe(live);
    expect(marker.size).toBe(liveMarks);
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(liveMarks);
    expect(buttons()).toHaveLength(live);
    expect(scanner.figuresOnPage()).toHaveLength(live);
    // the newest figures are found by the index their marks carry
    for (const button of buttons()) {
      expect(scanner.figures[Number(button.getAttribute(MARK_ATTRIBUTE))]?.marks[0]).toBe(button);
    }
    // what the page dropped is put back as it was: no mark, each paragraph one text node
    expect(dropped.filter((paragraph) => paragraph.querySelector(MARK_SELECTOR))).toEqual([]);
    expect(dropped.filter((paragraph) => paragraph.childNodes.length !== 1)).toEqual([]);
  });

  it('marks again what it brings back after taking it away', async () => {
    document.body.innerHTML = `<main><p id="kept">${TROOPS}</p></main>`;
    const kept = document.getElementById('kept')!;
    const { scanner, marker } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    expect(buttons()).toHaveLength(1);
    kept.remove();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', `<p>${REUTERS_PARAGRAPH}</p>`);
    scanner.scan(document.querySelector('main')!);
    await scanner.whenIdle();
    expect(kept.textContent).toBe(TROOPS);
    expect(kept.childNodes).toHaveLength(1);
    document.querySelector('main')!.append(kept);
    scanner.scan(kept);
    await scanner.whenIdle();
    expect(kept.querySelectorAll(`${MARK_SELECTOR}[role=button]`)).toHaveLength(1);
    expect(marker.size).toBe(document.querySelectorAll(MARK_SELECTOR).length);
    const [troops] = scanner.figuresOnPage().filter(({ marks }) => kept.contains(marks[0]!));
    expect(troops?.figure.text).toBe('as many as 11,000 North Korean troops');
  });
});

describe('very long blocks', () => {
  it('are read in windows that end after a sentence, covering the whole text', () => {
    const text = 'One sentence here. Another one! A third? And a last line\nwithout end';
    const windows = textWindows(text, 25);
    expect(windows[0]).toEqual([0, 19]);
    expect(windows.map(([from, to]) => text.slice(from, to)).join('')).toBe(text);
    expect(windows.every(([from, to]) => to - from <= 25)).toBe(true);
    expect(textWindows('short', 25)).toEqual([[0, 5]]);
  });

  it('get their figures marked at the right place, however far in', async () => {
    const filler = 'The weather in the valley was mild and nothing happened. '.repeat(80);
    document.body.innerHTML = `<div>${filler}${REUTERS_PARAGRAPH}</div>`;
    const { scanner } = scannerFor(document);
    scanner.scan(document.body);
    await scanner.whenIdle();
    expect(buttons().map((mark) => mark.textContent)).toContain('more than 1,368 square km');
    expect(document.querySelector('div')!.textContent).toBe(filler + REUTERS_PARAGRAPH);
  });

  it('are left unmarked when the page changes them while they are read', async () => {
    document.body.innerHTML = `<div>${REUTERS_PARAGRAPH}</div><p>Kyiv says as many as 11,000 North Korean troops were sent.</p>`;
    let answer: (() => void) | null = null;
    const { scanner } = scannerFor(
      document,
      (texts, published) => new Promise((resolve) => (answer = () => resolve(readFigures(texts, published)))),
    );
    scanner.scan(document.body);
    while (!answer) await new Promise((resolve) => setTimeout(resolve, 0));
    document.querySelector('div')!.firstChild!.textContent = `Changed. ${REUTERS_PARAGRAPH}`;
    (answer as () => void)();
    await scanner.whenIdle();
    expect(document.querySelectorAll(`div ${MARK_SELECTOR}`)).toHaveLength(0);
    expect(buttons().map((mark) => mark.textContent)).toEqual(['as many as 11,000 North Korean troops']);
  });

  it('are left unmarked when reading fails, and the page keeps its text', async () => {
    document.body.innerHTML = `<p>${REUTERS_PARAGRAPH}</p>`;
    const { scanner } = scannerFor(document, async () => null);
    scanner.scan(document.body);
    await scanner.whenIdle();
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(`<p>${REUTERS_PARAGRAPH}</p>`);
  });
});

describe('what to read again when the page adds content', () => {
  it('reads an added block itself, and the block around added inline content', () => {
    document.body.innerHTML = '<section><p id="p">text <b id="b">bold</b></p></section>';
    expect(blockToRead(document.getElementById('p')!)).toBe(document.getElementById('p'));
    expect(blockToRead(document.getElementById('b')!)).toBe(document.getElementById('p'));
    expect(blockToRead(document.getElementById('b')!.firstChild!)).toBe(document.getElementById('p'));
  });

  it('keeps only the outermost of nested blocks, and only connected ones', () => {
    document.body.innerHTML = '<section id="s"><p id="p">a</p></section><p id="q">b</p>';
    const detached = document.createElement('p');
    const byId = (id: string) => document.getElementById(id)!;
    expect(outermost([byId('p'), byId('s'), byId('q'), detached, byId('q')])).toEqual([byId('s'), byId('q')]);
  });
});

describe("the watcher of the page's additions", () => {
  /** A watcher of the body whose reports arrive at once, and every block reported so far. */
  function watchBody() {
    const reported: string[] = [];
    const watcher = watchAdditions(document.body, {
      isOwn: () => false,
      onBlocks: (blocks) => reported.push(...blocks.map((block) => block.id)),
      debounce: (callback) => callback(),
    });
    return { watcher, reported };
  }
  const addParagraph = (id: string) => {
    const paragraph = document.createElement('p');
    paragraph.id = id;
    paragraph.textContent = id;
    document.body.append(paragraph);
  };
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("leaves out what a change of the extension's own adds, and still reports the page's additions before and after it", async () => {
    document.body.innerHTML = '';
    const { watcher, reported } = watchBody();
    addParagraph('page-before');
    watcher.unobserved(() => addParagraph('own'));
    addParagraph('page-after');
    await settled();
    expect(reported.sort()).toEqual(['page-after', 'page-before']);
    watcher.disconnect();
  });

  it('stays ended when the change it ran ended it', async () => {
    document.body.innerHTML = '';
    const { watcher, reported } = watchBody();
    watcher.unobserved(() => watcher.disconnect());
    addParagraph('later');
    await settled();
    expect(reported).toEqual([]);
  });
});
