/**
 * The question list being edited: questions as the form holds them (a link may still lack
 * its target while the user picks it), conversions to and from the contract, and checks.
 */
import { defaultDirection } from '../../../../shared/domain/survey/direction';
import { SCALES } from '../../../../shared/domain/survey/templates';
import type { Factor, Label, Question, QuestionInput, QuestionLink, QuestionType } from '../../../../shared/domain/survey/types';

type Grouping = 'basic-needs' | 'individual' | 'teamwork' | 'growth';

export type DraftLink =
  | null
  | { kind: 'touchpoint'; id: string | null; journeyId: string | null; factor: Factor | null }
  | { kind: 'journey'; id: string | null }
  | { kind: 'department'; id: string | null }
  | { kind: 'grouping'; grouping: Grouping | null };

export type LinkKind = 'touchpoint' | 'journey' | 'department' | 'grouping';

export interface DraftQuestion extends Omit<QuestionInput, 'link'> {
  /** Stable React key, also for questions not saved yet. */
  key: string;
  id: string | null;
  link: DraftLink;
  /** The user picked the direction; until then a new question's follows its text and type. */
  directionChosen?: boolean;
}

let seq = 0;
export const newKey = (): string => `new-${++seq}`;

export function toDraft(q: Question): DraftQuestion {
  const link: DraftLink = q.link === null ? null : q.link.kind === 'touchpoint' ? { ...q.link, journeyId: null } : q.link;
  return { key: q.id, id: q.id, code: q.code, text: q.text, type: q.type, scaleMin: q.scaleMin, scaleMax: q.scaleMax, labels: q.labels, group: q.group, link, direction: q.direction };
}

function toLink(link: DraftLink): QuestionLink {
  if (link === null) return null;
  switch (link.kind) {
    case 'touchpoint':
      return link.id ? { kind: 'touchpoint', id: link.id, factor: link.factor } : null;
    case 'journey':
    case 'department':
      return link.id ? { kind: link.kind, id: link.id } : null;
    case 'grouping':
      return link.grouping ? { kind: 'grouping', grouping: link.grouping } : null;
  }
}

/** What `surveys.saveQuestions` gets for one question. */
export function toInput(d: DraftQuestion): QuestionInput & { id: string | null } {
  const code = d.code?.trim() ? d.code.trim() : null;
  return { id: d.id, code, text: d.text.trim(), type: d.type, scaleMin: d.scaleMin, scaleMax: d.scaleMax, labels: d.labels, group: d.group.trim(), link: toLink(d.link), direction: d.direction };
}

/** True when the drafts say the same as the saved questions, in the same order. */
export function sameAsSaved(drafts: readonly DraftQuestion[], saved: readonly Question[]): boolean {
  if (drafts.length !== saved.length) return false;
  return drafts.every((d, i) => {
    const s = saved[i]!;
    const { id: _id, position: _p, version: _v, ...rest } = s;
    return d.id === s.id && JSON.stringify(toInput(d)) === JSON.stringify({ id: s.id, ...rest }) && linkComplete(d.link);
  });
}

export function linkComplete(link: DraftLink): boolean {
  if (link === null) return true;
  return link.kind === 'grouping' ? link.grouping !== null : link.id !== null;
}

export type Problem = 'text' | 'options' | 'link';

/** What keeps a question from being saved, if anything. */
export function problemOf(d: DraftQuestion): Problem | null {
  if (!d.text.trim()) return 'text';
  if ((d.type === 'single' || d.type === 'multiple') && !d.labels.some((l) => l.en.trim() || l['zh-CN'].trim())) return 'options';
  if (!linkComplete(d.link)) return 'link';
  return null;
}

/* Scales */

export type LabelSet = 'agreement' | 'satisfaction' | 'quality' | 'custom';
export const LABEL_SETS: readonly LabelSet[] = ['agreement', 'satisfaction', 'quality', 'custom'];

/** The shipped label set for a preset and a number of points, if there is one. */
export function presetLabels(set: LabelSet, points: 5 | 7): Label[] | null {
  if (set === 'agreement') return points === 5 ? SCALES.agreement5 : SCALES.agreement7;
  if (set === 'satisfaction') return points === 5 ? SCALES.satisfaction5 : null;
  if (set === 'quality') return points === 5 ? SCALES.quality5 : null;
  return null;
}

const sameLabels = (a: readonly Label[], b: readonly Label[]) =>
  a.length === b.length && a.every((l, i) => l.value === b[i]!.value && l.en === b[i]!.en && l['zh-CN'] === b[i]!['zh-CN']);

/** Which preset a Likert question's labels are, else custom. */
export function labelSetOf(d: Pick<DraftQuestion, 'labels' | 'scaleMax'>): LabelSet {
  const points = d.scaleMax === 7 ? 7 : 5;
  for (const set of ['agreement', 'satisfaction', 'quality'] as const) {
    const preset = presetLabels(set, points);
    if (preset && sameLabels(d.labels, preset)) return set;
  }
  return 'custom';
}

/** Labels for every point of min..max, keeping the wording of points that already have one. */
export function customLabels(current: readonly Label[], min: number, max: number): Label[] {
  const out: Label[] = [];
  for (let v = min; v <= max; v++) out.push(current.find((l) => l.value === v) ?? { value: v, 'zh-CN': '', en: '' });
  return out;
}

/**
 * The direction follows the wording and type until the user picks one: a new question's as it
 * is typed, a saved question's when its type changes.
 */
export function withDefaultDirection(d: DraftQuestion): DraftQuestion {
  if (d.directionChosen) return d;
  const direction = defaultDirection(d.text, d.type);
  return direction === d.direction ? d : { ...d, direction };
}

/** A question changed to another type keeps what still fits: options between choice types, the scale between Likert edits. */
export function withType(d: DraftQuestion, type: QuestionType): DraftQuestion {
  if (type === d.type) return d;
  const base = withDefaultDirection({ ...d, type, directionChosen: d.directionChosen ?? false });
  switch (type) {
    case 'likert':
      return { ...base, scaleMin: 1, scaleMax: 5, labels: SCALES.agreement5.map((l) => ({ ...l })) };
    case 'nps':
      return { ...base, scaleMin: 0, scaleMax: 10, labels: SCALES.likelihood11.map((l) => ({ ...l })) };
    case 'rank':
      return { ...base, scaleMin: 1, scaleMax: d.type === 'rank' ? d.scaleMax : 5, labels: [] };
    case 'single':
    case 'multiple':
      return {
        ...base,
        scaleMin: null,
        scaleMax: null,
        labels: d.type === 'single' || d.type === 'multiple' ? d.labels : [{ value: 1, 'zh-CN': '', en: '' }],
      };
    default:
      return { ...base, scaleMin: null, scaleMax: null, labels: [] };
  }
}

export function blankQuestion(group: string): DraftQuestion {
  return withType(
    { key: newKey(), id: null, code: null, text: '', type: 'text', scaleMin: null, scaleMax: null, labels: [], group, link: null, direction: 'neutral' },
    'likert',
  );
}

/** Consecutive questions with the same group, as the list shows them. */
export function runsOf(drafts: readonly DraftQuestion[]): { group: string; start: number; items: DraftQuestion[] }[] {
  const runs: { group: string; start: number; items: DraftQuestion[] }[] = [];
  drafts.forEach((d, i) => {
    const last = runs[runs.length - 1];
    if (last && last.group === d.group.trim()) last.items.push(d);
    else runs.push({ group: d.group.trim(), start: i, items: [d] });
  });
  return runs;
}
