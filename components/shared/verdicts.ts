import type { Verdict } from '../../engine/types';

/** A verdict in words: every chip says it in text, never by colour alone. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  agree: 'agree',
  differ: 'differ',
  'other time': 'other time',
  none: 'no other source',
};

/** What a verdict means, for a tooltip or a screen reader. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  agree: 'Other sources give the same value, within tolerance.',
  differ: 'At least one other source gives a different value.',
  'other time': 'Other sources describe another point in time.',
  none: 'No other stored source reports this claim.',
};
