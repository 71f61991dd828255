// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { Marker } from '../../../page/marking/marker';

it('marks with <span data-kcc-mark> when the page already defines <kcc-mark>', () => {
  customElements.define('kcc-mark', class extends HTMLElement {});
  document.body.innerHTML = '<p>about 110 square km</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const [mark] = new Marker(document).mark([{ node: text, start: 6, end: 19 }], { index: 0, label: 'x' });
  expect(mark!.tagName).toBe('SPAN');
  expect(mark!.hasAttribute('data-kcc-mark')).toBe(true);
  expect(mark!.textContent).toBe('110 square km');
});
