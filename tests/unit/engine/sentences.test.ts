import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../engine/sentences';
import { tokenize } from '../../../engine/tokens';
import { read } from './helpers';

const sentences = (text: string) => {
  const tokens = tokenize(text);
  return splitSentences(tokens).map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  it('keeps a closing quotation mark with its sentence', () => {
    expect(sentences('He said "we will stay." Then he left.')).toEqual([
      'He said "we will stay."',
      'Then he left.',
    ]);
  });

  it('starts a new sentence at a quotation mark after a space or a line break', () => {
    expect(sentences('The ministry spoke on Monday.\n"We took 12 villages," it said.')).toEqual([
      'The ministry spoke on Monday.',
      '"We took 12 villages," it said.',
    ]);
    expect(sentences('Talks stalled. "Nothing moved," she said.')).toEqual([
      'Talks stalled.',
      '"Nothing moved," she said.',
    ]);
  });

  it('so a quotation on the next line gets its own speaker', () => {
    expect(
      read(
        'Poland said on Monday that it had expelled 40 diplomats.\n"We expelled 40 diplomats," Poland\'s Foreign Ministry said.',
      ).map((f) => f.attribution),
    ).toEqual(["Poland's Foreign Ministry", "Poland's Foreign Ministry"]);
  });
});
