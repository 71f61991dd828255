// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { Marker } from '../../../page/marking/marker';
import { MARK_ATTRIBUTE } from '../../../page/marking/ownElements';

it('marks with a plain <span> and the session attribute whatever custom elements the page defines', () => {
  customElements.define('kcc-mark', class extends HTMLElement {});
  customElements.define('news-mark', class extends HTMLElement {});
  document.body.innerHTML = '<p>about 110 square km</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const [mark] = new Marker(document).mark([{ node: text, start: 6, end: 19 }], { index: 3, label: 'x' });
  expect(mark!.tagName).toBe('SPAN');
  expect(mark!.getAttribute(MARK_ATTRIBUTE)).toBe('3');
  expect(mark!.hasAttribute('data-kcc-mark')).toBe(false);
  expect(mark!.textContent).toBe('110 square km');
  // the look is in a closed root: nothing of it shows on the mark
  expect(mark!.shadowRoot).toBeNull();
  expect(mark!.getAttributeNames().sort()).toEqual(
    ['aria-haspopup', 'aria-label', MARK_ATTRIBUTE, 'role', 'tabindex'].sort(),
  );
});
