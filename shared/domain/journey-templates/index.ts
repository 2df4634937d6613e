/** All journey templates, the sample service journey first, plus the departments they refer to. */
import { financingTemplate } from './financing';
import { onsiteSalesTemplate } from './onsite-sales';
import { partsTemplate } from './parts';
import { phoneTemplate } from './phone';
import { serviceTemplate } from './service';
import type { JourneyTemplate } from './types';

export { DEPARTMENTS } from './departments';
export type { Bilingual, JourneyTemplate, TemplateDepartment, TemplateLane, TemplateTouchpoint } from './types';
export { financingTemplate, onsiteSalesTemplate, partsTemplate, phoneTemplate, serviceTemplate };

export const TEMPLATES: readonly JourneyTemplate[] = [
  serviceTemplate,
  onsiteSalesTemplate,
  financingTemplate,
  phoneTemplate,
  partsTemplate,
];

/** The template with this key, or `undefined` when there is none. */
export function findTemplate(key: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.key === key);
}
