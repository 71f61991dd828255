/** 0.1 → "10"; 0.125 → "12.5". */
export const toleranceToPercent = (tolerance: number): string => String(Math.round(tolerance * 1000) / 10);

/** "10" → 0.1; anything that is not a number from 0 to 100 gives null. */
export function percentToTolerance(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const percent = Number(trimmed);
  return percent >= 0 && percent <= 100 ? percent / 100 : null;
}
