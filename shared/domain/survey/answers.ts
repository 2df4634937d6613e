/**
 * Answer cells as the tools write them → what the importer stores: skipped or not,
 * multi-select split into options, durations in seconds, dates in ISO form, scale labels
 * as numbers. Pure; called once per cell on 3 M-cell imports, so no per-call allocation
 * beyond the result.
 */
import type { SurveyTool } from './layout';

export { parseDateLoose } from './dates';
export { isMissingLabel, matchScale, SCALES, scaleKey, toScaleValue, type ScaleDef, type ScaleMatch, type ScalePoint } from './scales';

/**
 * Cell texts that mean "no answer". 问卷星 writes `(跳过)` for questions skipped by logic
 * and `(空)` for blank fill-ins; its numeric export codes the same as `-2` and `-3`, which
 * are skips only in a 问卷星 file (elsewhere -2 can be a real answer). See `isSkipped`.
 */
export const SKIP_MARKERS: readonly string[] = ['', '(跳过)', '（跳过）', '(空)', '（空）', '-2', '-3'];

const SKIP_TEXT = new Set(['', '(跳过)', '（跳过）', '(空)', '（空）', '跳过']);
const WJX_SKIP_CODES = new Set(['-2', '-3']);

/** Whether `raw` means the respondent gave no answer, in an export from `tool`. */
export function isSkipped(raw: string, tool: SurveyTool | string): boolean {
  const t = raw.trim();
  return SKIP_TEXT.has(t) || (tool === 'wenjuanxing' && WJX_SKIP_CODES.has(t));
}

/** The separator each tool joins chosen options with, in a single cell. */
export function multiSeparator(tool: SurveyTool | string): string {
  if (tool === 'wenjuanxing') return '┋';
  if (tool === 'google-forms') return ', ';
  // Qualtrics joins choice texts (or numbers) with a bare comma.
  if (tool === 'qualtrics' || tool === 'qualtrics-legacy') return ',';
  return ';';
}

/** Tools whose joiner is fixed; in other files the joiner is read from the answers (`joinerOf`). */
const FIXED_JOINER = new Set(['wenjuanxing', 'google-forms', 'qualtrics', 'qualtrics-legacy']);
/** Joiners seen in exports and sheets typed by hand, fullest first. */
const JOINERS = [';', '；', '，', '、', ',', '|'];

/**
 * The joiner of a multi-select column: the tool's own (问卷星 ┋, Google Forms ", "), or, in a
 * file whose tool joins with no fixed mark (金数据, a hand-made sheet), the one that joins the
 * most answers among `cells` (distinct answers, with how often each was given).
 */
export function joinerOf(tool: SurveyTool | string, cells: readonly string[], counts?: readonly number[]): string {
  if (FIXED_JOINER.has(tool) || cells.some((c) => c.includes('┋'))) return multiSeparator(tool);
  let best = multiSeparator(tool);
  let most = 0;
  for (const j of JOINERS) {
    let n = 0;
    cells.forEach((c, i) => {
      if (c.includes(j)) n += counts?.[i] ?? 1;
    });
    if (n > most) [best, most] = [j, n];
  }
  return best;
}

/**
 * The options chosen in a multi-select cell. `┋` for 问卷星 (and any cell containing it),
 * ", " for Google Forms, "," for Qualtrics, ";" otherwise. An option may itself contain the
 * separator ("Yes, sometimes"): pass the question's known `options` and they are matched
 * whole, longest first; text between known options (an "Other" answer) is kept as one part.
 */
export function splitMulti(raw: string, tool: SurveyTool | string, options?: readonly string[]): string[] {
  if (raw.trim() === '') return [];
  const sep = raw.includes('┋') ? '┋' : multiSeparator(tool);
  if (options && options.length > 0) return splitKnown(raw, sep, options);
  const parts = sep === ';' ? raw.split(/[;；]/) : raw.split(sep);
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t) out.push(t);
  }
  return out;
}

/**
 * A splitter for one question's cells: options that contain the separator ("Yes, often")
 * are matched whole; when none does, a plain split (the common, fast case).
 */
export function makeSplitter(tool: SurveyTool | string, options: readonly string[], joiner?: string): (raw: string) => string[] {
  const sep = joiner ?? multiSeparator(tool);
  const core = sep.trim() || sep;
  const withSep = options.some((o) => o.includes(core) || o.includes('┋'));
  if (!withSep && joiner === undefined) return (raw) => splitMulti(raw, tool);
  if (!withSep) return (raw) => splitOn(raw, raw.includes('┋') ? '┋' : sep);
  const known = [...new Set(options.map((o) => o.trim()).filter(Boolean))];
  return (raw) => (raw.trim() === '' ? [] : splitKnown(raw, raw.includes('┋') ? '┋' : sep, known));
}

function splitOn(raw: string, sep: string): string[] {
  const out: string[] = [];
  for (const p of raw.split(sep)) {
    const t = p.trim();
    if (t) out.push(t);
  }
  return out;
}

function splitKnown(raw: string, sep: string, options: readonly string[]): string[] {
  const known = [...new Set(options.map((o) => o.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const sepCore = sep.trim() || sep;
  const endsOption = (at: number) => at >= raw.length || raw.slice(at).trimStart().startsWith(sepCore);
  const optionAt = (at: number) => known.find((o) => raw.startsWith(o, at) && endsOption(at + o.length));
  const out: string[] = [];
  let p = 0;
  while (p < raw.length) {
    while (p < raw.length && raw[p] === ' ') p++;
    if (p >= raw.length) break;
    const hit = optionAt(p);
    let end: number;
    if (hit) {
      out.push(hit);
      end = p + hit.length;
    } else {
      // Unknown text runs to the next separator that is followed by a known option, or to the end.
      end = raw.length;
      for (let q = raw.indexOf(sepCore, p); q >= 0; q = raw.indexOf(sepCore, q + 1)) {
        let next = q + sepCore.length;
        while (raw[next] === ' ') next++;
        if (optionAt(next)) {
          end = q;
          break;
        }
      }
      const part = raw.slice(p, end).trim();
      if (part) out.push(part);
    }
    const q = raw.indexOf(sepCore, end);
    if (q < 0 || raw.slice(end, q).trim() !== '') break;
    p = q + sepCore.length;
  }
  return out;
}

const UNIT_DURATION =
  /^(?:(\d+(?:\.\d+)?)\s*(?:天|d|days?)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:小时|时|h|hrs?|hours?)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|m|mins?|minutes?)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s|secs?|seconds?))?$/i;

/**
 * Seconds in a duration as tools write it: `136`, `136秒`, `2分15秒`, `1小时2分`, `00:02:16`,
 * `2:16` (minutes:seconds), `2m 15s`. `null` when it is not one.
 */
export function parseDuration(raw: string): number | null {
  const s = raw.normalize('NFKC').trim();
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$/.exec(s);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? null : Number(clock[3])];
    if (b > 59 || (c !== null && c >= 60)) return null;
    return c === null ? a * 60 + b : a * 3600 + b * 60 + c;
  }
  const u = UNIT_DURATION.exec(s);
  if (!u || (u[1] ?? u[2] ?? u[3] ?? u[4]) === undefined) return null;
  const [d, h, m, sec] = [u[1], u[2], u[3], u[4]].map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number, number];
  return d * 86_400 + h * 3600 + m * 60 + sec;
}
