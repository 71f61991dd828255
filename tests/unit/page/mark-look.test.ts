// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dressMark, lookOf, setLook, type Look } from '../../../page/marking/markLook';

describe("a mark's look", () => {
  it('follows the verdict, and the reader’s choice only for figures no other source reports', () => {
    for (const verdict of ['agree', 'differ', 'mixed', 'other time'] as const)
      for (const unmatched of ['show', 'quiet', 'hide'] as const)
        expect(lookOf(verdict, unmatched)).toBe(verdict);
    expect(lookOf('none', 'show')).toBe('none');
    expect(lookOf('none', 'quiet')).toBe('quiet');
    expect(lookOf('none', 'hide')).toBe('hidden');
  });

  it('changes nothing the page can read on the mark, whichever look it shows', () => {
    const mark = document.createElement('span');
    mark.textContent = '1,368 square km';
    dressMark(mark);
    document.body.replaceChildren(mark);
    const seen = () => `${mark.outerHTML}|${mark.shadowRoot === null}|${mark.getAttribute('style')}`;
    const first = seen();
    const looks: Look[] = ['agree', 'differ', 'mixed', 'other time', 'none', 'quiet', 'hidden', 'pending'];
    for (const look of looks) {
      setLook(mark, look);
      expect(seen()).toBe(first);
    }
    expect(first).toBe('<span>1,368 square km</span>|true|null');
  });
});
