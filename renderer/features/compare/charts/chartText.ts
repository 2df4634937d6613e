import type { TFunction } from 'i18next';
import type { ChartText } from '../../../../shared/domain/compare/charts';

/** Every word the shared chart builders put on a chart, in the UI language. */
export function chartText(t: TFunction): ChartText {
  return {
    before: t('compare.picker.before'),
    after: t('compare.picker.after'),
    ci95: t('compare.charts.ci'),
    meanAxis: t('compare.charts.meanAxis'),
    changeAxis: t('compare.charts.changeAxis'),
    better: t('compare.direction.better'),
    worse: t('compare.direction.worse'),
    changed: t('compare.direction.changed'),
    unclear: t('compare.direction.unclear'),
    untested: t('compare.direction.untested'),
    detractors: t('compare.charts.detractors'),
    passives: t('compare.charts.passives'),
    promoters: t('compare.charts.promoters'),
    shareAxis: t('compare.charts.shareAxis'),
    nps: 'NPS',
  };
}
