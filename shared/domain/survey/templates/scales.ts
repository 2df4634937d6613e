/**
 * Answer scales shipped with the survey templates, the template types, and small builders
 * the template files use to write questions compactly. Pure data, no side effects.
 */
import type { Label } from '../types';

/** A text in both first-class languages. */
export interface TemplateText {
  'zh-CN': string;
  en: string;
}

export type TemplateGrouping = 'basic-needs' | 'individual' | 'teamwork' | 'growth';
export type TemplateFactor = 'need' | 'convenience' | 'emotion';

export interface TemplateQuestion {
  /** Short code (letters and digits, as survey tools such as LimeSurvey accept). */
  code: string;
  text: TemplateText;
  type: 'likert' | 'nps' | 'single' | 'multiple' | 'number' | 'text';
  scaleMin: number | null;
  scaleMax: number | null;
  /** Scale points (likert, nps) or options (single, multiple); empty otherwise. */
  labels: Label[];
  group: TemplateText;
  /** Engagement grouping the item belongs to (engagement template only). */
  grouping: TemplateGrouping | null;
  /** What a touchpoint item measures: need, convenience or emotion. */
  factor: TemplateFactor | null;
}

export interface SurveyTemplate {
  key: string;
  kind: 'internal' | 'external';
  name: TemplateText;
  description: TemplateText;
  questions: TemplateQuestion[];
}

export const bi = (zh: string, en: string): TemplateText => ({ 'zh-CN': zh, en });

/** Labels with consecutive values from `start`, one per [zh, en] pair. */
function points(start: number, pairs: [string, string][]): Label[] {
  return pairs.map(([zh, en], i) => ({ value: start + i, 'zh-CN': zh, en }));
}

function likelihood(): Label[] {
  const out: Label[] = [];
  for (let v = 0; v <= 10; v++) {
    if (v === 0) out.push({ value: 0, 'zh-CN': '完全不可能', en: 'Not at all likely' });
    else if (v === 10) out.push({ value: 10, 'zh-CN': '极有可能', en: 'Extremely likely' });
    else out.push({ value: v, 'zh-CN': String(v), en: String(v) });
  }
  return out;
}

export const SCALES: {
  agreement5: Label[];
  satisfaction5: Label[];
  agreement7: Label[];
  likelihood11: Label[];
  quality5: Label[];
} = {
  agreement5: points(1, [
    ['非常不同意', 'Strongly disagree'],
    ['不同意', 'Disagree'],
    ['一般', 'Neither agree nor disagree'],
    ['同意', 'Agree'],
    ['非常同意', 'Strongly agree'],
  ]),
  satisfaction5: points(1, [
    ['非常不满意', 'Very dissatisfied'],
    ['不满意', 'Dissatisfied'],
    ['一般', 'Neither satisfied nor dissatisfied'],
    ['满意', 'Satisfied'],
    ['非常满意', 'Very satisfied'],
  ]),
  agreement7: points(1, [
    ['非常不同意', 'Strongly disagree'],
    ['不同意', 'Disagree'],
    ['比较不同意', 'Somewhat disagree'],
    ['一般', 'Neither agree nor disagree'],
    ['比较同意', 'Somewhat agree'],
    ['同意', 'Agree'],
    ['非常同意', 'Strongly agree'],
  ]),
  likelihood11: likelihood(),
  quality5: points(1, [
    ['很差', 'Poor'],
    ['较差', 'Fair'],
    ['一般', 'Good'],
    ['较好', 'Very good'],
    ['很好', 'Excellent'],
  ]),
};

interface ItemOptions {
  factor?: TemplateFactor;
  grouping?: TemplateGrouping;
}

/** A scale item; the scale's first and last values become scaleMin and scaleMax. */
export function likert(code: string, text: TemplateText, group: TemplateText, scale: Label[], opts: ItemOptions = {}): TemplateQuestion {
  return {
    code,
    text,
    type: 'likert',
    scaleMin: scale[0]?.value ?? null,
    scaleMax: scale[scale.length - 1]?.value ?? null,
    labels: scale.map((l) => ({ ...l })),
    group,
    grouping: opts.grouping ?? null,
    factor: opts.factor ?? null,
  };
}

/** A 0–10 likelihood-to-recommend item. */
export function nps(code: string, text: TemplateText, group: TemplateText): TemplateQuestion {
  return { ...likert(code, text, group, SCALES.likelihood11), type: 'nps', scaleMin: 0, scaleMax: 10 };
}

/** A choice item; options are numbered 1, 2, 3… in the order given. */
export function choice(code: string, text: TemplateText, group: TemplateText, options: TemplateText[], multiple = false): TemplateQuestion {
  return {
    code,
    text,
    type: multiple ? 'multiple' : 'single',
    scaleMin: null,
    scaleMax: null,
    labels: options.map((o, i) => ({ value: i + 1, 'zh-CN': o['zh-CN'], en: o.en })),
    group,
    grouping: null,
    factor: null,
  };
}

/** A free-text or number item. */
export function open(code: string, text: TemplateText, group: TemplateText, type: 'text' | 'number' = 'text'): TemplateQuestion {
  return { code, text, type, scaleMin: null, scaleMax: null, labels: [], group, grouping: null, factor: null };
}
