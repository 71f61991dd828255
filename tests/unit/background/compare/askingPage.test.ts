import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../../background/compare/fingerprint';
import { AskingPage } from '../../../../background/compare/askingPage';
import type { IndexedFigure, SourceCard } from '../../../../background/compare/claimSnapshot';
import { sentenceIndexOf } from '../../../../background/compare/sentenceIndex';
import { cardAt, heldFigure } from './cards';

const sentence = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';
const figure = 'about 110 square km';

/** The page's figure, standing in `sentence`. */
const askedIn = (sentence: string, text = figure) => ({ text, sentence });

/** Whether the page takes a stored sentence as its own; its fingerprint must not rule that out. */
function isOwn(page: AskingPage, stored: string, storedFigure = figure): boolean {
  const own = page.isOwn(null, stored);
  if (own) expect(page.shares(fingerprintOf(stored), storedFigure)).not.toBe('no');
  return own;
}

describe('AskingPage.isOwn', () => {
  it('recognises the stored source at the page address, whatever the fragment', () => {
    const page = new AskingPage('https://news.example/story#comments', []);
    expect(page.isOwn('https://news.example/story', 'Anything.')).toBe(true);
    expect(page.isOwn('https://news.example/other', 'Anything.')).toBe(false);
    expect(page.isOwn(null, 'Anything.')).toBe(false);
    expect(page.isAt('https://news.example/story')).toBe(true);
  });

  it("recognises a stored source that holds the page's sentence, white space aside", () => {
    const page = new AskingPage('not a url', [askedIn(sentence.replace(/ /g, '\n '))]);
    expect(isOwn(page, sentence)).toBe(true);
    expect(isOwn(page, `Reuters reported on Sunday. ${sentence}`)).toBe(true);
    expect(isOwn(page, `${sentence} Kyiv did not comment.`)).toBe(true);
    expect(isOwn(page, 'Ukraine now holds about 110 square km of Kursk.')).toBe(false);
  });

  it("recognises a stored source whose sentence stands in the page text or in the page's sentence", () => {
    const page = new AskingPage('https://news.example/', [], `Menu\n\nHome\n\n${sentence}\n\nMore stories`);
    expect(isOwn(page, sentence)).toBe(true);
    expect(isOwn(page, 'Some other sentence about 500 square miles of land.')).toBe(false);
    const quoting = new AskingPage('https://news.example/', [askedIn(`He said: “${sentence}”`)]);
    expect(isOwn(quoting, sentence)).toBe(true);
  });

  it('does not take a short sentence found inside longer text as shared', () => {
    const short = 'It held 110 sq km.';
    const page = new AskingPage(
      'https://news.example/',
      [askedIn(short, '110 sq km')],
      `It was 2023. ${sentence}`,
    );
    expect(isOwn(page, 'It was 2023.')).toBe(false);
    expect(isOwn(page, short, '110 sq km')).toBe(true);
    expect(isOwn(page, 'By Sunday, it held 110 sq km. Later it held less than that.', '110 sq km')).toBe(
      false,
    );
  });
});

describe('AskingPage.shares', () => {
  const page = new AskingPage(
    'https://news.example/',
    [askedIn(sentence)],
    `Menu. ${sentence} More stories.`,
  );

  it('settles from fingerprints alone that the page shares its own sentence and sentences in its text', () => {
    expect(page.shares(fingerprintOf(sentence.replace(/ /g, '  ')), figure)).toBe('yes');
    expect(page.shares(fingerprintOf('Menu.'), figure)).toBe('no');
    const inText = new AskingPage('https://news.example/', [], `Menu. ${sentence} More stories.`);
    expect(inText.shares(fingerprintOf(sentence), figure)).toBe('yes');
  });

  it('rules out, from fingerprints alone, sentences the page does not share', () => {
    for (const other of [
      'Russia says it has retaken about 110 square km of the Kursk region this week.',
      'Ukraine now holds about 310 square km of the Kursk region, open source maps show.',
      'It held 110 sq km.',
    ])
      expect(page.shares(fingerprintOf(other), 'about 310 square km')).toBe('no');
  });

  it('without the page text, suspects a longer stored sentence that begins or ends with the same figure', () => {
    const withoutText = new AskingPage('https://news.example/', [askedIn(sentence)]);
    const longer = `On Sunday ${sentence}`;
    expect(withoutText.shares(fingerprintOf(longer), figure)).toBe('maybe');
    expect(withoutText.shares(fingerprintOf(longer), 'about 310 square km')).toBe('no');
    expect(isOwn(page, longer)).toBe(false);
  });
});

describe('AskingPage.sharedAmong', () => {
  const stored = [
    sentence,
    sentence.replace(/ /g, '  '),
    `On Sunday ${sentence}`,
    `${sentence} Kyiv did not comment.`,
    'Menu.',
    'It held 110 sq km.',
    'Russia says it has retaken about 110 square km of the Kursk region this week.',
    'Ukraine now holds about 310 square km of the Kursk region, open source maps show.',
    'Some 12,000 North Korean troops were sent to Kursk, according to South Korean intelligence.',
  ];
  /** One stored source per sentence, each with two figures; every third at the page's address. */
  const figures: IndexedFigure[] = stored.flatMap((text, n) => {
    const url = n % 3 === 0 ? 'https://news.example/story#top' : `https://other.example/${n}`;
    const source = cardAt(n, url);
    return [figure, 'about 310 square km'].map((figureText, index) =>
      heldFigure(source, text, figureText, index),
    );
  });
  const pages = [
    new AskingPage('https://news.example/story', [askedIn(sentence)], `Menu. ${sentence} More stories.`),
    new AskingPage('https://elsewhere.example/', [askedIn(sentence)]),
    new AskingPage('https://elsewhere.example/', [askedIn(`He said: “${sentence}”`)]),
    new AskingPage('not a url', [askedIn('It held 110 sq km.', '110 sq km')], `It was 2023. ${sentence}`),
    new AskingPage('https://elsewhere.example/', []),
  ];

  it('finds the sources isAt and shares find figure by figure', () => {
    const found = { own: 0, doubtful: 0 };
    for (const page of pages) {
      const expected = { own: new Set<string>(), doubtful: new Set<string>() };
      for (const { source, fingerprint, text } of figures) {
        const shared = page.isAt(source.address) ? 'yes' : page.shares(fingerprint, text);
        if (shared === 'yes') expected.own.add(source.id);
        else if (shared === 'maybe') expected.doubtful.add(source.id);
      }
      const own = new Set<SourceCard>();
      const doubtful = new Map<string, SourceCard>();
      page.sharedAmong(sentenceIndexOf(figures), own, doubtful);
      expect(new Set([...own].map((source) => source.id))).toEqual(expected.own);
      // a source may be suspected for one figure and found for another: found, it is no longer in doubt
      const inDoubt = [...doubtful.keys()].filter((id) => !expected.own.has(id));
      expect(new Set(inDoubt)).toEqual(new Set([...expected.doubtful].filter((id) => !expected.own.has(id))));
      found.own += expected.own.size;
      found.doubtful += inDoubt.length;
    }
    // the pages between them find sources and suspect some
    expect(found.own).toBeGreaterThan(0);
    expect(found.doubtful).toBeGreaterThan(0);
  });
});
