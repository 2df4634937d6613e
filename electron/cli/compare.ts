/**
 * `journey-audit compare <workspace> --survey <name> --before <round> --after <round>
 *   [--after-survey <name>] [--by <attribute>] [--privacy-min <n>] [--alpha <q>] [--lang zh-CN|en] [--json]`
 */
import { parseArgs } from 'node:util';
import { explainItem, type ReportLang } from '../../shared/domain/compare/explain';
import { toErrorIssue } from '../../shared/messages/issues';
import { AppError } from '../../shared/errors';
import { appError } from '../../shared/messages/appError';
import { CompareRequest, type Comparison, type ComparisonItem, type Verdict } from '../../shared/ops/compare';
import { compareRounds } from '../backend/compare/compare';
import type { CliOutput } from './output';
import { ROUND_PAIR_OPTIONS, roundPair } from './resolve';
import { withWorkspace } from './workspace';

const USAGE = 'compare <workspace> --survey <name> --before <round> --after <round> [--after-survey <name>] [--by <attribute>] [--json]';

/** The verdict as `compare --json` names it: "no-change" for untested and unclear. */
const cliVerdict = (v: Verdict) => (v === 'better' || v === 'worse' || v === 'changed' ? v : 'no-change');

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const fit = (s: string, width: number) => (s.length <= width ? s.padEnd(width) : `${s.slice(0, width - 1)}…`);

function itemJson(i: ComparisonItem, lang: ReportLang, privacyMin: number) {
  const side = (s: ComparisonItem['before']) => ({ n: s.n, mean: s.mean, sd: s.sd, ci95: s.ci95, top2: s.top2, nps: s.nps?.nps ?? null });
  return {
    key: i.key,
    label: i.label,
    type: i.kind,
    measure: i.measure,
    text: i.text,
    code: i.code,
    group: i.group,
    before: side(i.before),
    after: side(i.after),
    delta: i.delta,
    test: i.test,
    p: i.p,
    q: i.q,
    significant: i.significant,
    /** Which way is better for the item: higher-better | lower-better | neutral. */
    direction: i.direction,
    /** By that direction: a lower-better count that drops is "better"; a real change of a neutral question is "changed". Untested or unclear is "no-change". */
    verdict: cliVerdict(i.verdict),
    cohenD: i.cohenD,
    smallSample: i.smallSample,
    hidden: i.hidden,
    tests: i.tests,
    explanation: explainItem(i, lang, privacyMin),
  };
}

/** The first 0–10 question of the whole round, as the headline NPS. */
function npsHeadline(c: Comparison) {
  const i = c.items.find((x) => x.group === null && x.measure === 'nps' && !x.hidden);
  if (!i) return null;
  return {
    label: i.label,
    before: i.before.nps,
    after: i.after.nps,
    diff: i.tests.nps?.diff ?? null,
    se: i.tests.nps?.se ?? null,
    p: i.tests.nps?.p ?? null,
    q: i.q,
    significant: i.significant,
  };
}

export async function runCompare(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...ROUND_PAIR_OPTIONS, alpha: { type: 'string' } },
  });
  const [workspace] = positionals;
  if (!workspace || !values.survey || !values.before || !values.after) throw appError('validation', 'cli.usage', { usage: USAGE });
  const lang: ReportLang = values.lang === 'zh-CN' ? 'zh-CN' : 'en';
  if (values.lang && values.lang !== 'zh-CN' && values.lang !== 'en') throw appError('validation', 'cli.bad_lang', { value: values.lang });
  return withWorkspace(workspace, (db) => {
    const { survey, afterSurvey, request } = roundPair(db, values, workspace);
    const parsed = CompareRequest.safeParse({ ...request, ...(values.alpha ? { alpha: Number(values.alpha) } : {}) });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ ...toErrorIssue(i), path: `--${String(i.path[0])}` }));
      throw new AppError({ code: 'validation', message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
    }
    const c = compareRounds(db, parsed.data);
    const json = {
      survey: survey.name,
      afterSurvey: afterSurvey.name,
      before: { label: c.before.label, responses: c.before.responses },
      after: { label: c.after.label, responses: c.after.responses },
      by: c.by,
      privacyMin: c.privacyMin,
      alpha: c.alpha,
      groups: c.groups,
      summary: c.summary,
      unmatched: c.unmatched,
      items: c.items.map((i) => itemJson(i, lang, c.privacyMin)),
      nps: npsHeadline(c),
    };
    const width = Math.min(40, Math.max(8, ...c.items.map((i) => i.label.length)));
    const row = (i: ComparisonItem) =>
      `${fit(i.group ?? '', 10)} ${fit(i.label, width)} ${String(i.before.n).padStart(7)} ${fmt(i.before.mean).padStart(6)} ${String(i.after.n).padStart(7)} ${fmt(i.after.mean).padStart(6)} ${fmt(i.delta).padStart(7)} ${(i.p === null ? '—' : i.p.toPrecision(2)).padStart(8)}  ${cliVerdict(i.verdict)}`;
    const s = c.summary;
    const text = [
      `${survey.name}: ${c.before.label} (${c.before.responses}) → ${c.after.label} (${c.after.responses})${c.by ? `, by ${c.by}` : ''}`,
      `better ${s.better}, worse ${s.worse}, no clear change ${s.unclear}, not testable ${s.untested}, hidden ${s.hidden}`,
      `${'group'.padEnd(10)} ${'item'.padEnd(width)} ${'n'.padStart(7)} ${'before'.padStart(6)} ${'n'.padStart(7)} ${'after'.padStart(6)} ${'change'.padStart(7)} ${'p'.padStart(8)}  verdict`,
      ...c.items.map(row),
    ].join('\n');
    return { json, text, exitCode: 0 };
  });
}
