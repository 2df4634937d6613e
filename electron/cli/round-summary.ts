/**
 * `journey-audit round summary <workspace> --survey <name> --round <label> [--by <attribute>] [--privacy-min <n>] [--json]`
 */
import { parseArgs } from 'node:util';
import { appError } from '../../shared/messages/appError';
import { roundSummary } from '../backend/surveys/summary';
import type { CliOutput } from './output';
import { roundByLabel, surveyByName } from './resolve';
import { withWorkspace } from './workspace';

const fmt = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));
/** Shortens in the middle: matrix rows share a long question and differ at the end. */
const fit = (s: string, width: number) => (s.length <= width ? s.padEnd(width) : `${s.slice(0, Math.floor(width / 2) - 1)}…${s.slice(-(Math.ceil(width / 2)))}`);

export async function runRoundSummary(args: string[]): Promise<CliOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { survey: { type: 'string' }, round: { type: 'string' }, by: { type: 'string' }, 'privacy-min': { type: 'string' }, json: { type: 'boolean' } },
  });
  const [workspace] = positionals;
  if (!workspace || !values.survey || !values.round) throw appError('validation', 'cli.usage', { usage: 'round summary <workspace> --survey <name> --round <label>' });
  const privacyMin = values['privacy-min'] ? Number(values['privacy-min']) : undefined;
  if (privacyMin !== undefined && (!Number.isInteger(privacyMin) || privacyMin < 1)) throw appError('validation', 'cli.bad_privacy_min');
  return withWorkspace(workspace, (db) => {
    const survey = surveyByName(db, values.survey!, workspace);
    const round = roundByLabel(db, survey, values.round!);
    const s = roundSummary(db, round.id, values.by ?? null, privacyMin);
    const json = {
      survey: survey.name,
      round: round.label,
      responses: s.responses,
      privacyMin: s.privacyMin,
      by: s.by,
      groups: s.groups,
      questions: s.questions.map((q) => ({
        label: q.label,
        text: q.text,
        type: q.type,
        n: q.n,
        mean: q.type === 'likert' || q.type === 'number' || q.type === 'nps' ? q.mean : null,
        sd: q.sd,
        ci95: q.ci95,
        top2: q.top2,
        nps: q.type === 'nps' ? q.nps : null,
        hidden: q.hidden,
        distribution: q.distribution,
        missing: q.missing,
        otherTexts: q.otherTexts,
        writeIns: q.writeIns,
        unscored: q.unscored,
        outliers: q.outliers,
        groups: q.groups,
      })),
    };
    const width = Math.min(50, Math.max(8, ...s.questions.map((q) => q.label.length)));
    const lines = [
      `${survey.name} / ${round.label}: ${s.responses} responses${s.by ? `, by ${s.by}` : ''}`,
      `${'question'.padEnd(width)}  ${'type'.padEnd(8)} ${'n'.padStart(7)} ${'mean'.padStart(6)} ${'top-2'.padStart(6)} ${'NPS'.padStart(6)}`,
      ...s.questions.map(
        (q) =>
          `${fit(q.label, width)}  ${q.type.padEnd(8)} ${String(q.n).padStart(7)} ${fmt(q.mean).padStart(6)} ${(q.top2 === null ? '—' : `${Math.round(q.top2 * 100)}%`).padStart(6)} ${fmt(q.nps, 1).padStart(6)}`,
      ),
    ];
    return { json, text: lines.join('\n'), exitCode: 0 };
  });
}
