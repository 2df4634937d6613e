import { Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../../../shared/domain/survey/types';
import { labelText, useLang } from '../lang';
import { type DraftQuestion, LABEL_SETS, type LabelSet, customLabels, labelSetOf, presetLabels } from './draft';

interface Props {
  index: number;
  question: DraftQuestion;
  onChange: (patch: Partial<DraftQuestion>) => void;
}

/** "1 Strongly disagree … 5 Strongly agree": the ends of a scale in the UI language. */
export function ScaleEnds({ labels, min, max }: { labels: Label[]; min: number; max: number }) {
  const lang = useLang();
  const end = (v: number) => {
    const text = labelText(labels.find((l) => l.value === v), lang);
    return text && text !== String(v) ? `${v} ${text}` : String(v);
  };
  return (
    <Typography.Text type="secondary" className="ja-q-scale-ends">
      {end(min)} … {end(max)}
    </Typography.Text>
  );
}

/** Points (1–5 or 1–7) and wording of a Likert item. */
export function ScaleField({ index, question, onChange }: Props) {
  const { t } = useTranslation();
  const min = question.scaleMin ?? 1;
  const max = question.scaleMax ?? 5;
  // Imported items can carry another range (0–4, 1–10); it is kept until the user picks 1–5 or 1–7.
  const points = min === 1 && (max === 5 || max === 7) ? max : null;
  const set = labelSetOf(question);

  const choose = (nextSet: LabelSet, nextPoints: 5 | 7) => {
    const preset = presetLabels(nextSet, nextPoints);
    const labels = preset ? preset.map((l) => ({ ...l })) : customLabels(set === 'custom' ? question.labels : [], 1, nextPoints);
    onChange({ scaleMin: 1, scaleMax: nextPoints, labels });
  };

  return (
    <div className="ja-q-scale">
      <Radio.Group
        size="small"
        optionType="button"
        aria-label={t('surveys.questions.pointsOf', { index })}
        value={points ?? undefined}
        options={[
          { value: 5, label: '1–5' },
          { value: 7, label: '1–7' },
        ]}
        onChange={(e) => {
          const p = e.target.value as 5 | 7;
          choose(presetLabels(set, p) ? set : 'custom', p);
        }}
      />
      <Select<LabelSet>
        size="small"
        aria-label={t('surveys.questions.labelsOf', { index })}
        value={set}
        className="ja-q-labelset"
        popupMatchSelectWidth={false}
        options={LABEL_SETS.map((s) => ({ value: s, label: t(`surveys.labelSets.${s}`), disabled: s !== 'custom' && !presetLabels(s, points ?? 5) }))}
        onChange={(s) => choose(s, points ?? 5)}
      />
      {points === null ? <Typography.Text>{t('surveys.questions.scaleRange', { min, max })}</Typography.Text> : null}
      {set !== 'custom' ? <ScaleEnds labels={question.labels} min={min} max={max} /> : null}
    </div>
  );
}
