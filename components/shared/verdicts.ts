import type { Verdict } from '../../engine/types';

/** A verdict in words: every chip says it in text, never by colour alone. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  agree: 'agree',
  differ: 'differ',
  mixed: 'mixed',
  'other time': 'other time',
  none: 'no other source',
};

/** What a verdict means, for a tooltip or a screen reader. */
export const VERDICT_MEANING: Record<Verdict, string> = {
  agree: 'Other sources at a comparable time all give the same value, within tolerance.',
  differ: 'Other sources at a comparable time all give a different value.',
  mixed: 'At a comparable time some other sources agree and some give a different value.',
  'other time': 'Other sources describe another point in time.',
  none: 'No other stored source gives a figure for this.',
};
