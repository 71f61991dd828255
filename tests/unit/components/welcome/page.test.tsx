// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomePage } from '../../../../components/welcome/WelcomePage';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount() {
  const onOpenOptions = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<WelcomePage siteCount={40} onOpenOptions={onOpenOptions} />, root));
  return { root, onOpenOptions };
}

describe('the welcome page', () => {
  it('explains marks, verdicts, sources, adding and importing, and privacy, in that order', () => {
    const { root } = mount();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Marks',
      'Verdicts',
      'Where the sources come from',
      'Adding and importing sources',
      'Privacy',
    ]);
    expect(root.textContent).toContain('On 40 news sites');
    expect([...root.querySelectorAll('.verdicts dt')].map((dt) => dt.textContent)).toEqual([
      'agree',
      'differ',
      'mixed',
      'other time',
    ]);
    expect(root.querySelector('[aria-labelledby=privacy-heading]')?.textContent).toMatch(
      /Nothing leaves your browser\. The extension makes no network requests/,
    );
  });

  it('each section is named by its heading, and the button opens the options page', () => {
    const { root, onOpenOptions } = mount();
    for (const section of root.querySelectorAll('section')) {
      const heading = root.querySelector(`#${section.getAttribute('aria-labelledby')}`);
      expect(heading?.tagName).toBe('H2');
    }
    const open = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Open sources and settings',
    );
    act(() => open?.click());
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
