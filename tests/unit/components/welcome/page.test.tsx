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
      'no other source',
    ]);
    expect(root.querySelector('[aria-labelledby=privacy-heading]')?.textContent).toMatch(
      /Nothing leaves your browser\. The extension makes no network requests/,
    );
  });

  it('says that a mark shows its verdict before hovering, and how each verdict’s mark looks, in words', () => {
    const { root } = mount();
    expect(root.querySelector('[aria-labelledby=marks-heading]')?.textContent).toContain(
      'the underline already shows the verdict',
    );
    const looks = [...root.querySelectorAll('.verdicts .mark-look')];
    expect(looks.map((look) => look.textContent)).toEqual([
      'On the page: 1,300\u00a0km² a solid green underline.',
      'On the page: 1,300\u00a0km² a wavy red underline.',
      'On the page: 1,300\u00a0km² a double amber underline.',
      'On the page: 1,300\u00a0km² a dashed purple underline.',
      'On the page: 1,300\u00a0km² a faint dotted underline.',
    ]);
    // each sample is drawn as its verdict's mark, and left to the words for a screen reader
    expect(looks.map((look) => look.querySelector('.sample')?.className)).toEqual([
      'sample sample-agree',
      'sample sample-differ',
      'sample sample-mixed',
      'sample sample-other-time',
      'sample sample-none',
    ]);
    expect(looks.every((look) => look.querySelector('.sample')?.getAttribute('aria-hidden') === 'true')).toBe(
      true,
    );
  });

  it('names remembering the articles read among where sources come from', () => {
    const { root } = mount();
    expect(root.querySelector('[aria-labelledby=sources-heading]')?.textContent).toContain(
      'Remember the Kursk articles I read',
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
