import { Alert, AutoComplete, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { questionKey } from '../../../../shared/domain/survey/convert';
import { defaultDirection, QUESTION_DIRECTIONS, type QuestionDirection } from '../../../../shared/domain/survey/direction';
import type { ColumnMapping, QuestionColumn } from '../../../../shared/domain/survey/mapping';
import type { Question, QuestionType } from '../../../../shared/domain/survey/types';
import type { PreviewColumn } from '../../../../shared/ops/import';
import { formatCount } from '../format';
import { typeOptions } from '../options';
import { ACTIONS, ATTRIBUTE_NAMES, type Action } from './mapping';
import { useImportWizard } from './store';

const NEW = '__new__';

/** Why the mapping cannot go on, if it cannot: a new question without text, an attribute without a name, no question at all. */
export function columnsProblem(t: TFunction, preview: { columns: PreviewColumn[] } | null, columns: ColumnMapping[]): string | null {
  if (!preview) return null;
  for (let i = 0; i < columns.length; i++) {
    const m = columns[i]!;
    const letter = preview.columns[i]?.letter ?? '';
    if (m.action === 'question' && m.questionId === null && !m.text.trim()) return t('surveys.wizard.columns.textRequired', { letter });
    if (m.action === 'attribute' && !m.name.trim()) return t('surveys.wizard.columns.attributeRequired', { letter });
  }
  if (!columns.some((m) => m.action === 'question')) return t('surveys.wizard.columns.noQuestions');
  return null;
}

const questionLabel = (q: Question) => (q.code ? `${q.code} · ${q.text}` : q.text);

/** The direction the import will give the question: the user's choice, else the existing question's, else the default for its wording. */
export function directionOf(mapping: QuestionColumn, questions: readonly Question[]): QuestionDirection {
  if (mapping.direction) return mapping.direction;
  const existing = mapping.questionId ? questions.find((q) => q.id === mapping.questionId) : undefined;
  return existing?.direction ?? defaultDirection(mapping.text, mapping.type);
}

function MappingEditor({ index, col, mapping, questions }: { index: number; col: PreviewColumn; mapping: ColumnMapping; questions: Question[] }) {
  const { t } = useTranslation();
  const { setAction, setQuestion, setNewType, setNewText, setAttribute, setDirection } = useImportWizard.getState();
  const letter = col.letter;
  const questionOptions = useMemo(
    () => [{ value: NEW, label: t('surveys.wizard.columns.newQuestion') }, ...questions.map((q) => ({ value: q.id, label: questionLabel(q) }))],
    [questions, t],
  );

  return (
    <div className="ja-wiz-map">
      <div className="ja-wiz-map-row">
        <Select<Action>
          size="small"
          className="ja-wiz-action"
          aria-label={t('surveys.wizard.columns.actionOf', { letter })}
          value={mapping.action}
          popupMatchSelectWidth={false}
          options={ACTIONS.map((a) => ({ value: a, label: t(`surveys.wizard.actions.${a}`) }))}
          onChange={(a) => setAction(index, a)}
        />
        {mapping.action === 'question' ? (
          <Select<string>
            size="small"
            className="ja-wiz-question"
            aria-label={t('surveys.wizard.columns.questionOf', { letter })}
            value={mapping.questionId ?? NEW}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={480}
            options={questionOptions}
            onChange={(v) => setQuestion(index, v === NEW ? null : v)}
          />
        ) : null}
        {mapping.action === 'attribute' ? (
          <AutoComplete
            size="small"
            className="ja-wiz-question"
            aria-label={t('surveys.wizard.columns.attributeOf', { letter })}
            value={mapping.name}
            placeholder={t('surveys.wizard.attributeHelp')}
            status={mapping.name.trim() ? undefined : 'error'}
            options={ATTRIBUTE_NAMES.map((n) => ({ value: n, label: `${n} · ${t(`surveys.wizard.attributes.${n}`)}` }))}
            onChange={(v: string) => setAttribute(index, v)}
          />
        ) : null}
      </div>
      {mapping.action === 'question' && mapping.questionId === null ? (
        <div className="ja-wiz-map-row">
          <Select<QuestionType>
            size="small"
            className="ja-wiz-action"
            aria-label={t('surveys.wizard.columns.newTypeOf', { letter })}
            title={t(`surveys.types.${mapping.type}`)}
            value={mapping.type}
            popupMatchSelectWidth={false}
            options={typeOptions(t)}
            onChange={(type) => setNewType(index, type)}
          />
          <Input
            size="small"
            className="ja-wiz-question"
            aria-label={t('surveys.wizard.columns.newTextOf', { letter })}
            value={mapping.text}
            maxLength={2000}
            status={mapping.text.trim() ? undefined : 'error'}
            onChange={(e) => setNewText(index, e.target.value)}
          />
        </div>
      ) : null}
      {mapping.action === 'question' ? (
        <div className="ja-wiz-map-row">
          <Select<QuestionDirection>
            size="small"
            className="ja-wiz-action"
            aria-label={t('surveys.wizard.columns.directionOf', { letter })}
            title={t('surveys.directionHelp')}
            value={directionOf(mapping, questions)}
            popupMatchSelectWidth={false}
            options={QUESTION_DIRECTIONS.map((d) => ({ value: d, label: t(`surveys.directions.${d}`) }))}
            onChange={(d) => setDirection(index, d)}
          />
          {mapping.questionId !== null ? (
            <Typography.Text type="secondary" className="ja-wiz-map-note">
              {t('surveys.wizard.answers.existing')} · {t(`surveys.types.${mapping.type}`)}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Step 2: what each column of the file holds. */
export function ColumnsStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const preview = useImportWizard((s) => s.preview);
  const columns = useImportWizard((s) => s.columns);
  const questions = useImportWizard((s) => s.target?.questions ?? []);

  const counts = useMemo(() => {
    const q = columns.filter((m) => m.action === 'question');
    const newKeys = new Set(q.filter((m) => m.action === 'question' && m.questionId === null).map((m) => (m.action === 'question' ? questionKey(m) : '')));
    return {
      questions: q.length,
      newQuestions: newKeys.size,
      attributes: columns.filter((m) => m.action === 'attribute').length,
      ignored: columns.filter((m) => m.action === 'ignore').length,
    };
  }, [columns]);

  if (!preview) return null;
  const problem = columnsProblem(t, preview, columns);

  const tableColumns: ColumnsType<PreviewColumn> = [
    { key: 'letter', title: t('surveys.wizard.columns.column'), width: 76, render: (_, c) => <span className="ja-wiz-letter">{c.letter}</span> },
    {
      key: 'header',
      title: t('surveys.wizard.columns.header'),
      render: (_, c) => (
        <div className="ja-wiz-header">
          {c.code ? <Tag className="ja-wiz-code">{c.code}</Tag> : null}
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c.header }} className="ja-wiz-header-text">
            {c.subQuestion ? `${c.question} — ${c.subQuestion}` : c.header}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'sample',
      title: t('surveys.wizard.columns.sample'),
      width: 230,
      render: (_, c) =>
        c.distinct.length === 0 ? (
          <Typography.Text type="secondary">{t('surveys.wizard.columns.empty')}</Typography.Text>
        ) : (
          <Tooltip title={<ul className="ja-wiz-tip-list">{c.distinct.map((d, i) => <li key={i}>{d}</li>)}</ul>}>
            <Typography.Paragraph ellipsis={{ rows: 2 }} className="ja-wiz-sample">
              {c.distinct.slice(0, 6).join(' · ')}
            </Typography.Paragraph>
          </Tooltip>
        ),
    },
    { key: 'filled', title: t('surveys.wizard.columns.filled'), width: 80, align: 'right', render: (_, c) => formatCount(c.filled, lang) },
    {
      key: 'mapping',
      title: t('surveys.wizard.columns.mapping'),
      width: 430,
      render: (_, c) => {
        const index = preview.columns.indexOf(c);
        return <MappingEditor index={index} col={c} mapping={columns[index]!} questions={questions} />;
      },
    },
  ];

  return (
    <div>
      <Typography.Paragraph type="secondary" className="ja-wiz-caption">
        {t('surveys.wizard.columns.intro')}
      </Typography.Paragraph>
      {preview.savedMappingUsed ? <Alert type="info" showIcon title={t('surveys.wizard.columns.savedMapping')} className="ja-wiz-gap" /> : null}
      <Typography.Paragraph className="ja-wiz-caption" role="status">
        {t('surveys.wizard.columns.summary', counts)}
      </Typography.Paragraph>
      {problem ? <Alert type="warning" showIcon title={problem} className="ja-wiz-gap" /> : null}
      <Table<PreviewColumn>
        rowKey="letter"
        size="small"
        tableLayout="fixed"
        columns={tableColumns}
        dataSource={preview.columns}
        pagination={preview.columns.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1000 }}
        rowClassName={(c) => (columns[preview.columns.indexOf(c)]?.action === 'ignore' ? 'ja-wiz-row-ignored' : '')}
      />
    </div>
  );
}
