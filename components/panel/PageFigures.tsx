import type { PageFigure } from '../../protocol/messages';
import { FigureList } from './FigureList';

/** What the panel knows of the page's figures. */
export type PageState =
  | { status: 'reading' }
  | { status: 'not running'; canCheck: boolean }
  | { status: 'checking' }
  /** `reason`, when the page says: it does not mention Kursk, or marking is off for its site. */
  | { status: 'not marked'; reason?: 'no mention' | 'site off' }
  | { status: 'marked'; figures: PageFigure[] }
  /** `retry`: checking the page failed, and may be tried again. */
  | { status: 'failed'; error: string; retry?: boolean };

interface PageFiguresProps {
  state: PageState;
  /** Whether marking is on for the page's site, when it is a web page and the settings are known. */
  siteEnabled?: boolean | null;
  onChoose: (index: number) => void;
  onCheck: () => void;
}

/** The figures of the page, or why there are none and what to do about it. */
export function PageFigures({ state, siteEnabled = null, onChoose, onCheck }: PageFiguresProps) {
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
          <p>
            {siteEnabled === false
              ? 'Figures are not marked on this site.'
              : 'Kursk cross-check has not read this page (it was open before the extension started, or the browser keeps extensions out of it).'}
          </p>
          {state.canCheck && (
            <>
              <button type="button" class="primary" onClick={onCheck}>
                Check this page now
              </button>
              {siteEnabled === false && (
                <p class="note">
                  Checks it once. To mark this site’s pages every time, turn marking on below.
                </p>
              )}
            </>
          )}
        </>
      );
    case 'not marked': {
      const off = state.reason === 'site off' || (state.reason === undefined && siteEnabled === false);
      return off ? (
        <p>Nothing is marked: marking is off for this site. Turn it on below to see its figures.</p>
      ) : (
        <p>This page does not mention Kursk, so it has no figures to check.</p>
      );
    }
    case 'failed':
      return (
        <>
          <p class="error" role="alert">
            {state.error}
          </p>
          {state.retry && (
            <button type="button" class="secondary" onClick={onCheck}>
              Try again
            </button>
          )}
        </>
      );
    case 'marked':
      return state.figures.length === 0 ? (
        <p>This page mentions Kursk, but none of its figures is on a subject the extension compares.</p>
      ) : (
        <FigureList figures={state.figures} onChoose={onChoose} />
      );
  }
}
