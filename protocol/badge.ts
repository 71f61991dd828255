/**
 * What the marking script of a page's top frame tells the background once its figures' verdicts are
 * shown: how many of them differ from other sources (from the page's one `compareMany`), for the
 * toolbar icon of the page's tab. Sent apart from the background requests, since the background
 * needs the tab it comes from.
 */
export interface BadgeRequest {
  type: 'pageBadge';
  differ: number;
}

export function isBadgeRequest(message: unknown): message is BadgeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, differ } = message as Partial<BadgeRequest>;
  return type === 'pageBadge' && Number.isSafeInteger(differ) && differ! >= 0;
}

/** The badge's text: the number of differing figures, or nothing. */
export const badgeText = (differ: number): string =>
  differ > 0 ? (differ > 99 ? '99+' : String(differ)) : '';

/**
 * The toolbar button's tooltip on a tab. The count takes in mixed figures too, so it names both
 * verdicts: the panel beside it counts them apart ("2 mixed, 5 agree").
 */
export const badgeTitle = (differ: number): string =>
  differ === 0
    ? 'Kursk cross-check'
    : `Kursk cross-check: ${differ} ${differ === 1 ? 'figure' : 'figures'} that other sources contradict (differ or mixed)`;
