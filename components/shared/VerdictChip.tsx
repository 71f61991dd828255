import type { Verdict } from '../../engine/types';
import { VERDICT_MEANING, VERDICT_TEXT } from './verdicts';

interface VerdictChipProps {
  verdict: Verdict;
  /** A smaller chip, for one source among several. */
  small?: boolean;
}

/** The verdict as a word in a coloured chip (style: `verdict.css`). */
export function VerdictChip({ verdict, small = false }: VerdictChipProps) {
  const className = `kcc-chip kcc-chip-${verdict.replace(' ', '-')}${small ? ' kcc-chip-small' : ''}`;
  return (
    <span class={className} title={VERDICT_MEANING[verdict]}>
      {VERDICT_TEXT[verdict]}
    </span>
  );
}
