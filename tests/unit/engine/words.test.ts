import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokens';
import { relativeAnchors } from '../../../engine/asof';
import { MONTHS } from '../../../engine/lexicon';
import { wordClass, wordOf } from '../../../engine/words';

describe('word classes', () => {
  it("gives a token's word the bits of the classes its lower-case text is in, symbols too", () => {
    const weekday = wordClass(['monday', 'tuesday']);
    const mark = wordClass([';', 'monday']);
    const [monday, semicolon, friday, number] = tokenize('Monday; Friday 12');
    expect(monday!.word.classes & weekday).toBe(weekday);
    expect(monday!.word.classes & mark).toBe(mark);
    expect(semicolon!.word.classes & (weekday | mark)).toBe(mark);
    expect(friday!.word.classes & (weekday | mark)).toBe(0);
    expect(number!.word.classes).toBe(0);
  });

  it('is one word for every token that holds it, whatever its case', () => {
    const [a, b, c] = tokenize('Kursk kursk KURSK');
    expect(a!.word).toBe(b!.word);
    expect(c!.word).toBe(wordOf('kursk'));
  });

  it('refuses numbers and blanks as members: a number token is never looked up', () => {
    expect(() => wordClass(['ten', '10'])).toThrow('not a word');
    expect(() => wordClass([' x'])).toThrow('not a word');
  });
});

describe('spellings', () => {
  it('reads a word written again as it read it first, in every case', () => {
    const tokens = tokenize("Russia's troops, Russia's and RUSSIA'S");
    expect(tokens.map((t) => [t.text, t.lower, t.base])).toEqual([
      ["Russia's", "russia's", 'russia'],
      ['troops', 'troops', 'troops'],
      [',', ',', ','],
      ["Russia's", "russia's", 'russia'],
      ['and', 'and', 'and'],
      ["RUSSIA'S", "russia's", 'russia'],
    ]);
    expect(tokens[0]!.word).toBe(tokens[3]!.word);
  });

  it('tells apart words whose letters hash alike, however many', () => {
    // "Aa" and "BB" hash alike, and so do all 64 words of six such pairs
    const colliding = Array.from({ length: 64 }, (_, n) =>
      Array.from({ length: 6 }, (_, k) => ((n >> k) & 1 ? 'Aa' : 'BB')).join(''),
    );
    const text = [...colliding, ...colliding.reverse()].join(' ');
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(text.split(' '));
    expect(tokens.map((t) => t.lower)).toEqual(text.toLowerCase().split(' '));
  });
});

describe('month words as a class', () => {
  it('takes every capitalised month name a sentence may name as a time, as the table of months lists it', () => {
    const ref = { year: 2025, month: 3, day: 1, ahead: () => false };
    const names = Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may');
    for (const name of names) {
      const tokens = tokenize(`troops left in ${name[0]!.toUpperCase()}${name.slice(1)} last`);
      const anchor = relativeAnchors(tokens, 0, tokens.length, ref)[0];
      expect(anchor?.value, name).toMatch(new RegExp(`^\\d{4}-${String(MONTHS[name]).padStart(2, '0')}$`));
    }
    const tokens = tokenize('Ukraine Kursk Monday');
    expect(relativeAnchors(tokens, 0, 2, ref)).toEqual([]);
  });
});
