import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuestionSummary } from '../../../../shared/ops/surveys';
import { formatCount, formatPercent } from '../format';

export interface Slice {
  value: number;
  label: string;
  count: number;
}

// Okabe–Ito diverging colours, as the ratings use: readable with common colour-vision deficiencies.
const LIKERT5 = ['#d55e00', '#e69f00', '#e5e6eb', '#56b4e9', '#0072b2'];
const LIKERT7 = ['#d55e00', '#e69f00', '#f3c969', '#e5e6eb', '#a6d3f0', '#56b4e9', '#0072b2'];
const DARK = new Set(['#d55e00', '#0072b2']);

function colourOf(type: string, value: number, min: number, max: number): string {
  if (type === 'nps') return value <= 6 ? (value <= 3 ? '#d55e00' : '#e69f00') : value <= 8 ? '#e5e6eb' : value === 9 ? '#56b4e9' : '#0072b2';
  const palette = max - min + 1 === 7 ? LIKERT7 : LIKERT5;
  const pos = max > min ? (value - min) / (max - min) : 0.5;
  return palette[Math.round(pos * (palette.length - 1))]!;
}

/** A 100% stacked bar for a scale item (Likert, 0–10), with a legend. */
export function ScaleBar({ question, slices, min, max }: { question: QuestionSummary; slices: Slice[]; min: number; max: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const total = slices.reduce((a, s) => a + s.count, 0);
  if (total === 0) return <Typography.Text type="secondary">{t('surveys.summary.noAnswers')}</Typography.Text>;
  const parts = slices.map((s) => ({ ...s, share: s.count / total, colour: colourOf(question.type, s.value, min, max) }));
  const described = parts.map((p) => t('surveys.summary.segment', { label: p.label, count: formatCount(p.count, lang), percent: formatPercent(p.share, lang) })).join('; ');
  return (
    <div className="ja-dist">
      <div className="ja-dist-bar" role="img" aria-label={`${t('surveys.summary.distributionOf', { label: question.label })}: ${described}`}>
        {parts.map((p) =>
          p.count > 0 ? (
            <span
              key={p.value}
              className={DARK.has(p.colour) ? 'ja-dist-seg ja-dist-seg-dark' : 'ja-dist-seg'}
              style={{ width: `${p.share * 100}%`, background: p.colour }}
              title={t('surveys.summary.segment', { label: p.label, count: formatCount(p.count, lang), percent: formatPercent(p.share, lang) })}
            >
              {p.share >= 0.07 ? formatPercent(p.share, lang) : ''}
            </span>
          ) : null,
        )}
      </div>
      <ul className="ja-dist-legend" aria-hidden>
        {parts.map((p) => (
          <li key={p.value}>
            <span className="ja-dist-swatch" style={{ background: p.colour }} />
            {p.label !== String(p.value) ? `${p.value} ${p.label}` : p.label} <span className="ja-dist-count">{formatCount(p.count, lang)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const MAX_BARS = 15;

/** One bar per option (choice items, numbers): share of respondents who gave it. */
export function OptionBars({ question, slices }: { question: QuestionSummary; slices: Slice[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (slices.length === 0 || question.n === 0) return <Typography.Text type="secondary">{t('surveys.summary.noAnswers')}</Typography.Text>;
  const shown = slices.length > MAX_BARS ? [...slices].sort((a, b) => b.count - a.count).slice(0, MAX_BARS) : slices;
  const max = Math.max(...shown.map((s) => s.count));
  return (
    <ul className="ja-bars" aria-label={t('surveys.summary.distributionOf', { label: question.label })}>
      {shown.map((s) => {
        const share = s.count / question.n;
        return (
          <li key={s.value} className="ja-bars-row">
            <span className="ja-bars-label ja-wrap" title={s.label}>
              {s.label}
            </span>
            <span className="ja-bars-track" aria-hidden>
              <span className="ja-bars-fill" style={{ width: `${(s.count / max) * 100}%` }} />
            </span>
            <span className="ja-bars-value">
              {formatCount(s.count, lang)} · {formatPercent(share, lang)}
            </span>
          </li>
        );
      })}
      {slices.length > shown.length ? <li className="ja-bars-more">…</li> : null}
    </ul>
  );
}
