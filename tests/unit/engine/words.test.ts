import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokens';
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
