import { PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { showSuccess } from '../../../ui/feedback';
import { useSurveyDetail } from '../detail/store';
import { problemOf, runsOf } from './draft';
import { useLinkTargets } from './linkTargets';
import { QuestionCard } from './QuestionCard';
import { RemovedQuestions } from './RemovedQuestions';

function focusText(key: string) {
  // After React has rendered the new card.
  requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`textarea[data-question-key="${key}"]`)?.focus());
}

/** The survey's questions, grouped as consecutive runs of the same group, edited in place and saved together. */
export function QuestionsTab() {
  const { t } = useTranslation();
  const drafts = useSurveyDetail((s) => s.drafts);
  const dirty = useSurveyDetail((s) => s.dirty);
  const saving = useSurveyDetail((s) => s.saving);
  const { add, discard, save } = useSurveyDetail.getState();
  const loadTargets = useLinkTargets((s) => s.load);

  useEffect(() => {
    void loadTargets();
  }, [loadTargets]);

  const runs = useMemo(() => runsOf(drafts), [drafts]);
  const groups = useMemo(() => [...new Set(drafts.map((d) => d.group.trim()).filter(Boolean))], [drafts]);
  const problems = useMemo(() => drafts.map((d, i) => ({ index: i + 1, problem: problemOf(d) })).filter((p) => p.problem !== null), [drafts]);

  const addAfter = (afterKey: string | null, group: string) => focusText(add(afterKey, group));
  const onSave = async () => {
    const saved = await save();
    if (saved) showSuccess(t('surveys.questions.savedCount', { count: saved.length }));
  };

  const bar = dirty ? (
    <div className="ja-q-savebar" role="region" aria-label={t('surveys.questions.unsaved')}>
      <Typography.Text strong>{t('surveys.questions.unsaved')}</Typography.Text>
      {problems.length > 0 ? (
        <Typography.Text type="danger" className="ja-q-savebar-problems">
          {t('surveys.questions.invalid', { list: problems.map((p) => t('surveys.questions.item', { index: p.index })).join(', ') })}
        </Typography.Text>
      ) : null}
      <span className="ja-grow" />
      <Space>
        <Button icon={<UndoOutlined aria-hidden />} onClick={discard} disabled={saving}>
          {t('surveys.questions.discard')}
        </Button>
        <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={saving} disabled={problems.length > 0} onClick={() => void onSave()}>
          {t('surveys.questions.saveChanges')}
        </Button>
      </Space>
    </div>
  ) : null;

  if (drafts.length === 0) {
    return (
      <>
        {bar}
        <EmptyState title={t('surveys.questions.empty')} body={t('surveys.questions.emptyHelp')}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => addAfter(null, '')}>
            {t('surveys.questions.add')}
          </Button>
        </EmptyState>
        <RemovedQuestions />
      </>
    );
  }

  return (
    <div className="ja-questions">
      {bar}
      {runs.map((run) => {
        const lastKey = run.items[run.items.length - 1]!.key;
        const groupName = run.group || t('surveys.questions.noGroup');
        return (
          <section key={`${run.start}-${run.group}`} className="ja-q-run" aria-label={groupName}>
            <header className="ja-q-run-head">
              <Typography.Title level={3} className="ja-q-run-title">
                {groupName}
              </Typography.Title>
              <Button
                type="link"
                size="small"
                icon={<PlusOutlined aria-hidden />}
                aria-label={t('surveys.questions.addToGroup', { group: groupName })}
                onClick={() => addAfter(lastKey, run.group)}
              >
                {t('surveys.questions.add')}
              </Button>
            </header>
            <ol className="ja-q-list" start={run.start + 1}>
              {run.items.map((q, i) => {
                const index = run.start + i + 1;
                return (
                  <QuestionCard
                    key={q.key}
                    question={q}
                    index={index}
                    first={index === 1}
                    last={index === drafts.length}
                    groups={groups}
                    problem={problemOf(q)}
                  />
                );
              })}
            </ol>
          </section>
        );
      })}
      <Button type="dashed" block icon={<PlusOutlined aria-hidden />} onClick={() => addAfter(null, runs[runs.length - 1]?.group ?? '')}>
        {t('surveys.questions.add')}
      </Button>
      {problems.length > 0 && !dirty ? <Alert type="warning" showIcon title={t('surveys.questions.invalid', { list: problems.map((p) => p.index).join(', ') })} /> : null}
      <RemovedQuestions />
    </div>
  );
}
