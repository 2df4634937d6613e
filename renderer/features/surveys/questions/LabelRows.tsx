import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../../shared/domain/survey/types';

interface Props {
  /** 1-based position of the question, for the controls' names. */
  index: number;
  labels: Label[];
  onChange: (labels: Label[]) => void;
  /** Choice options can be added and removed; scale points cannot. */
  options?: boolean;
}

/** Wording of scale points or choice options, in Chinese and English side by side. */
export function LabelRows({ index, labels, onChange, options = false }: Props) {
  const { t } = useTranslation();
  const set = (value: number, lang: 'zh-CN' | 'en', text: string) => onChange(labels.map((l) => (l.value === value ? { ...l, [lang]: text } : l)));
  const add = () => onChange([...labels, { value: labels.reduce((m, l) => Math.max(m, l.value), 0) + 1, 'zh-CN': '', en: '' }]);

  return (
    <div className="ja-q-labels" role="group" aria-label={t(options ? 'surveys.questions.optionsGroup' : 'surveys.questions.labelsGroup', { index })}>
      <div className="ja-q-labels-head" aria-hidden>
        <span />
        <span>{t('surveys.questions.zh')}</span>
        <span>{t('surveys.questions.en')}</span>
        {options ? <span /> : null}
      </div>
      {labels.map((l) => (
        <div key={l.value} className={options ? 'ja-q-label-row ja-q-label-row-option' : 'ja-q-label-row'}>
          <span className="ja-q-label-value">{l.value}</span>
          <Input
            size="small"
            value={l['zh-CN']}
            maxLength={500}
            aria-label={t(options ? 'surveys.questions.optionZh' : 'surveys.questions.labelZh', { value: l.value, index })}
            onChange={(e) => set(l.value, 'zh-CN', e.target.value)}
          />
          <Input
            size="small"
            value={l.en}
            maxLength={500}
            aria-label={t(options ? 'surveys.questions.optionEn' : 'surveys.questions.labelEn', { value: l.value, index })}
            onChange={(e) => set(l.value, 'en', e.target.value)}
          />
          {options ? (
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('surveys.questions.removeOption', { value: l.value, index })}
              onClick={() => onChange(labels.filter((x) => x.value !== l.value))}
            />
          ) : null}
        </div>
      ))}
      {options ? (
        <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden />} onClick={add} className="ja-q-add-option" aria-label={t('surveys.questions.addOptionTo', { index })}>
          {t('surveys.questions.addOption')}
        </Button>
      ) : null}
    </div>
  );
}
