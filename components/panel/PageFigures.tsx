import type { PageFigure } from '../../utils/protocol';
import { FigureList } from './FigureList';

/** What the panel knows of the page's figures. */
export type PageState =
  | { status: 'reading' }
  | { status: 'not running'; canCheck: boolean }
  | { status: 'checking' }
  | { status: 'not marked' }
  | { status: 'marked'; figures: PageFigure[] }
  | { status: 'failed'; error: string };

interface PageFiguresProps {
  state: PageState;
  onChoose: (index: number) => void;
  onCheck: () => void;
}

/** The figures of the page, or why there are none and what to do about it. */
export function PageFigures({ state, onChoose, onCheck }: PageFiguresProps) {
  switch (state.status) {
    case 'reading':
      return (
        <p class="status" role="status">
          Reading the page…
        </p>
      );
    case 'checking':
      return (
        <p class="status" role="status">
          Checking the page…
        </p>
      );
    case 'not running':
      return (
        <>
          <p>Kursk cross-check is not running on this page.</p>
          {state.canCheck && (
            <button type="button" class="primary" onClick={onCheck}>
              Check this page now
            </button>
          )}
        </>
      );
    case 'not marked':
      return (
        <p>Nothing is marked on this page: it does not mention Kursk, or marking is off for this site.</p>
      );
    case 'failed':
      return <p class="error">{state.error}</p>;
    case 'marked':
      return state.figures.length === 0 ? (
        <p>This page mentions Kursk, but none of its figures is about a known claim.</p>
      ) : (
        <FigureList figures={state.figures} onChoose={onChoose} />
      );
  }
}
