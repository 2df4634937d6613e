/**
 * A round's summary: per question n, mean with 95% CI, distribution, top-2-box and NPS,
 * overall and by one respondent attribute, hiding groups under the privacy minimum. The
 * histograms are the round's aggregates (round-aggregates.ts), the ones a comparison reads.
 */
import type { Histogram } from '../../../shared/domain/compare/items';
import { describeCounts, npsOf, rankedFirst, topTwoBox } from '../../../shared/domain/stats/describe';
import type { ItemSummary, QuestionSummary, RoundSummary } from '../../../shared/ops/surveys';
import type { Question } from '../../../shared/domain/survey/types';
import type { Db } from '../db/open';
import { getRound, listQuestions, questionRowIds } from './repo';
import { roundAggregates, roundAttributeNames } from './round-aggregates';

export const DEFAULT_PRIVACY_MIN = 5;

export function describeItem(q: Pick<Question, 'type' | 'scaleMax'>, h: Histogram | undefined, hidden: boolean): ItemSummary {
  const n = h?.n ?? 0;
  if (hidden) return { n, mean: null, sd: null, ci95: null, top2: null, nps: null, first: null, hidden: true };
  const counts = h?.counts ?? [];
  const d = q.type === 'likert' || q.type === 'nps' || q.type === 'number' || q.type === 'rank' ? describeCounts(counts) : null;
  return {
    n,
    mean: d?.mean ?? null,
    sd: d?.sd ?? null,
    ci95: d?.ci95 ?? null,
    top2: q.type === 'likert' && q.scaleMax !== null ? topTwoBox(counts, q.scaleMax) : q.type === 'nps' ? topTwoBox(counts, 10) : null,
    nps: q.type === 'nps' ? npsOf(counts).nps : null,
    first: q.type === 'rank' ? rankedFirst(counts) : null,
    hidden: false,
  };
}

function labelOf(q: Question, value: number): string {
  const l = q.labels.find((x) => x.value === value);
  return l ? l.en || l['zh-CN'] : String(value);
}

/** A question's short name for tables: its code, else its text shortened in the middle (matrix rows differ at the end). */
export function shortLabel(q: Pick<Question, 'code' | 'text'>): string {
  if (q.code) return q.code;
  return q.text.length <= 80 ? q.text : `${q.text.slice(0, 38)}…${q.text.slice(-40)}`;
}

const WRITE_INS_SHOWN = 20;
type NoteCounts = Pick<QuestionSummary, 'missing' | 'otherTexts' | 'writeIns' | 'unscored' | 'outliers'>;
const NO_NOTES: NoteCounts = { missing: 0, otherTexts: 0, writeIns: [], unscored: 0, outliers: 0 };

/** Per question row id: the answers kept beside the scored ones, and the write-ins with a few of their texts. */
function noteCounts(db: Db, roundRowId: number, choiceIds: readonly number[]): Map<number, NoteCounts> {
  const out = new Map<number, NoteCounts>();
  const get = (qid: number) => {
    let c = out.get(qid);
    if (!c) out.set(qid, (c = { ...NO_NOTES, writeIns: [] }));
    return c;
  };
  const kinds = db.prepare('SELECT question_id AS q, kind, count(*) AS n FROM answer_notes WHERE round_id = ? GROUP BY question_id, kind').all(roundRowId) as { q: number; kind: string; n: number }[];
  for (const r of kinds) {
    const c = get(r.q);
    if (r.kind === 'missing') c.missing = r.n;
    else if (r.kind === 'unscored') c.unscored = r.n;
    else if (r.kind === 'outlier') c.outliers = r.n;
  }
  // A choice answer that carries text is a write-in.
  // Scanned by the answers key (round, question), choice questions only.
  const written = choiceIds.length
    ? (db
        .prepare(`SELECT question_id AS q, text FROM answers WHERE round_id = ? AND question_id IN (${choiceIds.map(() => '?').join(',')}) AND text IS NOT NULL`)
        .all(roundRowId, ...choiceIds) as { q: number; text: string }[])
    : [];
  for (const r of written) {
    const c = get(r.q);
    c.otherTexts++;
    if (c.writeIns.length < WRITE_INS_SHOWN) c.writeIns.push(r.text);
  }
  return out;
}

export function roundSummary(db: Db, roundUid: string, by: string | null, privacyMin = DEFAULT_PRIVACY_MIN): RoundSummary {
  const round = getRound(db, roundUid);
  const questions = listQuestions(db, round.surveyId);
  const rowIds = questionRowIds(db, round.surveyId);
  // An attribute the round does not have has no groups (and leaves nothing in the cache).
  const known = by !== null && roundAttributeNames(db, round.rowId).includes(by);
  const agg = roundAggregates(db, round.rowId, { by: known ? by : null, composites: [] });
  const responses = agg.responses;
  const overall = agg.items(null);
  const groups = [...agg.groups].map(([group, n]) => ({ group, n, hidden: n < privacyMin }));

  const notes = noteCounts(db, round.rowId, questions.filter((q) => q.type === 'single' || q.type === 'multiple').map((q) => rowIds.get(q.id)!));
  const summaries: QuestionSummary[] = questions.map((q) => {
    const qid = rowIds.get(q.id)!;
    const h = overall.get(qid);
    const item = describeItem(q, h, responses < privacyMin);
    const distribution =
      item.hidden || q.type === 'text' ? [] : [...(h?.counts ?? [])].sort((a, b) => a.value - b.value).map((c) => ({ value: c.value, label: labelOf(q, c.value), count: c.count }));
    return {
      ...item,
      questionId: q.id,
      label: shortLabel(q),
      text: q.text,
      type: q.type,
      distribution,
      ...(notes.get(qid) ?? NO_NOTES),
      writeIns: item.hidden ? [] : (notes.get(qid)?.writeIns ?? []),
      groups: groups.map((g) => ({ group: g.group, ...describeItem(q, agg.items(g.group).get(qid), g.hidden) })),
    };
  });

  const attributes = db
    .prepare('SELECT ra.name, count(DISTINCT ra.value) AS values_ FROM response_attributes ra JOIN responses r ON r.id = ra.response_id WHERE r.round_id = ? GROUP BY ra.name ORDER BY ra.name')
    .all(round.rowId) as { name: string; values_: number }[];

  return { roundId: round.id, responses, privacyMin, by, attributes: attributes.map((a) => ({ name: a.name, values: a.values_ })), groups, questions: summaries };
}
