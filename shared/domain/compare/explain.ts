/**
 * The plain-words reading of a compared item, next to its numbers:
 * "Up 0.4 points (3.6 → 4.0): better; likely a real change, p = 0.01." — better or worse by
 * the item's direction: "Down 1.42 (2.22 → 0.80), lower is better: better; …".
 * Used by the Compare page, the reports and the CLI, in zh-CN and en.
 */
import type { ComparisonItem } from '../../ops/compare';

export type ReportLang = 'zh-CN' | 'en';

/** A p-value as people read it: two significant digits, "< 0.001" below that. */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return `= ${p < 0.01 ? p.toPrecision(1) : p.toFixed(p < 0.1 ? 3 : 2)}`;
}

const num = (x: number, digits: number) => x.toFixed(digits);

/** What a change is counted in: NPS points, scale points, or the plain number (a count, minutes). */
type Unit = 'nps' | 'points' | 'plain' | 'rank';

const WORDS = {
  en: {
    moved: (up: boolean, d: string, unit: Unit) =>
      unit === 'nps' ? `NPS ${up ? 'up' : 'down'} ${d} points` : unit === 'rank' ? `Mean rank ${up ? 'up' : 'down'} ${d}` : `${up ? 'Up' : 'Down'} ${d}${unit === 'points' ? ' points' : ''}`,
    same: 'No change',
    lower: ', lower is better',
    verdict: { better: ': better', worse: ': worse', changed: ': changed, neither way is better' },
    real: 'likely a real change',
    chance: 'could be chance',
    hidden: (min: number) => `Fewer than ${min} respondents in a round: hidden to protect privacy.`,
    untested: 'Too few answers, or no spread in them, to test a change.',
    small: 'Few answers (n < 30): read with care.',
    sep: '; ',
    end: '.',
    space: ' ',
  },
  'zh-CN': {
    moved: (up: boolean, d: string, unit: Unit) => `${unit === 'nps' ? 'NPS ' : unit === 'rank' ? '平均名次' : ''}${up ? '上升' : '下降'} ${d}${unit === 'nps' ? ' 点' : unit === 'points' ? ' 分' : ''}`,
    same: '没有变化',
    lower: '，越低越好',
    verdict: { better: '：改善', worse: '：变差', changed: '：有变化，无好坏之分' },
    real: '很可能是真实变化',
    chance: '可能只是偶然波动',
    hidden: (min: number) => `某一轮受访者少于 ${min} 人，为保护隐私不显示。`,
    untested: '答案太少或完全一致，无法检验变化。',
    small: '样本较少（n < 30），请谨慎解读。',
    sep: '；',
    end: '。',
    space: '',
  },
} as const;

export function explainItem(
  item: Pick<ComparisonItem, 'measure' | 'before' | 'after' | 'delta' | 'p' | 'significant' | 'hidden' | 'smallSample' | 'direction' | 'verdict'>,
  lang: ReportLang,
  privacyMin = 5,
): string {
  const w = WORDS[lang];
  if (item.hidden) return w.hidden(privacyMin);
  if (item.delta === null || item.p === null) return w.untested;
  const nps = item.measure === 'nps';
  const digits = nps ? 0 : item.measure === 'number' || item.measure === 'rank' ? 2 : 1;
  const size = num(Math.abs(item.delta), digits);
  const from = nps ? item.before.nps?.nps : item.before.mean;
  const to = nps ? item.after.nps?.nps : item.after.mean;
  const range = from != null && to != null ? `（${num(from, digits)} → ${num(to, digits)}）` : '';
  const rangeText = lang === 'en' ? range.replace('（', ' (').replace('）', ')') : range;
  const unit: Unit = nps ? 'nps' : item.measure === 'number' ? 'plain' : item.measure === 'rank' ? 'rank' : 'points';
  const moved = Number(size) === 0 ? w.same : w.moved(item.delta > 0, size, unit);
  const lower = item.direction === 'lower-better' && Number(size) !== 0 ? w.lower : '';
  const judged = item.verdict === 'better' || item.verdict === 'worse' || item.verdict === 'changed' ? w.verdict[item.verdict] : '';
  const verdict = `${item.significant ? w.real : w.chance}, p ${formatP(item.p)}`;
  const text = `${moved}${rangeText}${lower}${judged}${w.sep}${lang === 'en' ? verdict : verdict.replace(', ', '，')}${w.end}`;
  return item.smallSample ? `${text}${w.space}${w.small}` : text;
}
