import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Input, InputNumber, Select, Space, Tooltip, Typography } from 'antd';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDirection, QuestionType } from '../../../../shared/domain/survey/types';
import { api } from '../../../api/client';
import { useSurveyDetail } from '../detail/store';
import { attempt } from '../errors';
import { DIRECTED, directionOptions, typeOptions } from '../options';
import { type DraftQuestion, type Problem, customLabels, labelSetOf, withDefaultDirection, withType } from './draft';
import { LabelRows } from './LabelRows';
import { LinkField } from './LinkField';
import { ScaleEnds, ScaleField } from './ScaleField';

interface Props {
  question: DraftQuestion;
  /** 1-based position in the whole list. */
  index: number;
  first: boolean;
  last: boolean;
  groups: string[];
  problem: Problem | null;
}

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'ja-q-field ja-q-field-wide' : 'ja-q-field'}>
      <Typography.Text type="secondary" className="ja-q-field-label" aria-hidden>
        {label}
      </Typography.Text>
      {children}
    </div>
  );
}

/** One question of the editable list: code, text, type, scale or options, group and link. */
export const QuestionCard = memo(function QuestionCard({ question: q, index, first, last, groups, problem }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const edit = useSurveyDetail((s) => s.edit);
  const move = useSurveyDetail((s) => s.move);
  const remove = useSurveyDetail((s) => s.remove);
  const patch = (p: Partial<DraftQuestion>) => edit(q.key, (d) => ({ ...d, ...p }));

  // A question nobody answered goes at once (Discard brings it back); one with answers asks first.
  const confirmDelete = async () => {
    const surveyId = useSurveyDetail.getState().id;
    const id = q.id;
    if (id === null || surveyId === null) {
      remove(q.key);
      return;
    }
    const counts = await attempt(() => api['surveys.answerCounts']({ surveyId, questionIds: [id] }));
    if (!counts) return;
    const count = counts[id] ?? 0;
    if (count === 0) {
      remove(q.key);
      return;
    }
    void modal.confirm({
      title: t('surveys.questions.deleteTitle', { index }),
      content: (
        <>
          <Typography.Paragraph className="ja-wrap">{t('conflict.removeAnswered.body', { title: q.text, count })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('conflict.removeAnswered.help')}</Typography.Paragraph>
        </>
      ),
      okText: t('conflict.removeAnswered.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove(q.key, true),
    });
  };

  const custom = q.type === 'likert' && labelSetOf(q) === 'custom';
  let scale: ReactNode = null;
  if (q.type === 'likert') scale = <ScaleField index={index} question={q} onChange={patch} />;
  else if (q.type === 'nps') scale = <ScaleEnds labels={q.labels} min={0} max={10} />;
  else if (q.type === 'rank')
    scale = (
      <InputNumber
        size="small"
        min={2}
        max={10}
        precision={0}
        value={q.scaleMax ?? 5}
        addonBefore={t('surveys.questions.rankedOf')}
        aria-label={t('surveys.questions.rankedOfIndex', { index })}
        onChange={(v) => patch({ scaleMin: 1, scaleMax: typeof v === 'number' ? v : 5 })}
      />
    );

  return (
    <li className={problem ? 'ja-q ja-q-invalid' : 'ja-q'} aria-label={t('surveys.questions.item', { index })}>
      <div className="ja-q-main">
        <span className="ja-q-index" aria-hidden>
          {index}
        </span>
        <Input
          className="ja-q-code"
          value={q.code ?? ''}
          maxLength={100}
          placeholder={t('surveys.questions.code')}
          aria-label={t('surveys.questions.codeOf', { index })}
          onChange={(e) => patch({ code: e.target.value })}
        />
        <Input.TextArea
          className="ja-q-text"
          value={q.text}
          maxLength={2000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('surveys.questions.text')}
          status={problem === 'text' ? 'error' : undefined}
          aria-label={t('surveys.questions.textOf', { index })}
          aria-invalid={problem === 'text' || undefined}
          data-question-key={q.key}
          onChange={(e) => edit(q.key, (d) => (d.id === null ? withDefaultDirection({ ...d, text: e.target.value }) : { ...d, text: e.target.value }))}
        />
        <Select<QuestionType>
          className="ja-q-type"
          value={q.type}
          options={typeOptions(t)}
          popupMatchSelectWidth={false}
          aria-label={t('surveys.questions.typeOf', { index })}
          onChange={(type) => edit(q.key, (d) => withType(d, type))}
        />
        <Space size={0} className="ja-q-tools">
          <Tooltip title={t('surveys.questions.moveUp', { index })}>
            <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={first} aria-label={t('surveys.questions.moveUp', { index })} onClick={() => move(q.key, -1)} />
          </Tooltip>
          <Tooltip title={t('surveys.questions.moveDown', { index })}>
            <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={last} aria-label={t('surveys.questions.moveDown', { index })} onClick={() => move(q.key, 1)} />
          </Tooltip>
          <Tooltip title={t('surveys.questions.delete', { index })}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('surveys.questions.delete', { index })} onClick={() => void confirmDelete()} />
          </Tooltip>
        </Space>
      </div>
      <div className="ja-q-meta">
        {scale ? <Field label={t('surveys.questions.scale')}>{scale}</Field> : null}
        {DIRECTED.includes(q.type) ? (
          <Field label={t('surveys.directionField')}>
            <Tooltip title={t('surveys.directionHelp')}>
              <Select<QuestionDirection>
                size="small"
                className="ja-q-direction"
                value={q.direction}
                options={directionOptions(t)}
                popupMatchSelectWidth={false}
                aria-label={t('surveys.questions.directionOf', { index })}
                onChange={(direction) => patch({ direction, directionChosen: true })}
              />
            </Tooltip>
          </Field>
        ) : null}
        <Field label={t('surveys.questions.group')}>
          <AutoComplete
            size="small"
            className="ja-q-group"
            value={q.group}
            options={groups.filter((g) => g && g !== q.group).map((g) => ({ value: g }))}
            placeholder={t('surveys.questions.groupPlaceholder')}
            aria-label={t('surveys.questions.groupOf', { index })}
            popupMatchSelectWidth={false}
            onChange={(group: string) => patch({ group: group.slice(0, 200) })}
          />
        </Field>
        <Field label={t('surveys.link.label')} wide>
          <LinkField index={index} link={q.link} onChange={(link) => patch({ link })} />
        </Field>
      </div>
      {custom ? <LabelRows index={index} labels={customLabels(q.labels, q.scaleMin ?? 1, q.scaleMax ?? 5)} onChange={(labels) => patch({ labels })} /> : null}
      {q.type === 'single' || q.type === 'multiple' ? (
        <>
          <LabelRows index={index} options labels={q.labels} onChange={(labels) => patch({ labels })} />
          {problem === 'options' ? (
            <Typography.Text type="danger" className="ja-q-problem">
              {t('surveys.questions.noOptions')}
            </Typography.Text>
          ) : null}
        </>
      ) : null}
    </li>
  );
});
