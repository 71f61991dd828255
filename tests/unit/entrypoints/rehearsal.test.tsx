// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover } from '../../../components/popover/Popover';
import { REHEARSAL, rehearse } from '../../../entrypoints/popover-frame/rehearsal';
import type { PopoverFrameDrawing } from '../../../protocol/messages';

/** What the frame does with a drawing (entrypoints/popover-frame/main.tsx), without its port. */
function drawInto(into: HTMLElement, shown: PopoverFrameDrawing | null): void {
  if (!shown) return render(null, into);
  const { state, theme, ...props } = shown;
  render(
    <Popover
      {...props}
      theme={theme ?? 'light'}
      state={state}
      below={0}
      onCopy={async () => true}
      onAddSources={() => undefined}
    />,
    into,
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('rehearse', () => {
  it('draws a whole popover where nobody sees, hears or reaches it, and leaves nothing', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const before = document.body.innerHTML;
    const seen: Array<{ dialog: boolean; outcome: boolean; sources: number; hidden: boolean }> = [];
    rehearse(document, (shown, into) => {
      drawInto(into, shown);
      if (!shown) return;
      seen.push({
        dialog: into.querySelector('[role=dialog]') !== null,
        outcome: into.querySelector('.outcome') !== null,
        sources: into.querySelectorAll('.source').length,
        hidden:
          into.parentElement === document.body &&
          into.getAttribute('aria-hidden') === 'true' &&
          into.inert &&
          into.style.visibility === 'hidden',
      });
    });
    // the parts a first popover draws: its dialog, its verdict, three sources and a worked-out figure
    expect(seen).toEqual([{ dialog: true, outcome: true, sources: 4, hidden: true }]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('takes its stage away even when drawing fails', () => {
    const drawn: Array<PopoverFrameDrawing | null> = [];
    expect(() =>
      rehearse(document, (shown) => {
        drawn.push(shown);
        if (shown) throw new Error('a component broke');
      }),
    ).toThrow('a component broke');
    expect(drawn).toEqual([REHEARSAL, null]);
    expect(document.body.children).toHaveLength(0);
  });
});
