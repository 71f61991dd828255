/**
 * Tests of Unicode letter case, each pattern made once. The build writes a `\p{…}` literal as a
 * `new RegExp(…)` call (for the browsers it targets), which makes the pattern again at every use:
 * thousands of times an article, a few percent of an import's reading. Keep such patterns in module constants.
 */
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ANY_UPPER = /\p{Lu}/u;

/** The text begins with a capital letter. An ASCII first character is told by its code, the rest by its class. */
export const startsUpper = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(text);
};
/** The text begins with a lower-case letter. */
export const startsLower = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_FIRST.test(text);
};
/** The text holds a capital letter somewhere. */
export const hasUpper = (text: string): boolean => ANY_UPPER.test(text);
