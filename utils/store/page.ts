/** Shorter sentences only count as shared when they are the page's own sentence word for word. */
const MIN_SHARED_LENGTH = 30;

/** What is known of the page a figure comes from, to recognise the page's own stored source. */
export class Page {
  private readonly url: string | null;
  private readonly sentences: string[];
  private readonly text: string | null;

  constructor(url: string, sentences: readonly string[], text?: string) {
    this.url = withoutHash(url);
    this.sentences = sentences.map(squash).filter((s) => s !== '');
    this.text = text === undefined ? null : squash(text);
  }

  /** True when a stored source at `url` with this `sentence` is (a copy of) this page. */
  isOwn(url: string | null, sentence: string): boolean {
    if (url !== null && this.url !== null && withoutHash(url) === this.url) return true;
    const stored = squash(sentence);
    if (this.sentences.includes(stored)) return true;
    if (stored.length < MIN_SHARED_LENGTH) return false;
    return (
      (this.text?.includes(stored) ?? false) ||
      this.sentences.some(
        (mine) => mine.length >= MIN_SHARED_LENGTH && (mine.includes(stored) || stored.includes(mine)),
      )
    );
  }
}

function withoutHash(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** Text with runs of white space as one space, so page text and stored text line up. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
