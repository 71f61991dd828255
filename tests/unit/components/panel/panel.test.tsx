// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddPageForm } from '../../../../components/panel/AddPageForm';
import { whyNotChecked } from '../../../../components/panel/checkFailure';
import { excerptOf, groupFigures, summaryOf } from '../../../../components/panel/groupFigures';
import { draftFromPage, draftProblems, toNewSource } from '../../../../components/panel/pageSource';
import { PageFigures, type PageState } from '../../../../components/panel/PageFigures';
import { Panel } from '../../../../components/panel/Panel';
import { isSiteEnabled, siteListsAfter } from '../../../../components/panel/siteSettings';
import type {
  NewSource,
  PageFigure,
  PageMetadata,
  Result,
  SavePageReply,
  SourceSummary,
} from '../../../../protocol/messages';
import { summary as sourceSummary } from '../fixtures';

const FIGURES: PageFigure[] = [
  {
    index: 0,
    text: 'seven-month',
    claim: 'incursion.duration',
    claimLabel: 'How long the incursion lasted',
    verdict: 'agree',
    others: 1,
  },
  {
    index: 2,
    text: 'about 1,300 square kilometres',
    sentence:
      'When Ukrainian units crossed the frontier in August 2024, they seized about 1,300 square kilometres of Russian territory within weeks, the first occupation of Russian land by a foreign army since the Second World War.',
    claim: 'territory.held',
    claimLabel: 'Land seized',
    verdict: 'differ',
    others: 5,
    sources: 3,
  },
  {
    index: 1,
    text: '1,000 square km',
    sentence: 'Ukraine held 1,000 square km.',
    claim: 'territory.held',
    claimLabel: 'Land seized',
    verdict: 'agree',
    others: 5,
    sources: 1,
  },
  { index: 3, text: 'two pockets', claim: null, claimLabel: null, verdict: 'none', others: 0 },
];

const PAGE: PageMetadata = {
  url: 'https://news.example/kursk',
  title: 'Kursk report',
  outlet: 'The Northern Courier',
  published: '2025-03-18',
  text: 'Ukraine seized about 1,300 square kilometres.',
};

let root: HTMLElement | null = null;

function mount(node: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  root = container;
  return container;
}

const buttonNamed = (name: RegExp): HTMLButtonElement =>
  [...document.querySelectorAll('button')].find((button) => name.test(button.textContent ?? ''))!;

const submit = (container: HTMLElement) =>
  act(async () => {
    container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  });

const type = (element: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
});

describe("the panel's figure list", () => {
  it('groups figures by claim, differing figures and their claims first, then in page order', () => {
    expect(groupFigures(FIGURES).map(({ label, figures }) => [label, figures.map((f) => f.index)])).toEqual([
      ['Land seized', [2, 1]],
      ['How long the incursion lasted', [0]],
      ['Other figures', [3]],
    ]);
    const later: PageFigure = { ...FIGURES[0]!, index: 9, text: 'ten months', verdict: 'differ' };
    expect(groupFigures([...FIGURES, later]).map(({ figures }) => figures.map((f) => f.index))).toEqual([
      [9, 0],
      [2, 1],
      [3],
    ]);
  });

  it('sums the page up in one line', () => {
    expect(summaryOf(FIGURES)).toBe('4 figures: 1 differ, 2 agree, 1 with no other source');
    expect(summaryOf([FIGURES[0]!])).toBe('1 figure: 1 agree');
    const mixed: PageFigure = { ...FIGURES[0]!, index: 9, verdict: 'mixed' };
    expect(summaryOf([...FIGURES, mixed])).toBe(
      '5 figures: 1 differ, 1 mixed, 2 agree, 1 with no other source',
    );
    expect(
      groupFigures([FIGURES[0]!, mixed]).flatMap(({ figures }) => figures.map((f) => f.verdict)),
    ).toEqual(['mixed', 'agree']);
  });

  it('shows the words around a figure, cut at words where the sentence is long', () => {
    expect(excerptOf('Ukraine  held\n1,000 square km.', '1,000 square km')).toEqual({
      before: 'Ukraine held ',
      figure: '1,000 square km',
      after: '.',
    });
    const long = excerptOf(FIGURES[1]!.sentence, 'about 1,300 square kilometres', 80)!;
    expect(long.before).toBe('…2024, they seized ');
    expect(long.after).toBe(' of Russian territory…');
    expect(excerptOf('Another sentence.', '1,000 square km')).toBeNull();
    expect(excerptOf(undefined, '1,000 square km')).toBeNull();
  });

  it('names each figure button by the figure, its verdict, the sources and its sentence; reports the chosen index', () => {
    const onChoose = vi.fn();
    const panel = mount(
      <PageFigures
        state={{ status: 'marked', figures: FIGURES }}
        onChoose={onChoose}
        onCheck={() => undefined}
      />,
    );
    expect(panel.querySelector('.summary')!.textContent).toBe(
      '4 figures: 1 differ, 2 agree, 1 with no other source',
    );
    expect(panel.querySelector('.summary strong')!.textContent).toBe('1 differ');
    expect([...panel.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Land seized',
      'How long the incursion lasted',
      'Other figures',
    ]);
    const button = buttonNamed(/about 1,300 square kilometres/);
    expect(button.textContent).toMatch(
      /^about 1,300 square kilometresdiffer3 other sources….* they seized about 1,300 square kilometres of Russian territory .*…$/,
    );
    expect(buttonNamed(/1,000 square km/).textContent).toBe(
      '1,000 square kmagree1 other sourceUkraine held 1,000 square km.',
    );
    // without a count of sources, the figures' count stands in; none at all says nothing more than the chip
    expect(buttonNamed(/seven-month/).textContent).toBe('seven-monthagree1 other source');
    expect(buttonNamed(/two pockets/).textContent).toBe('two pocketsno other source');
    act(() => button.click());
    expect(onChoose).toHaveBeenCalledWith(2);
  });

  it('says why nothing is marked, in step with the site toggle', () => {
    const says = (state: PageState, siteEnabled: boolean | null) => {
      const panel = mount(
        <PageFigures state={state} siteEnabled={siteEnabled} onChoose={vi.fn()} onCheck={vi.fn()} />,
      );
      const text = panel.textContent;
      render(null, panel);
      return text;
    };
    expect(says({ status: 'not marked', reason: 'no mention' }, true)).toBe(
      'This page does not mention Kursk, so it has no figures to check.',
    );
    expect(says({ status: 'not marked', reason: 'site off' }, false)).toContain(
      'marking is off for this site',
    );
    expect(says({ status: 'not marked' }, true)).not.toContain('off');
    expect(says({ status: 'not marked' }, false)).toContain('marking is off for this site');
    expect(says({ status: 'not running', canCheck: true }, false)).toContain('turn marking on below');
    expect(says({ status: 'not running', canCheck: true }, true)).not.toContain('turn marking on');
  });

  it('offers to try a failed check again', () => {
    const onCheck = vi.fn();
    const error =
      'The page did not load (the browser shows its own error page). Reload it, then check it again.';
    const panel = mount(
      <PageFigures state={{ status: 'failed', error, retry: true }} onChoose={vi.fn()} onCheck={onCheck} />,
    );
    expect(panel.querySelector('[role=alert]')!.textContent).toBe(error);
    act(() => buttonNamed(/Try again/).click());
    expect(onCheck).toHaveBeenCalledOnce();
  });

  it('explains in words why a page could not be checked', () => {
    expect(whyNotChecked('Cannot access a chrome:// URL')).toMatch(/^Browsers do not let extensions read/);
    expect(whyNotChecked('The extensions gallery cannot be scripted.')).toMatch(/extension store/);
    expect(
      whyNotChecked(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toMatch(/^Kursk cross-check is not allowed to read this page/);
    expect(whyNotChecked('Frame with ID 0 is showing error page')).toMatch(/did not load/);
    expect(whyNotChecked('No tab with id: 12.')).toMatch(/went away/);
    expect(whyNotChecked('Something odd')).toBe(
      'Kursk cross-check could not read this page. Reload it and try again.',
    );
  });

  it('offers to check the page when the content script is not running', () => {
    const onCheck = vi.fn();
    const state: PageState = { status: 'not running', canCheck: true };
    mount(<PageFigures state={state} onChoose={() => undefined} onCheck={onCheck} />);
    act(() => buttonNamed(/Check this page now/).click());
    expect(onCheck).toHaveBeenCalledOnce();
  });
});

describe('adding the page as a source', () => {
  const summary = (source: NewSource): SourceSummary =>
    sourceSummary('user-1', { ...source, figureCount: 3 });

  it('is filled in from the page, and saves what the user edited', async () => {
    const onSave = vi.fn(async (source: NewSource, _replace?: string): Promise<Result<SavePageReply>> => ({
      ok: true,
      value: { outcome: 'added', source: summary(source) },
    }));
    const form = mount(<AddPageForm page={PAGE} onSave={onSave} />);
    const field = (id: string) => form.querySelector<HTMLInputElement>(`#source-${id}`)!;
    expect(field('outlet').value).toBe('The Northern Courier');
    expect(field('published').value).toBe('2025-03-18');
    expect(form.querySelector('textarea')!.value).toBe(PAGE.text);
    type(field('byline'), 'Elena Marsh');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith(
      { ...toNewSource(draftFromPage(PAGE)), byline: 'Elena Marsh' },
      undefined,
    );
    expect(form.querySelector('[role=status]')!.textContent).toBe('Added “Kursk report” with 3 figures.');
  });

  it('fills in the byline the page gives', () => {
    const form = mount(<AddPageForm page={{ ...PAGE, byline: 'Jane Doe' }} onSave={vi.fn()} />);
    expect(form.querySelector<HTMLInputElement>('#source-byline')!.value).toBe('Jane Doe');
  });

  it('names the stored copy of the page instead of adding a second, and updates it on request', async () => {
    const stored: SourceSummary = {
      ...summary(toNewSource(draftFromPage(PAGE))),
      id: 'user-7',
      title: 'Kursk report (first version)',
      addedAt: Date.UTC(2025, 2, 12, 9),
    };
    const onSave = vi.fn(async (source: NewSource, replace?: string): Promise<Result<SavePageReply>> => ({
      ok: true,
      value:
        replace === undefined
          ? { outcome: 'stored', match: 'address', source: stored }
          : { outcome: 'updated', source: { ...summary(source), id: replace, figureCount: 4 } },
    }));
    const form = mount(<AddPageForm page={PAGE} onSave={onSave} />);
    await submit(form);
    expect(form.querySelector('[role=status]')!.textContent).toBe(
      'Already stored as ‘Kursk report (first version)’ (The Northern Courier, added 12 Mar 2025). ' +
        'Update it with this page’s text and details?Update the stored copy',
    );
    await act(async () => buttonNamed(/Update the stored copy/).click());
    expect(onSave).toHaveBeenLastCalledWith(toNewSource(draftFromPage(PAGE)), 'user-7');
    expect(form.querySelector('[role=status]')!.textContent).toBe(
      'Updated “Kursk report”: it now has 4 figures.',
    );
  });

  it('says when the stored copy was found by its text, and keeps the form when saving fails', async () => {
    const onSave = vi
      .fn<(source: NewSource, replace?: string) => Promise<Result<SavePageReply>>>()
      .mockResolvedValueOnce({
        ok: true,
        value: { outcome: 'stored', match: 'text', source: summary(toNewSource(draftFromPage(PAGE))) },
      })
      .mockResolvedValueOnce({ ok: false, error: 'The storage is full.' });
    const form = mount(<AddPageForm page={PAGE} onSave={onSave} />);
    await submit(form);
    expect(form.querySelector('[role=status]')!.textContent).toContain(', with the same text.');
    await act(async () => buttonNamed(/Update the stored copy/).click());
    expect(form.querySelector('[role=status]')!.textContent).toBe('Not saved: The storage is full.');
    expect(form.querySelector('textarea')!.value).toBe(PAGE.text);
  });

  it('does not save without text, outlet, title and a date, and says which field is wrong', async () => {
    const onSave = vi.fn();
    const form = mount(<AddPageForm page={{ ...PAGE, outlet: null, published: null }} onSave={onSave} />);
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(form.querySelector('#source-outlet')!.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector('#source-published-problem')!.textContent).toBe(
      'Enter the date the article was published.',
    );
    // the date field's hint says how the browser shows the date, and is read with the field
    const published = form.querySelector('#source-published')!;
    expect(published.getAttribute('aria-describedby')).toBe('source-published-hint source-published-problem');
    expect(form.querySelector('#source-published-hint')!.textContent).toMatch(
      /^(Shown as (dd|mm)\/(mm|dd)\/yyyy, your|In your) browser’s date format\. Dates in the text such as “last month” are read from it\.$/,
    );
  });

  it('checks drafts and turns empty optional fields into null', () => {
    expect(
      Object.keys(draftProblems({ ...draftFromPage(PAGE), published: '2025-02-30x', text: ' ' })),
    ).toEqual(['published', 'text']);
    expect(toNewSource({ ...draftFromPage(PAGE), url: '  ' })).toMatchObject({ byline: null, url: null });
  });
});

describe('marking per site', () => {
  it('is on for default sites unless turned off, and for other sites once turned on', () => {
    const none = { sites: [], disabledSites: [] };
    expect(isSiteEnabled(none, 'www.reuters.com', true)).toBe(true);
    expect(isSiteEnabled(none, 'example.org', false)).toBe(false);
    expect(isSiteEnabled({ sites: ['example.org'], disabledSites: [] }, 'example.org', false)).toBe(true);
    expect(isSiteEnabled({ sites: [], disabledSites: ['www.reuters.com'] }, 'www.reuters.com', true)).toBe(
      false,
    );
  });

  it('reads a domain turned off as the background does: its subdomains are off too, other names are not', () => {
    const off = { sites: ['news.example.org'], disabledSites: ['reuters.com', 'example.org'] };
    expect(isSiteEnabled(off, 'www.reuters.com', true)).toBe(false);
    expect(isSiteEnabled(off, 'WWW.Reuters.com', true)).toBe(false);
    expect(isSiteEnabled(off, 'news.example.org', false)).toBe(false);
    expect(isSiteEnabled(off, 'notreuters.com', true)).toBe(true);
    // on again: the domain that turned it off comes off the list, or marking would stay off
    const after = siteListsAfter(off, 'www.reuters.com', true, true);
    expect(after.disabledSites).toEqual(['example.org']);
    expect(isSiteEnabled(after, 'www.reuters.com', true)).toBe(true);
  });

  it('turning on adds a non-default site and clears it from the disabled list; off disables it', () => {
    const lists = { sites: ['a.org'], disabledSites: ['example.org'] };
    expect(siteListsAfter(lists, 'example.org', true, false)).toEqual({
      sites: ['a.org', 'example.org'],
      disabledSites: [],
    });
    expect(siteListsAfter(lists, 'www.bbc.com', true, true)).toEqual({
      sites: ['a.org'],
      disabledSites: ['example.org'],
    });
    expect(siteListsAfter(lists, 'a.org', false, false)).toEqual({
      sites: ['a.org'],
      disabledSites: ['example.org', 'a.org'],
    });
  });
});

describe('the whole panel', () => {
  it('has a heading, the site toggle labelled with the host, and opens the form on demand', () => {
    const onToggleSite = vi.fn();
    const panel = mount(
      <Panel
        page={{ status: 'marked', figures: FIGURES }}
        site={{ host: 'news.example', enabled: false, busy: false, note: null }}
        metadata={PAGE}
        onChoose={() => undefined}
        onCheck={() => undefined}
        onToggleSite={onToggleSite}
        remember={null}
        onToggleRemember={() => undefined}
        onSave={vi.fn()}
        onOpenOptions={() => undefined}
      />,
    );
    expect(panel.querySelector('h1')!.textContent).toBe('Kursk cross-check');
    const toggle = panel.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(toggle.closest('label')!.textContent).toContain('Mark figures on news.example');
    act(() => toggle.click());
    expect(onToggleSite).toHaveBeenCalledWith(true);
    const disclosure = buttonNamed(/Add this page as a source/);
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(panel.querySelector('form')).toBeNull();
    act(() => disclosure.click());
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(panel.querySelector('form')).not.toBeNull();
  });

  it('shows the remembering switch as stored, says what it does, and hands over a change', () => {
    const onToggleRemember = vi.fn();
    const panel = mount(
      <Panel
        page={{ status: 'marked', figures: FIGURES }}
        site={null}
        metadata={null}
        onChoose={() => undefined}
        onCheck={() => undefined}
        onToggleSite={() => undefined}
        remember={{ on: false, busy: false, note: null }}
        onToggleRemember={onToggleRemember}
        onSave={vi.fn()}
        onOpenOptions={() => undefined}
      />,
    );
    const box = panel.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(box.closest('label')!.textContent).toContain('Remember the Kursk articles I read');
    const hint = panel.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent;
    expect(hint).toMatch(/nothing leaves it/);
    act(() => box.click());
    expect(onToggleRemember).toHaveBeenCalledWith(true);
  });
});
