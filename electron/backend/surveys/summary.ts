/**
 * A round's summary: per question n, mean with 95% CI, distribution, top-2-box and NPS,
 * overall and by one respondent attribute, hiding groups under the privacy minimum.
 * The database does the counting — GROUP BY question, value streams in the answers
 * table's key order — and JavaScript only sees histograms.
 */
import { describeCounts, npsOf, rankedFirst, topTwoBox, type ValueCount } from '../../../shared/domain/stats/describe';
import type { ItemSummary, QuestionSummary, RoundSummary } from '../../../shared/ops/surveys';
import type { Question } from '../../../shared/domain/survey/types';
import type { Db } from '../db/open';
import { getRound, listQuestions, questionRowIds } from './repo';

export const DEFAULT_PRIVACY_MIN = 5;

interface CountRow {
  question_id: number;
  grp: string | null;
  value: number;
  count: number;
  /** Rows with ord = 0: one per respondent, also for multiple choice. */
  firsts: number;
}

interface Histogram {
  counts: ValueCount[];
  n: number;
}

/** Histograms keyed by question row id and group ('' overall). */
export function roundHistograms(db: Db, roundRowId: number, by: string | null): Map<string, Histogram> {
  const rows = (
    by
      ? db
          .prepare(
            `SELECT a.question_id, ra.value AS grp, a.value, count(*) AS count, sum(a.ord = 0) AS firsts FROM answers a
             JOIN response_attributes ra ON ra.response_id = a.response_id AND ra.name = ?
             WHERE a.round_id = ? GROUP BY a.question_id, ra.value, a.value`,
          )
          .all(by, roundRowId)
      : db.prepare('SELECT question_id, NULL AS grp, value, count(*) AS count, sum(ord = 0) AS firsts FROM answers WHERE round_id = ? GROUP BY question_id, value').all(roundRowId)
  ) as CountRow[];
  const out = new Map<string, Histogram>();
  for (const r of rows) {
    const k = histKey(r.question_id, r.grp);
    const h = out.get(k) ?? { counts: [], n: 0 };
    h.counts.push({ value: r.value, count: r.count });
    h.n += r.firsts;
    out.set(k, h);
  }
  return out;
}

export const histKey = (questionRowId: number, group: string | null): string => `${questionRowId}|${group ?? ''}`;

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

export function groupSizes(db: Db, roundRowId: number, by: string, privacyMin: number): { group: string; n: number; hidden: boolean }[] {
  return (
    db
      .prepare('SELECT ra.value AS grp, count(*) AS n FROM responses r JOIN response_attributes ra ON ra.response_id = r.id AND ra.name = ? WHERE r.round_id = ? GROUP BY ra.value ORDER BY ra.value')
      .all(by, roundRowId) as { grp: string; n: number }[]
  ).map((g) => ({ group: g.grp, n: g.n, hidden: g.n < privacyMin }));
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
  const responses = (db.prepare('SELECT count(*) AS n FROM responses WHERE round_id = ?').get(round.rowId) as { n: number }).n;
  const overall = roundHistograms(db, round.rowId, null);
  const grouped = by ? roundHistograms(db, round.rowId, by) : null;
  const groups = by ? groupSizes(db, round.rowId, by, privacyMin) : [];

  const notes = noteCounts(db, round.rowId, questions.filter((q) => q.type === 'single' || q.type === 'multiple').map((q) => rowIds.get(q.id)!));
  const summaries: QuestionSummary[] = questions.map((q) => {
    const qid = rowIds.get(q.id)!;
    const h = overall.get(histKey(qid, null));
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
      groups: groups.map((g) => ({ group: g.group, ...describeItem(q, grouped!.get(histKey(qid, g.group)), g.hidden) })),
    };
  });

  const attributes = db
    .prepare('SELECT ra.name, count(DISTINCT ra.value) AS values_ FROM response_attributes ra JOIN responses r ON r.id = ra.response_id WHERE r.round_id = ? GROUP BY ra.name ORDER BY ra.name')
    .all(round.rowId) as { name: string; values_: number }[];

  return { roundId: round.id, responses, privacyMin, by, attributes: attributes.map((a) => ({ name: a.name, values: a.values_ })), groups, questions: summaries };
}
