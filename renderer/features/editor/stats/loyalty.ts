/** "At most N%" of loyalty kept: whole percent, but never a misleading 0 for a tiny positive bound. */
export function loyaltyPercent(kept: number): string {
  const percent = Math.round(kept * 100);
  return percent === 0 && kept > 0 ? '<1' : String(percent);
}

/** Below this share the figure is shown as a warning (0.9^5 ≈ 59%: five transfers). */
export const LOYALTY_WARN = 0.6;
