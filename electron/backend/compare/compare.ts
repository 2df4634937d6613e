/**
 * Compares two survey rounds: every paired question and every composite (touchpoint, factor,
 * department, engagement grouping, journey), for the whole round and per group of one
 * respondent attribute, with the tests and the Benjamini-Hochberg decision of
 * shared/domain/compare. The database sends histograms only (see surveys/round-aggregates.ts).
 */
import { compareHistograms, decideFamily, type Histogram, type Measure } from '../../../shared/domain/compare/items';
import { type CompositeDef, compositesOf, pairQuestions, type QuestionPair } from '../../../shared/domain/compare/pairing';
import type { Question } from '../../../shared/domain/survey/types';
import { appError } from '../../../shared/messages/appError';
import type { Comparison, ComparisonItem, CompareRequest, RoundRef } from '../../../shared/ops/compare';
import type { Db } from '../db/open';
import { getRound, getSurveySummary, listQuestions, questionRowIds } from '../surveys/repo';
import { shortLabel } from '../surveys/summary';
import { compositeQuery } from '../surveys/composites';
import { type RoundAggregates, roundAggregates, roundAttributeNames } from '../surveys/round-aggregates';

/** What one item reads from each round: a question or a composite's question set. */
interface ItemSpec {
  base: Pick<ComparisonItem, 'key' | 'kind' | 'label' | 'text' | 'code' | 'measure' | 'scale' | 'ref' | 'direction'>;
  before: (agg: RoundAggregates, group: string | null) => Histogram | undefined;
  after: (agg: RoundAggregates, group: string | null) => Histogram | undefined;
}

interface Side {
  ref: RoundRef;
  rowId: number;
  questions: Question[];
  rowIds: Map<string, number>;
}

function loadSide(db: Db, roundId: string): Side {
  const round = getRound(db, roundId);
  const survey = getSurveySummary(db, round.surveyId);
  return {
    ref: {
      roundId: round.id,
      label: round.label,
      phase: round.phase,
      surveyId: survey.id,
      surveyName: survey.name,
      responses: round.responses,
      fieldStart: round.fieldStart,
      fieldEnd: round.fieldEnd,
    },
    rowId: round.rowId,
    questions: listQuestions(db, round.surveyId),
    rowIds: questionRowIds(db, round.surveyId),
  };
}

const measureOf = (q: Question): Measure => (q.type === 'nps' ? 'nps' : q.type === 'number' ? 'number' : q.type === 'rank' ? 'rank' : 'likert');

function questionSpec(p: QuestionPair, before: Side, after: Side): ItemSpec {
  const q = p.before;
  const link = q.link;
  const bid = before.rowIds.get(q.id)!;
  const aid = after.rowIds.get(p.after.id)!;
  return {
    base: {
      key: `question:${q.id}`,
      kind: 'question',
      label: shortLabel(q),
      text: q.text,
      code: q.code?.trim() || null,
      measure: measureOf(q),
      direction: q.direction,
      scale: q.type === 'nps' ? { min: 0, max: 10 } : q.scaleMin !== null && q.scaleMax !== null ? { min: q.scaleMin, max: q.scaleMax } : null,
      ref: {
        questionIds: p.before.id === p.after.id ? [q.id] : [q.id, p.after.id],
        touchpointId: link?.kind === 'touchpoint' ? link.id : null,
        journeyId: link?.kind === 'journey' ? link.id : null,
        departmentId: link?.kind === 'department' ? link.id : null,
        factor: link?.kind === 'touchpoint' ? link.factor : null,
        grouping: link?.kind === 'grouping' ? link.grouping : null,
      },
    },
    before: (agg, g) => agg.items(g).get(bid),
    after: (agg, g) => agg.items(g).get(aid),
  };
}

/** Names of what composites point at: touchpoint titles (with their journey), department names. */
function compositeLabels(db: Db): { touchpoint: Map<string, { title: string; journeyId: string }>; department: Map<string, string>; journey: Map<string, string> } {
  const tps = db.prepare('SELECT t.id, t.title, t.journey_id FROM touchpoints t JOIN journeys j ON j.id = t.journey_id WHERE j.deleted_at IS NULL').all() as { id: string; title: string; journey_id: string }[];
  return {
    touchpoint: new Map(tps.map((t) => [t.id, { title: t.title, journeyId: t.journey_id }])),
    department: new Map((db.prepare('SELECT id, name FROM departments').all() as { id: string; name: string }[]).map((d) => [d.id, d.name])),
    journey: new Map((db.prepare('SELECT id, name FROM journeys WHERE deleted_at IS NULL').all() as { id: string; name: string }[]).map((j) => [j.id, j.name])),
  };
}

function compositeSpec(b: CompositeDef, a: CompositeDef, before: Side, after: Side, names: ReturnType<typeof compositeLabels>): ItemSpec {
  const bq = compositeQuery(b, before.rowIds);
  const aq = compositeQuery(a, after.rowIds);
  const tp = b.touchpointId ? names.touchpoint.get(b.touchpointId) : undefined;
  const label =
    b.kind === 'touchpoint'
      ? (tp?.title ?? b.touchpointId!)
      : b.kind === 'department'
        ? (names.department.get(b.departmentId!) ?? b.departmentId!)
        : b.kind === 'journey'
          ? (names.journey.get(b.journeyId!) ?? b.journeyId!)
          : (b.factor ?? b.grouping!);
  return {
    base: {
      key: b.key,
      kind: b.kind,
      label,
      text: b.questions.map(shortLabel).join(' · '),
      code: null,
      measure: 'composite',
      direction: 'higher-better',
      scale: b.scale,
      ref: {
        questionIds: [...new Set([...b.questions, ...a.questions].map((q) => q.id))],
        touchpointId: b.touchpointId,
        journeyId: b.journeyId ?? tp?.journeyId ?? null,
        departmentId: b.departmentId,
        factor: b.factor,
        grouping: b.grouping,
      },
    },
    before: (agg, g) => agg.composite(bq, g),
    after: (agg, g) => agg.composite(aq, g),
  };
}

export function compareRounds(db: Db, req: CompareRequest): Comparison {
  const before = loadSide(db, req.beforeRoundId);
  const after = loadSide(db, req.afterRoundId);
  if (before.rowId === after.rowId) throw appError('validation', 'compare.same_round');
  const sameSurvey = before.ref.surveyId === after.ref.surveyId;

  const { pairs, unmatched } = pairQuestions(before.questions, after.questions, sameSurvey);
  const names = compositeLabels(db);
  const afterComposites = new Map(compositesOf(after.questions).map((c) => [c.key, c]));
  const beforeComposites = compositesOf(before.questions);
  const specs: ItemSpec[] = [
    ...pairs.map((p) => questionSpec(p, before, after)),
    ...beforeComposites.filter((c) => afterComposites.has(c.key)).map((c) => compositeSpec(c, afterComposites.get(c.key)!, before, after, names)),
  ];

  const beforeAttrs = new Set(roundAttributeNames(db, before.rowId));
  const attributes = roundAttributeNames(db, after.rowId).filter((n) => beforeAttrs.has(n));
  const by = req.by && attributes.includes(req.by) ? req.by : null;
  if (req.by && !by) throw appError('validation', 'compare.no_attribute', { by: req.by });

  const composites = (side: 'before' | 'after') =>
    specs.filter((s) => s.base.measure === 'composite').map((s) => {
      const def = side === 'before' ? beforeComposites.find((c) => c.key === s.base.key)! : afterComposites.get(s.base.key)!;
      return compositeQuery(def, (side === 'before' ? before : after).rowIds);
    });
  const aggB = roundAggregates(db, before.rowId, { by, composites: composites('before') });
  const aggA = roundAggregates(db, after.rowId, { by, composites: composites('after') });

  const hiddenOverall = before.ref.responses < req.privacyMin || after.ref.responses < req.privacyMin;
  const overall = specs.map((s) => ({ ...s.base, group: null, ...compareHistograms(s.before(aggB, null), s.after(aggA, null), s.base.measure, s.base.scale, hiddenOverall) }));

  const groupNames = [...new Set([...aggB.groups.keys(), ...aggA.groups.keys()])].sort((x, y) => x.localeCompare(y));
  const groups = groupNames.map((group) => {
    const nb = aggB.groups.get(group) ?? 0;
    const na = aggA.groups.get(group) ?? 0;
    return { group, before: nb, after: na, hidden: nb < req.privacyMin || na < req.privacyMin };
  });
  const grouped = groups.flatMap((g) =>
    specs.map((s) => ({ ...s.base, group: g.group, ...compareHistograms(s.before(aggB, g.group), s.after(aggA, g.group), s.base.measure, s.base.scale, g.hidden) })),
  );

  const items: ComparisonItem[] = [...decideFamily(overall, req.alpha), ...decideFamily(grouped, req.alpha)];
  const count = (f: (i: ComparisonItem) => boolean) => items.filter((i) => i.group === null && f(i)).length;
  return {
    before: before.ref,
    after: after.ref,
    by,
    privacyMin: req.privacyMin,
    alpha: req.alpha,
    attributes,
    groups,
    items,
    matching: sameSurvey ? 'same-survey' : 'code-text-link',
    unmatched: unmatched.map((u) => ({ side: u.side, label: shortLabel(u.question) })),
    summary: {
      better: count((i) => i.verdict === 'better'),
      worse: count((i) => i.verdict === 'worse'),
      changed: count((i) => i.verdict === 'changed'),
      unclear: count((i) => i.verdict === 'unclear'),
      untested: count((i) => i.verdict === 'untested' && !i.hidden),
      hidden: count((i) => i.hidden),
      small: count((i) => i.smallSample && !i.hidden),
    },
  };
}
