/**
 * A pure function of a string that keeps its answers: names and words come back sentence after sentence
 * and text after text. Past `max` strings the memory starts again, so that it stays small.
 */
export function remembered<T>(answer: (s: string) => T, max = 10_000): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let found = known.get(s);
    if (found === undefined && !known.has(s)) {
      found = answer(s);
      if (known.size >= max) known.clear();
      known.set(s, found);
    }
    return found as T;
  };
}
