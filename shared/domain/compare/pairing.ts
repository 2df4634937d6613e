/**
 * What a comparison compares: pairs of questions (the same question in one survey, or
 * matching questions across two surveys) and composites — a respondent's mean over the
 * questions linked to one touchpoint, factor, department, engagement grouping or journey.
 */
import type { ItemKind } from '../../ops/compare';
import { FACTORS, GROUPINGS, type Factor, type Question } from '../survey/types';

export const COMPARABLE_TYPES = ['likert', 'nps', 'number', 'rank'] as const;
const comparable = (q: Question) => (COMPARABLE_TYPES as readonly string[]).includes(q.type);

export interface QuestionPair {
  before: Question;
  after: Question;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const sameScale = (a: Question, b: Question) => a.type === b.type && ((a.type !== 'likert' && a.type !== 'rank') || (a.scaleMin === b.scaleMin && a.scaleMax === b.scaleMax));

function linkKey(q: Question): string | null {
  const l = q.link;
  if (!l) return null;
  if (l.kind === 'touchpoint') return `touchpoint:${l.id}:${l.factor ?? ''}`;
  if (l.kind === 'grouping') return null; // many questions share a grouping: not an identity
  return `${l.kind}:${l.id}`;
}

/**
 * Pairs the comparable questions of two rounds. In one survey a question pairs with itself;
 * across surveys by code, then by identical text, then by identical link, each only when the
 * type and scale agree. Returns the pairs in the before survey's order and what stayed unpaired.
 */
export function pairQuestions(before: readonly Question[], after: readonly Question[], sameSurvey: boolean): { pairs: QuestionPair[]; unmatched: { side: 'before' | 'after'; question: Question }[] } {
  const b = before.filter(comparable);
  const a = after.filter(comparable);
  const taken = new Set<string>();
  const pairs: QuestionPair[] = [];
  const strategies: ((q: Question) => string | null)[] = sameSurvey
    ? [(q) => q.id]
    : [(q) => (q.code?.trim() ? `code:${norm(q.code)}` : null), (q) => `text:${norm(q.text)}`, linkKey];
  const paired = new Map<string, Question>();
  for (const keyOf of strategies) {
    const index = new Map<string, Question>();
    for (const q of a) {
      const k = keyOf(q);
      if (k !== null && !taken.has(q.id) && !index.has(k)) index.set(k, q);
    }
    for (const q of b) {
      if (paired.has(q.id)) continue;
      const k = keyOf(q);
      const m = k === null ? undefined : index.get(k);
      if (m && !taken.has(m.id) && sameScale(q, m)) {
        paired.set(q.id, m);
        taken.add(m.id);
      }
    }
  }
  for (const q of b) {
    const m = paired.get(q.id);
    if (m) pairs.push({ before: q, after: m });
  }
  return {
    pairs,
    unmatched: [
      ...b.filter((q) => !paired.has(q.id)).map((question) => ({ side: 'before' as const, question })),
      ...a.filter((q) => !taken.has(q.id)).map((question) => ({ side: 'after' as const, question })),
    ],
  };
}

export interface CompositeDef {
  key: string;
  kind: Exclude<ItemKind, 'question'>;
  touchpointId: string | null;
  journeyId: string | null;
  departmentId: string | null;
  factor: Factor | null;
  grouping: string | null;
  scale: { min: number; max: number };
  questions: Question[];
}

const KIND_ORDER: Record<CompositeDef['kind'], number> = { factor: 0, grouping: 1, touchpoint: 2, department: 3, journey: 4 };

/**
 * The composites one survey's questions define through their links. Only Likert questions
 * with a direction count, and within one composite only those on the scale of its first
 * question (a 1–5 and a 1–7 answer cannot be averaged). A composite is higher-better: a
 * lower-better item enters it reversed (min + max − answer), see {@link reversedIn}.
 */
export function compositesOf(questions: readonly Question[]): CompositeDef[] {
  const defs = new Map<string, CompositeDef>();
  const add = (key: string, base: Omit<CompositeDef, 'key' | 'questions' | 'scale'>, q: Question) => {
    const scale = { min: q.scaleMin!, max: q.scaleMax! };
    const d = defs.get(key) ?? { key, ...base, scale, questions: [] };
    if (d.scale.min === scale.min && d.scale.max === scale.max) d.questions.push(q);
    defs.set(key, d);
  };
  const none = { touchpointId: null, journeyId: null, departmentId: null, factor: null, grouping: null };
  for (const q of questions) {
    if (q.type !== 'likert' || q.scaleMin === null || q.scaleMax === null || !q.link || q.direction === 'neutral') continue;
    const l = q.link;
    if (l.kind === 'touchpoint') {
      add(`touchpoint:${l.id}`, { ...none, kind: 'touchpoint', touchpointId: l.id }, q);
      if (l.factor) add(`factor:${l.factor}`, { ...none, kind: 'factor', factor: l.factor }, q);
    } else if (l.kind === 'department') add(`department:${l.id}`, { ...none, kind: 'department', departmentId: l.id }, q);
    else if (l.kind === 'journey') add(`journey:${l.id}`, { ...none, kind: 'journey', journeyId: l.id }, q);
    else add(`grouping:${l.grouping}`, { ...none, kind: 'grouping', grouping: l.grouping }, q);
  }
  const rank = (d: CompositeDef) =>
    d.kind === 'factor' ? FACTORS.indexOf(d.factor!) : d.kind === 'grouping' ? (GROUPINGS as readonly string[]).indexOf(d.grouping!) : 0;
  return [...defs.values()].sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || rank(x) - rank(y));
}

/** The questions of a composite that enter it reversed: the lower-better ones. */
export function reversedIn(def: Pick<CompositeDef, 'questions'>): Question[] {
  return def.questions.filter((q) => q.direction === 'lower-better');
}
