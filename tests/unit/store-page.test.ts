import { describe, expect, it } from 'vitest';
import { Page } from '../../utils/store/page';

const sentence = 'Ukraine now holds about 110 square km of the Kursk region, open source maps show.';

describe('Page.isOwn', () => {
  it('recognises the stored source at the page address, whatever the fragment', () => {
    const page = new Page('https://news.example/story#comments', []);
    expect(page.isOwn('https://news.example/story', 'Anything.')).toBe(true);
    expect(page.isOwn('https://news.example/other', 'Anything.')).toBe(false);
    expect(page.isOwn(null, 'Anything.')).toBe(false);
  });

  it("recognises a stored source that holds the page's sentence, white space aside", () => {
    const page = new Page('not a url', [sentence.replace(/ /g, '\n ')]);
    expect(page.isOwn(null, sentence)).toBe(true);
    expect(page.isOwn(null, `Reuters reported on Sunday. ${sentence}`)).toBe(true);
    expect(page.isOwn(null, 'Ukraine now holds about 110 square km of Kursk.')).toBe(false);
  });

  it('recognises a stored source whose sentence stands in the page text', () => {
    const page = new Page('https://news.example/', [], `Menu\n\nHome\n\n${sentence}\n\nMore stories`);
    expect(page.isOwn(null, sentence)).toBe(true);
    expect(page.isOwn(null, 'Some other sentence about 500 square miles of land.')).toBe(false);
  });

  it('does not take a short sentence found inside longer text as shared', () => {
    const page = new Page('https://news.example/', ['It held 110 sq km.'], `It was 2023. ${sentence}`);
    expect(page.isOwn(null, 'It was 2023.')).toBe(false);
    expect(page.isOwn(null, 'It held 110 sq km.')).toBe(true);
    expect(page.isOwn(null, 'By Sunday, it held 110 sq km. Later it held less than that.')).toBe(false);
  });
});
