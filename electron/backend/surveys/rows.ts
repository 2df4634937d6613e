/**
 * Survey rows as stored, and their mapping to the contract's records.
 */
import type { Label, Question, QuestionLink, Round, SurveyKind } from '../../../shared/domain/survey/types';

export interface QuestionRow {
  id: number;
  uid: string;
  position: number;
  code: string | null;
  text: string;
  type: Question['type'];
  scale_min: number | null;
  scale_max: number | null;
  labels: string;
  group_name: string;
  link_kind: string | null;
  link_id: string | null;
  link_factor: string | null;
  grouping: string | null;
  version: number;
  direction: Question['direction'];
}

export function linkOf(r: Pick<QuestionRow, 'link_kind' | 'link_id' | 'link_factor' | 'grouping'>): QuestionLink {
  switch (r.link_kind) {
    case 'touchpoint':
      return { kind: 'touchpoint', id: r.link_id!, factor: (r.link_factor as 'need' | 'convenience' | 'emotion' | null) ?? null };
    case 'journey':
      return { kind: 'journey', id: r.link_id! };
    case 'department':
      return { kind: 'department', id: r.link_id! };
    case 'grouping':
      return { kind: 'grouping', grouping: r.grouping as 'basic-needs' };
    default:
      return null;
  }
}

export function linkColumns(link: QuestionLink): { link_kind: string | null; link_id: string | null; link_factor: string | null; grouping: string | null } {
  if (!link) return { link_kind: null, link_id: null, link_factor: null, grouping: null };
  if (link.kind === 'grouping') return { link_kind: 'grouping', link_id: null, link_factor: null, grouping: link.grouping };
  return { link_kind: link.kind, link_id: link.id, link_factor: link.kind === 'touchpoint' ? link.factor : null, grouping: null };
}

export const toQuestion = (r: QuestionRow): Question => ({
  id: r.uid,
  position: r.position,
  code: r.code,
  text: r.text,
  type: r.type,
  scaleMin: r.scale_min,
  scaleMax: r.scale_max,
  labels: JSON.parse(r.labels) as Label[],
  group: r.group_name,
  link: linkOf(r),
  version: r.version,
  direction: r.direction,
});

export interface RoundRow {
  uid: string;
  survey_id: string;
  label: string;
  phase: SurveyKind;
  field_start: string | null;
  field_end: string | null;
  notes: string;
  created_at: string;
  responses: number;
  version: number;
}

export const toRound = (r: RoundRow): Round => ({
  id: r.uid,
  surveyId: r.survey_id,
  label: r.label,
  phase: r.phase,
  fieldStart: r.field_start,
  fieldEnd: r.field_end,
  notes: r.notes,
  responses: r.responses,
  createdAt: r.created_at,
  version: r.version,
});
