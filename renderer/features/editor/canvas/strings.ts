/**
 * Card texts, built once per language instead of by each of hundreds of cards on every render
 * (i18next interpolation is the dearest part of a card otherwise).
 */
import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { CHANNELS, type Channel, type Rating, type Touchpoint } from '../../../../shared/domain/journey';
import type { PainReason, PainRules } from '../../../../shared/domain/map';
import i18n from '../../../i18n';

export const FACTORS = ['need', 'convenience', 'emotion'] as const;
export type Factor = (typeof FACTORS)[number];

export interface CardStrings {
  lang: string;
  channel: Record<Channel, string>;
  short: Record<Factor, string>;
  source: string;
  target: string;
  painTitle: string;
  /** The label on a hand-off flow. */
  handoff: string;
  /** "Need: 2 of 5" / "Need: not rated". */
  rating(f: Factor, v: Rating): string;
  transfers(n: number): string;
  handoffs(n: number): string;
  /** Everything the chips and badges show, as one sentence for screen readers. */
  summary(tp: Touchpoint, handoffs: number): string;
  /** Why a pain-point rule fires, as a sentence with the workspace's threshold. */
  reason(r: PainReason, rules: PainRules): string;
}

/** One sentence per rule that fires, e.g. "Need rated 2 (a pain point at 2 or lower)". */
export function reasonText(t: TFunction, r: PainReason, rules: PainRules): string {
  switch (r.kind) {
    case 'need':
    case 'convenience':
    case 'emotion':
      return t('editor.pain.factor', { factor: t(`detail.factors.${r.kind}`), rating: r.rating, max: rules.maxFactorRating });
    case 'transfers':
      return t('editor.pain.transfers', { count: r.transfers, min: rules.minTransfers });
    case 'surveyMean':
      return t('editor.pain.surveyMean', { mean: r.mean.toFixed(1) });
    case 'surveyTop2':
      return t('editor.pain.surveyTop2', { percent: Math.round(r.share * 100) });
  }
}

function build(): CardStrings {
  const t = i18n.t;
  const memo = <K,>(fn: (k: K) => string) => {
    const cache = new Map<K, string>();
    return (k: K) => {
      let v = cache.get(k);
      if (v === undefined) cache.set(k, (v = fn(k)));
      return v;
    };
  };
  const factor = { need: t('detail.factors.need'), convenience: t('detail.factors.convenience'), emotion: t('detail.factors.emotion') };
  const ratingOf = memo((key: string) => {
    const [f, v] = key.split(':') as [Factor, string];
    return v === 'null' ? t('editor.rating.unratedAria', { factor: factor[f] }) : t('detail.table.rating', { factor: factor[f], value: Number(v) });
  });
  const transfers = memo((n: number) => t('editor.card.transfers', { count: n }));
  const handoffs = memo((n: number) => t('editor.card.handoffs', { count: n }));
  const reasons = new Map<string, string>();
  const strings: CardStrings = {
    lang: i18n.language,
    channel: Object.fromEntries(CHANNELS.map((c) => [c, t(`channels.${c}`)])) as Record<Channel, string>,
    short: { need: t('editor.rating.short.need'), convenience: t('editor.rating.short.convenience'), emotion: t('editor.rating.short.emotion') },
    source: t('editor.card.source'),
    target: t('editor.card.target'),
    painTitle: t('editor.pain.title'),
    handoff: t('editor.flow.handoff'),
    rating: (f, v) => ratingOf(`${f}:${v}`),
    transfers,
    handoffs,
    reason: (r, rules) => {
      const key = `${JSON.stringify(r)}|${rules.maxFactorRating}|${rules.minTransfers}`;
      let text = reasons.get(key);
      if (text === undefined) reasons.set(key, (text = reasonText(t, r, rules)));
      return text;
    },
    summary: (tp, h) =>
      [
        strings.channel[tp.channel],
        ...FACTORS.map((f) => strings.rating(f, tp[f])),
        ...(tp.transfers > 0 ? [transfers(tp.transfers)] : []),
        ...(h > 0 ? [handoffs(h)] : []),
      ].join('; '),
  };
  return strings;
}

let cache: CardStrings | null = null;

export function cardStrings(): CardStrings {
  if (!cache || cache.lang !== i18n.language) cache = build();
  return cache;
}

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};
const getLanguage = () => i18n.language;

/** The UI language, re-rendering on change: cheaper than useTranslation in every card. */
export const useLanguage = (): string => useSyncExternalStore(subscribe, getLanguage);
