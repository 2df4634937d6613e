import { AutoComplete, Input, InputNumber, Select, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { Question } from '../../../../shared/domain/survey/types';
import { labelText, type Lang } from '../lang';
import type { Answer } from './rows';

interface Props {
  question: Question;
  value: Answer | undefined;
  label: string;
  error: string | undefined;
  lang: Lang;
  onChange: (value: Answer) => void;
}

const optionLabel = (q: Question, lang: Lang) => q.labels.map((l) => ({ value: l.value, label: `${l.value} ${labelText(l, lang)}`.trim() }));

/** A grid cell's control for one question: a number on the item's scale, one or several options, or text. */
export function AnswerCell({ question: q, value, label, error, lang, onChange }: Props) {
  const status = error ? ('error' as const) : undefined;
  let control: ReactNode;
  if (q.type === 'single' || q.type === 'multiple') {
    control = (
      <Select<number | number[]>
        size="small"
        mode={q.type === 'multiple' ? 'multiple' : undefined}
        className="ja-entry-select"
        aria-label={label}
        status={status}
        allowClear
        value={(value ?? (q.type === 'multiple' ? [] : undefined)) as number | number[] | undefined}
        options={optionLabel(q, lang)}
        showSearch={{ optionFilterProp: 'label' }}
        maxTagCount="responsive"
        popupMatchSelectWidth={false}
        onChange={(v) => onChange(v === undefined ? null : v)}
      />
    );
  } else if (q.type === 'text') {
    control = <Input size="small" aria-label={label} status={status} value={typeof value === 'string' ? value : ''} maxLength={32_767} onChange={(e) => onChange(e.target.value)} />;
  } else {
    // No min/max on the input: a clamped 9 → 5 would silently change what the paper says; the grid flags it instead.
    const scaled = q.type === 'likert' || q.type === 'nps';
    control = (
      <InputNumber
        size="small"
        className="ja-entry-number"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        status={status}
        controls={false}
        precision={scaled ? 0 : undefined}
        value={typeof value === 'number' ? value : null}
        onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      />
    );
  }
  // Always the same tree, so the input keeps focus when an error appears under the user's fingers.
  return <Tooltip title={error}>{control}</Tooltip>;
}

export function TextCell({ value, label, options, error, onChange }: { value: string; label: string; options?: string[]; error?: string; onChange: (v: string) => void }) {
  const status = error ? ('error' as const) : undefined;
  const control = options?.length ? (
    <AutoComplete
      size="small"
      className="ja-entry-attr"
      aria-label={label}
      status={status}
      value={value}
      options={options.map((o) => ({ value: o }))}
      filterOption={(input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
      popupMatchSelectWidth={false}
      onChange={(v: string) => onChange(v.slice(0, 500))}
    />
  ) : (
    <Input size="small" className="ja-entry-attr" aria-label={label} status={status} value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
  );
  return <Tooltip title={error}>{control}</Tooltip>;
}
