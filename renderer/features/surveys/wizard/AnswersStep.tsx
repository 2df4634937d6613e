import { Collapse, Empty, InputNumber, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText, useLang } from '../lang';
import { type AnswerGroup, type AnswerRow, answerGroups } from './mapping';
import { useImportWizard } from './store';

function AnswerTable({ group }: { group: AnswerGroup }) {
  const { t } = useTranslation();
  const lang = useLang();
  const setAnswerValue = useImportWizard((s) => s.setAnswerValue);
  const q = group.mapping;
  const letters = group.columns.map((c) => c.letter).join(', ');

  const columns: ColumnsType<AnswerRow> = [
    { key: 'answer', title: t('surveys.wizard.answers.answer'), render: (_, r) => <span className="ja-wrap">{r.raw}</span> },
    {
      key: 'value',
      title: t('surveys.wizard.answers.value'),
      width: 110,
      render: (_, r) => (
        <InputNumber
          size="small"
          value={r.value}
          precision={0}
          className="ja-wiz-value"
          status={r.value === null || r.outside ? 'error' : undefined}
          aria-label={t('surveys.wizard.answers.valueOf', { answer: r.raw, letter: letters })}
          onChange={(v) => setAnswerValue(group, r, typeof v === 'number' ? v : null)}
        />
      ),
    },
    {
      key: 'status',
      title: <span className="ja-visually-hidden">{t('surveys.wizard.answers.value')}</span>,
      width: 260,
      render: (_, r) => {
        if (r.value === null) return <Tag color="error">{t('surveys.wizard.answers.unmapped')}</Tag>;
        if (r.outside) return <Tag color="error">{t('surveys.wizard.answers.outside')}</Tag>;
        const label = q.labels.find((l) => l.value === r.value);
        const text = label ? labelText(label, lang) : '';
        return text && text !== r.raw ? <Typography.Text type="secondary">= {text}</Typography.Text> : null;
      },
    },
  ];
  return <Table<AnswerRow> rowKey="key" size="small" pagination={false} columns={columns} dataSource={group.rows} tableLayout="fixed" className="ja-wiz-answer-table" />;
}

function GroupHeader({ group }: { group: AnswerGroup }) {
  const { t } = useTranslation();
  const q = group.mapping;
  const letters = group.columns.map((c) => c.letter).join(', ');
  const range = q.type === 'nps' ? [0, 10] : q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null ? [q.scaleMin, q.scaleMax] : null;
  return (
    <div className="ja-wiz-answers-head">
      <span className="ja-wiz-colref">{t('surveys.wizard.answers.columns', { letters })}</span>
      <span className="ja-wrap ja-wiz-answers-text">{q.text}</span>
      <span className="ja-wiz-answers-extra">
        <Tag>{t(`surveys.typesShort.${q.type}`)}</Tag>
        {range ? <Tag>{t('surveys.wizard.answers.scale', { min: range[0], max: range[1] })}</Tag> : null}
        {group.unmapped > 0 ? (
          <Tag color="error">{t('surveys.wizard.answers.unmappedCount', { count: group.unmapped })}</Tag>
        ) : (
          <Tag color="success">{t('surveys.wizard.answers.allMapped')}</Tag>
        )}
      </span>
    </div>
  );
}

/** Step 3: values for answers given as text; questions that need a look (unmapped answers, scales read from wording) start open. */
export function AnswersStep() {
  const { t } = useTranslation();
  const preview = useImportWizard((s) => s.preview);
  const columns = useImportWizard((s) => s.columns);
  const groups = useMemo(() => (preview ? answerGroups(preview, columns) : []), [preview, columns]);
  const [open, setOpen] = useState<string[] | null>(null);

  if (!preview) return null;
  if (groups.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.wizard.answers.none')} />;
  const initiallyOpen = groups.filter((g) => g.unmapped > 0 || g.mapping.type === 'likert' || g.mapping.type === 'nps').map((g) => g.key);
  return (
    <div>
      <Typography.Paragraph type="secondary" className="ja-wiz-caption">
        {t('surveys.wizard.answers.intro', { count: 20 })}
      </Typography.Paragraph>
      <Collapse
        size="small"
        className="ja-wiz-answers"
        activeKey={open ?? (initiallyOpen.length ? initiallyOpen : [groups[0]!.key])}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
        items={groups.map((g) => ({ key: g.key, label: <GroupHeader group={g} />, children: <AnswerTable group={g} /> }))}
      />
    </div>
  );
}
