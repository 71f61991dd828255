import { describe, expect, it } from 'vitest';
import { firstErrorAt, parseJson } from '../../../../background/store/json';

describe('parseJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(parseJson('\uFEFF{"a":true}')).toEqual({ a: true });
  });

  it.each([
    ['not json', /not valid JSON: unexpected "o" at position 1 \(line 1, column 2\)/],
    ['{\n  "a": 1,\n  "b" 2\n}', /unexpected "2" at position 18 \(line 3, column 7\)/],
    ['[1, 2] x', /unexpected "x" at position 7/],
    ['{"a": tru}', /unexpected "}" at position 9/],
  ])('says where %j stops being JSON', (text, message) => {
    expect(() => parseJson(text)).toThrow(message);
  });

  it.each([
    '{"sources": [{"id": "a", "text": "Some',
    '{"a": 1,',
    '[1, 2',
    '{"a": tr',
    '{"a": -',
    '{"a": "\\u00',
  ])('says %j was cut short', (text) => {
    expect(() => parseJson(text)).toThrow(
      new RegExp(`not complete JSON: it ends at position ${text.length} .*truncated`),
    );
  });

  it('says an empty file is empty', () => {
    expect(() => parseJson(' \n')).toThrow('The file is empty.');
  });
});

describe('firstErrorAt', () => {
  it.each([
    ['{"a": 01}', 7],
    ['{"a": 1.}', 8],
    ['{"a": 1.5.}', 9],
    ['["\\x"]', 3],
    ['["a\tb"]', 3],
    ['{1: 2}', 1],
    ['{"a": [1,]}', 9],
  ])('finds the error in %j at %i, as JSON.parse rejects it', (text, position) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(firstErrorAt(text)).toBe(position);
  });
});
