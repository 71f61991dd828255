// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHOWN_CHARACTERS } from '../../../../components/options/SourceRow';
import { PAGE_SIZE, SourcesTable } from '../../../../components/options/SourcesTable';
import type { SourceSummary } from '../../../../protocol/messages';
import { summary as sourceSummary } from '../fixtures';

const summary = (id: string, overrides: Partial<SourceSummary> = {}) =>
  sourceSummary(id, { figureCount: 3, ...overrides });

const actions = () => ({ onToggle: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn() });

function mount(sources: SourceSummary[], handlers = actions()) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(<SourcesTable sources={sources} busyIds={new Set()} loading={false} {...handlers} />, root),
  );
  return { root, handlers };
}

function typeInto(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no such input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const bodyRows = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')];
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SourcesTable', () => {
  it('renders markup in titles and outlets as text', () => {
    const title = '<img src=x onerror=alert(1)>';
    const { root } = mount([summary('x', { title, outlet: '<b>Bold</b>', byline: '<script>1</script>' })]);
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('tbody th')?.textContent).toContain(title);
    expect(root.querySelector('tbody td')?.textContent).toBe('<b>Bold</b>');
  });

  it('cuts very long outlets, titles and bylines, and gives each whole as the title shown on hover', () => {
    const title = 'K'.repeat(100_000);
    const outlet = 'O'.repeat(5_000);
    const byline = 'B'.repeat(5_000);
    const { root } = mount([summary('x', { title, outlet, byline })]);
    const clipped = [...root.querySelectorAll('tbody .clip')];
    expect(clipped.map((element) => element.getAttribute('title'))).toEqual([outlet, title, byline]);
    expect(clipped.map((element) => element.textContent)).toEqual(
      [outlet, title, byline].map((text) => `${text.slice(0, SHOWN_CHARACTERS)}…`),
    );
    const { root: linked } = mount([summary('y', { title, url: 'https://news.example/a' })]);
    const link = linked.querySelector('tbody a')!;
    expect([link.getAttribute('title'), link.textContent]).toEqual([
      title,
      `${title.slice(0, SHOWN_CHARACTERS)}…`,
    ]);
  });

  it('links titles only to http(s) addresses', () => {
    const { root } = mount([
      summary('web', { url: 'https://example.com/kursk' }),
      summary('script', { url: 'javascript:alert(1)' }),
    ]);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.com/kursk']);
  });

  it('lists newest first with headers and counts in the caption', () => {
    const { root } = mount([
      summary('old', { published: '2024-08-10' }),
      summary('new', { published: '2025-03-16', origin: 'bundled', enabled: false }),
    ]);
    expect(bodyRows(root).map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Title new',
      'Title old',
    ]);
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Outlet',
      'Title',
      'Published',
      'Figures',
      'Enabled',
      'Origin',
      'Actions',
    ]);
    expect(root.querySelector('caption')?.textContent).toBe('2 sources: 1 bundled, 1 added; 1 enabled.');
    expect(bodyRows(root)[0]?.textContent).toContain('Bundled');
  });

  it('shows published dates as 16 Mar 2025, machine-readable in <time datetime>, never as ISO text', () => {
    const { root } = mount([
      summary('a', { published: '2024-08-10' }),
      summary('b', { published: '2025-03-16' }),
    ]);
    const times = [...root.querySelectorAll('tbody time')];
    expect(times.map((time) => [time.textContent, time.getAttribute('datetime')])).toEqual([
      ['16 Mar 2025', '2025-03-16'],
      ['10 Aug 2024', '2024-08-10'],
    ]);
    expect(root.querySelector('table')?.textContent).not.toMatch(/\d{4}-\d{2}/);
  });

  it('names each row’s controls after its title and reports their use', () => {
    const source = summary('a', { title: 'Kursk pocket shrinks' });
    const { root, handlers } = mount([source]);
    const checkbox = root.querySelector<HTMLInputElement>('input[type=checkbox]');
    expect(checkbox?.getAttribute('aria-label')).toBe('Enabled: Kursk pocket shrinks');
    expect(checkbox?.checked).toBe(true);
    act(() => checkbox?.click());
    expect(handlers.onToggle).toHaveBeenCalledWith(source, false);
    act(() => button(root, 'Delete Kursk pocket shrinks')?.click());
    expect(handlers.onDelete).toHaveBeenCalledWith(source);
    act(() => button(root, 'Edit Kursk pocket shrinks')?.click());
    expect(handlers.onEdit).toHaveBeenCalledWith(source);
  });

  it('filters by outlet and title and says how many match', () => {
    const { root } = mount([
      summary('a', { outlet: 'Metro' }),
      summary('b', { title: 'Metro area map' }),
      summary('c'),
    ]);
    const filter = root.querySelector<HTMLInputElement>('#source-filter');
    expect(root.querySelector(`label[for="source-filter"]`)?.textContent).toBe('Filter sources');
    typeInto(filter, 'metro');
    expect(bodyRows(root)).toHaveLength(2);
    expect(root.querySelector('caption')?.textContent).toBe('2 of 3 sources match “metro”.');
    typeInto(filter, 'nothing like it');
    expect(bodyRows(root).map((row) => row.textContent)).toEqual(['No sources match the filter.']);
  });

  it('renders 10,000 sources a page at a time', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      summary(`s${i}`, { published: `2024-${String((i % 12) + 1).padStart(2, '0')}-01` }),
    );
    const { root } = mount(many);
    expect(bodyRows(root)).toHaveLength(PAGE_SIZE);
    expect(root.querySelector('caption')?.textContent).toBe(
      '10,000 sources: 0 bundled, 10,000 added; 10,000 enabled. Showing the first 200.',
    );
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show 200 more'));
    act(() => more?.click());
    expect(bodyRows(root)).toHaveLength(2 * PAGE_SIZE);
    expect(bodyRows(root)[0]?.querySelector('time')?.textContent).toBe('1 Dec 2024');
  });

  it('names read sources as such, counts them, and shows one origin at a time with the filter', () => {
    const { root, handlers } = mount([
      summary('added'),
      summary('read-1', { origin: 'read', outlet: 'BBC News' }),
      summary('read-2', { origin: 'read', outlet: 'Meduza', enabled: false }),
      summary('shipped', { origin: 'bundled' }),
    ]);
    expect(root.querySelector('caption')?.textContent).toBe(
      '4 sources: 1 bundled, 1 added, 2 read; 3 enabled.',
    );
    const origin = root.querySelector<HTMLSelectElement>('#source-origin')!;
    expect(root.querySelector(`label[for=source-origin]`)?.textContent).toBe('Show');
    const choose = (value: string) =>
      act(() => {
        origin.value = value;
        origin.dispatchEvent(new Event('change', { bubbles: true }));
      });
    choose('read');
    expect(bodyRows(root).map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Title read-1',
      'Title read-2',
    ]);
    expect(bodyRows(root).map((row) => row.querySelector('.badge')?.textContent)).toEqual(['Read', 'Read']);
    expect(root.querySelector('caption')?.textContent).toBe('Read: 2 of 4 sources.');
    typeInto(root.querySelector('#source-filter'), 'meduza');
    expect(bodyRows(root)).toHaveLength(1);
    expect(root.querySelector('caption')?.textContent).toBe('Read: 1 of 4 sources match “meduza”.');
    // one click removes it: the page asks nothing more before it goes (and offers its undo)
    act(() => button(root, 'Delete Title read-2')!.click());
    expect(handlers.onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'read-2' }));
    typeInto(root.querySelector('#source-filter'), '');
    choose('user');
    expect(bodyRows(root).map((row) => row.querySelector('.badge')?.textContent)).toEqual(['Added']);
  });

  it('says where read sources come from when there are none yet, and does not count them', () => {
    const { root } = mount([summary('added')]);
    expect(root.querySelector('caption')?.textContent).toBe('1 source: 0 bundled, 1 added; 1 enabled.');
    const origin = root.querySelector<HTMLSelectElement>('#source-origin')!;
    act(() => {
      origin.value = 'read';
      origin.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector('tbody')?.textContent).toContain('Remember the Kursk articles I read');
  });
});
