import type { ComparedFigure, PopoverFrameDrawing } from '../../protocol/messages';

const sentence = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return { sentence: text, sentenceStart: start, sentenceEnd: start + figure.length };
};

const other = (
  outlet: string,
  published: string,
  value: number,
  verdict: ComparedFigure['comparison']['verdict'],
  said: string,
  text: string,
): ComparedFigure => ({
  source: { id: `${outlet}-${published}`, outlet, title: `${outlet}: a report`, published, url: null },
  figure: {
    text,
    value,
    unit: 'km2',
    qualifier: 'about',
    asOf: published,
    attribution: 'Kyiv',
    normalized: { value, unit: 'km2' },
    ...sentence(said, text),
  },
  comparison: { verdict, spread: 0.08, reason: `${verdict}: ${value} km² against 1,300 km²` },
});

/**
 * A popover such as the reader sees: a figure, the verdict and its why line, a chart, sources with
 * their sentences, one worked-out figure. Its words stand for nobody's: it is drawn unseen and taken
 * away at once (`rehearse`).
 */
export const REHEARSAL: PopoverFrameDrawing = {
  figure: {
    text: 'about 1,300 square kilometres',
    value: 1300,
    unit: 'km2',
    qualifier: 'about',
    claim: 'territory.held',
    asOf: '2024-08-20',
    normalized: { value: 1300, unit: 'km2' },
    sentence: 'Kyiv says it holds about 1,300 square kilometres (502 sq mi) – “more than ever”…',
  },
  published: '2024-08-20',
  claimLabel: 'Land Ukraine holds in Kursk',
  label: 'about 1,300 square kilometres: what other sources say',
  areaUnit: 'km2',
  theme: 'light',
  state: {
    status: 'ready',
    reply: {
      claim: 'territory.held',
      claimLabel: 'Land Ukraine holds in Kursk',
      timeVarying: true,
      verdict: 'mixed',
      tolerance: 0.1,
      others: [
        other(
          'Outlet A',
          '2024-08-19',
          1250,
          'agree',
          '“We hold 1,250 sq km,” a commander said.',
          '1,250 sq km',
        ),
        other(
          'Outlet B',
          '2024-08-21',
          1000,
          'differ',
          'It held up to 1,000 square km ≈ 386 sq mi.',
          '1,000 square km',
        ),
        other('Outlet C', '2025-03-01', 110, 'other time', 'About 110 km² remain held.', '110 km²'),
      ],
      more: 2,
      totals: { figures: 5, sources: 4, verdicts: { agree: 2, differ: 1, 'other time': 2 } },
      derived: [
        {
          words: '1,295 km² held at the height − (64 % retaken of it ≈ 829 km²) ≈ 466 km² still held',
          asOf: '2025-03-10',
          comparison: { verdict: 'other time', spread: null, reason: 'of another time' },
        },
      ],
    },
  },
};

/**
 * Draws a popover once where nobody sees it, lays it out and takes it away, all in one task: the
 * frame's first real popover then finds its code compiled, its style rules matched and its fonts
 * found, which made a first popover take about twice as long in the frame as the next. The stage is
 * hidden, inert and out of the accessibility tree (in a frame that is itself hidden), and nothing of
 * it is left.
 */
export function rehearse(
  document: Document,
  draw: (drawing: PopoverFrameDrawing | null, into: HTMLElement) => void,
): void {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  stage.style.cssText = 'position: absolute; top: 0; left: 0; width: 100%; visibility: hidden';
  document.body.append(stage);
  try {
    draw(REHEARSAL, stage);
    // the layout a real popover's measuring forces
    stage.getBoundingClientRect();
  } finally {
    draw(null, stage);
    stage.remove();
  }
}
