import type { TFunction } from 'i18next';

const TOOLS = ['qualtrics', 'qualtrics-legacy', 'surveymonkey', 'google-forms', 'limesurvey', 'wenjuanxing', 'tencent', 'jinshuju', 'plain'] as const;
type Tool = (typeof TOOLS)[number];

/** The survey tool a file came from, by name. */
export function toolName(t: TFunction, tool: string): string {
  return (TOOLS as readonly string[]).includes(tool) ? t(`surveys.wizard.tools.${tool as Tool}`) : tool;
}
