/**
 * Survey evidence for pain points: for each touchpoint with linked Likert questions, the
 * results of its worst linked question in the latest round that asked about it. Histograms
 * come from the comparison aggregates (cached per round), so this stays cheap on large rounds.
 */
import { describeCounts, topTwoBox } from '../../../shared/domain/stats/describe';
import type { Db } from '../db/open';
import { roundAggregates } from '../surveys/round-aggregates';

export interface Evidence {
  mean: number | null;
  top2: number | null;
  n: number;
  scale: { min: number; max: number };
  survey: string;
  round: string;
}

interface LinkedRow {
  touchpoint_id: string;
  question_row: number;
  scale_min: number;
  scale_max: number;
  survey_id: string;
  survey_name: string;
}

export function surveyEvidence(db: Db): Map<string, Evidence> {
  const linked = db
    .prepare(
      `SELECT q.link_id AS touchpoint_id, q.id AS question_row, q.scale_min, q.scale_max, s.id AS survey_id, s.name AS survey_name
       FROM questions q JOIN surveys s ON s.id = q.survey_id
       WHERE q.link_kind = 'touchpoint' AND q.type = 'likert' AND q.scale_min IS NOT NULL AND q.scale_max IS NOT NULL AND s.deleted_at IS NULL`,
    )
    .all() as LinkedRow[];
  if (linked.length === 0) return new Map();
  // The latest round with answers, per survey.
  const latest = new Map<string, { rowId: number; label: string }>();
  for (const surveyId of new Set(linked.map((l) => l.survey_id))) {
    const r = db
      .prepare(
        `SELECT r.id, r.label FROM rounds r WHERE r.survey_id = ? AND EXISTS (SELECT 1 FROM responses x WHERE x.round_id = r.id)
         ORDER BY coalesce(r.field_end, r.field_start, r.created_at) DESC, r.id DESC LIMIT 1`,
      )
      .get(surveyId) as { id: number; label: string } | undefined;
    if (r) latest.set(surveyId, { rowId: r.id, label: r.label });
  }
  const items = new Map<number, ReturnType<ReturnType<typeof roundAggregates>['items']>>();
  const out = new Map<string, Evidence>();
  for (const l of linked) {
    const round = latest.get(l.survey_id);
    if (!round) continue;
    let hist = items.get(round.rowId);
    if (!hist) {
      hist = roundAggregates(db, round.rowId, { by: null, composites: [] }).items(null);
      items.set(round.rowId, hist);
    }
    const h = hist.get(l.question_row);
    if (!h || h.n === 0) continue;
    const e: Evidence = {
      mean: describeCounts(h.counts).mean,
      top2: topTwoBox(h.counts, l.scale_max),
      n: h.n,
      scale: { min: l.scale_min, max: l.scale_max },
      survey: l.survey_name,
      round: round.label,
    };
    const prev = out.get(l.touchpoint_id);
    const gap = (x: Evidence) => (x.mean === null ? 0 : (x.scale.max - x.mean) / (x.scale.max - x.scale.min));
    if (!prev || gap(e) > gap(prev)) out.set(l.touchpoint_id, e);
  }
  return out;
}
