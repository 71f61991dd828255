import { formatCount } from '../shared/format';

export interface Progress {
  done: number;
  total: number;
}

interface OperationProgressProps {
  label: string;
  /** Null until the first report: the bar then shows that work goes on without saying how much. */
  progress: Progress | null;
}

/** A labelled progress bar with the count written out. */
export function OperationProgress({ label, progress }: OperationProgressProps) {
  const known = progress !== null && progress.total > 0;
  return (
    <div class="progress">
      <progress
        aria-label={label}
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      <span>
        {label}
        {known ? ` ${formatCount(progress.done)} of ${formatCount(progress.total)}` : ''}…
      </span>
    </div>
  );
}
