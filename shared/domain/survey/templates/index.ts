/**
 * Survey templates shipped with the app (a blank survey is not a template; the app handles
 * it): customer experience (external), employee / internal-customer experience and a
 * 12-item engagement survey in our own wording (both internal).
 */
import { defaultDirection } from '../direction';
import type { QuestionInput } from '../types';
import { customerExperienceTemplate } from './customer-experience';
import { employeeExperienceTemplate } from './employee-experience';
import { engagementTemplate } from './engagement';
import type { SurveyTemplate } from './scales';

export { SCALES } from './scales';
export type { SurveyTemplate, TemplateFactor, TemplateGrouping, TemplateQuestion, TemplateText } from './scales';
export { customerExperienceTemplate, employeeExperienceTemplate, engagementTemplate };

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [customerExperienceTemplate, employeeExperienceTemplate, engagementTemplate];

/** The template with this key, or `undefined` when there is none. */
export function findSurveyTemplate(key: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((t) => t.key === key);
}

/**
 * Turns a template into question inputs in one language. Engagement items are linked to
 * their grouping; other questions start unlinked (a touchpoint link needs a touchpoint of the
 * user's map, which the user picks; the template's `factor` says which factor to link).
 */
export function templateQuestions(t: SurveyTemplate, lang: 'zh-CN' | 'en'): QuestionInput[] {
  return t.questions.map((q) => ({
    code: q.code,
    text: q.text[lang],
    type: q.type,
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    labels: q.labels.map((l) => ({ ...l })),
    group: q.group[lang],
    link: q.grouping ? { kind: 'grouping', grouping: q.grouping } : null,
    direction: defaultDirection(q.text[lang], q.type),
  }));
}
