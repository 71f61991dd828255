import { useEffect, useRef, useState } from 'preact/hooks';
import { extract } from '../../engine/index';
import type { Figure } from '../../engine/types';
import type { Result, Settings, SourceSummary, StoredSource } from '../../protocol/messages';
import { formatDate, plural } from '../shared/format';
import { FigureTable } from './FigureTable';
import { StatusLine } from './StatusLine';

const ID = 'source-figures';

interface SourceFiguresDialogProps {
  source: SourceSummary;
  areaUnit: Settings['areaUnit'];
  /** Fetches the stored source with its text. */
  loadSource: (id: string) => Promise<Result<StoredSource>>;
  onClose: () => void;
}

type Loaded = { figures: Figure[] } | { error: string } | null;

/**
 * A modal dialog listing a source's figures with the claim each speaks of and its as-of date: what
 * comparisons use of it. The figures are read from the stored text as the store reads them.
 */
export function SourceFiguresDialog({ source, areaUnit, loadSource, onClose }: SourceFiguresDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded>(null);

  useEffect(() => {
    const opener = document.activeElement;
    dialog.current?.showModal();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    let current = true;
    void loadSource(source.id).then((result) => {
      if (!current) return;
      setLoaded(
        result.ok
          ? { figures: extract(result.value.text, { published: result.value.published }) }
          : { error: `The figures could not be read: ${result.error}` },
      );
    });
    return () => {
      current = false;
    };
  }, [source.id]);

  const figures = loaded && 'figures' in loaded ? loaded.figures : null;
  const claimed = figures?.filter((figure) => figure.claim !== null).length ?? 0;

  return (
    <dialog
      ref={dialog}
      class="edit-dialog figures-dialog"
      aria-labelledby={`${ID}-heading`}
      aria-describedby={`${ID}-summary`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${ID}-heading`}>Figures in “{source.title}”</h2>
      <p id={`${ID}-summary`} class="hint">
        {source.outlet}, <time dateTime={source.published}>{formatDate(source.published)}</time>.{' '}
        {figures
          ? figures.length === 0
            ? 'No figures were found in its text.'
            : `${plural(figures.length, 'figure')}, ${claimed.toLocaleString('en-US')} on subjects the extension compares${claimed < figures.length ? '; the others are not compared' : ''}.`
          : loaded
            ? ''
            : 'Reading the figures…'}
      </p>
      {figures && figures.length > 0 ? (
        <FigureTable
          figures={figures}
          areaUnit={areaUnit}
          stored
          caption={`Figures in ${source.title}`}
          scroll="figures-scroll"
        />
      ) : null}
      <StatusLine error={loaded && 'error' in loaded ? loaded.error : undefined} />
      <div class="actions">
        <button type="button" class="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
