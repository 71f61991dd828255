/** The most text the engine reads in one go, so that one very long block cannot make a long task. */
export const MAX_WINDOW = 3000;

const BREAK = /[.!?]["”’)]?\s|\n/g;

/**
 * Cuts a text into consecutive windows `[from, to)` of at most `max` characters, each ending after a
 * sentence or line where there is one (else at a space, else anywhere). Short texts are one window.
 */
export function textWindows(text: string, max = MAX_WINDOW): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) to = lastBreak(text, from, to) ?? to;
    windows.push([from, to]);
    from = to;
  }
  return windows;
}

function lastBreak(text: string, from: number, to: number): number | null {
  const slice = text.slice(from, to);
  let end: number | null = null;
  for (const match of slice.matchAll(BREAK)) end = from + match.index + match[0].length;
  if (end !== null && end > from) return end;
  const space = slice.lastIndexOf(' ');
  return space > 0 ? from + space + 1 : null;
}
