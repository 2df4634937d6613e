import { QuestionCircleOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Spin, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../shared/domain/survey/types';
import { formatCount } from './format';
import { attributeName } from './labels';

export interface Picks {
  before?: string;
  after?: string;
  by?: string;
  min: number;
}

interface Props {
  surveys: SurveySummary[];
  picks: Picks;
  /** Breakdown attributes present in both picked rounds. */
  attributes: string[];
  loading: boolean;
  onChange(patch: Partial<Picks>): void;
}

/** The before and after rounds (grouped by survey), the breakdown attribute and the privacy minimum. */
export function RoundPicker({ surveys, picks, attributes, loading, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const options = surveys
    .filter((s) => s.rounds.length > 0)
    .map((s) => ({
      label: <span className="ja-wrap">{s.name}</span>,
      title: s.name,
      options: s.rounds.map((r) => ({
        value: r.id,
        label: t('compare.picker.roundOption', { label: r.label, count: formatCount(r.responses, locale) }),
        search: `${s.name} ${r.label}`,
      })),
    }));
  const roundSelect = (side: 'before' | 'after') => (
    <label className="ja-cmp-control ja-cmp-round">
      <span>{t(`compare.picker.${side}`)}</span>
      <Select<string>
        aria-label={t(`compare.picker.${side}`)}
        placeholder={t(`compare.picker.${side}Placeholder`)}
        value={picks[side]}
        options={options}
        showSearch={{ optionFilterProp: 'search' }}
        popupMatchSelectWidth={false}
        onChange={(v) => onChange({ [side]: v })}
      />
    </label>
  );
  const byOptions = [{ value: '', label: t('compare.picker.byNone') }, ...attributes.map((a) => ({ value: a, label: attributeName(t, a) }))];
  if (picks.by && !attributes.includes(picks.by)) byOptions.push({ value: picks.by, label: attributeName(t, picks.by) });

  return (
    <div className="ja-cmp-picker" role="group" aria-label={t('compare.picker.label')}>
      {roundSelect('before')}
      <Tooltip title={t('compare.picker.swap')}>
        <Button
          className="ja-cmp-swap"
          icon={<SwapOutlined aria-hidden />}
          aria-label={t('compare.picker.swap')}
          disabled={!picks.before || !picks.after}
          onClick={() => onChange({ before: picks.after, after: picks.before })}
        />
      </Tooltip>
      {roundSelect('after')}
      <label className="ja-cmp-control">
        <span>{t('compare.picker.by')}</span>
        <Select<string>
          aria-label={t('compare.picker.by')}
          className="ja-cmp-by"
          value={picks.by ?? ''}
          disabled={attributes.length === 0 && !picks.by}
          popupMatchSelectWidth={false}
          options={byOptions}
          onChange={(v) => onChange({ by: v || undefined })}
        />
      </label>
      <label className="ja-cmp-control">
        <span>{t('compare.picker.privacyMin')}</span>
        <InputNumber
          aria-label={t('compare.picker.privacyMin')}
          min={1}
          max={1000}
          precision={0}
          value={picks.min}
          className="ja-cmp-privacy"
          onChange={(v) => typeof v === 'number' && v >= 1 && onChange({ min: v })}
        />
        <Tooltip title={t('compare.picker.privacyHelp')}>
          <QuestionCircleOutlined className="ja-help" aria-label={t('compare.picker.privacyHelp')} />
        </Tooltip>
      </label>
      {loading ? <Spin size="small" aria-label={t('compare.loading')} /> : null}
    </div>
  );
}
