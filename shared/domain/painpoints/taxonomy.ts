/**
 * Why customers are dissatisfied: the taxonomy a department head classifies each pain
 * point's causes with — value, system and staff causes.
 */
import { z } from 'zod';

export const CAUSE_GROUPS = {
  value: ['poor-quality', 'below-expectation', 'not-worth-price'],
  system: ['slow-response', 'messy-premises', 'poor-range', 'inconvenient-location'],
  staff: ['impolite', 'lacking-knowledge', 'poor-appearance'],
} as const;

export type CauseGroup = keyof typeof CAUSE_GROUPS;
export const CAUSES = [...CAUSE_GROUPS.value, ...CAUSE_GROUPS.system, ...CAUSE_GROUPS.staff, 'other'] as const;
export const Cause = z.enum(CAUSES);
export type Cause = z.infer<typeof Cause>;

export function causeGroup(cause: Cause): CauseGroup | null {
  for (const [group, list] of Object.entries(CAUSE_GROUPS) as [CauseGroup, readonly string[]][]) if (list.includes(cause)) return group;
  return null;
}
