import { Alert, Radio, Spin, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/domain/survey/mapping';
import { formatDateTime } from '../../../lib/format';
import { surveyErrorText } from '../errors';
import { formatCount } from '../format';
import { type OnDuplicate, useImportWizard } from './store';

/** Step 4: every problem with row and column, or the go-ahead; a re-import asks Replace or Skip. */
export function CheckStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { check, busy, error, onDuplicate, setOnDuplicate } = useImportWizard();

  if (busy === 'checking') {
    return (
      <div className="ja-wiz-busy ja-wiz-busy-big" role="status">
        <Spin /> {t('surveys.wizard.check.checking')}
      </div>
    );
  }
  if (error) return <Alert type="error" showIcon title={surveyErrorText(t, error)} />;
  if (!check) return null;

  const columns: ColumnsType<ImportProblem & { key: number }> = [
    { key: 'row', title: t('surveys.wizard.check.row'), dataIndex: 'row', width: 80, align: 'right' },
    { key: 'column', title: t('surveys.wizard.check.column'), dataIndex: 'column', width: 80 },
    { key: 'message', title: t('surveys.wizard.check.message'), dataIndex: 'message', render: (m: string) => <span className="ja-wrap">{m}</span> },
  ];

  return (
    <div>
      <div className="ja-wiz-stats">
        <Statistic title={t('surveys.wizard.check.responses')} value={formatCount(check.responses, lang)} />
        <Statistic title={t('surveys.wizard.check.answers')} value={formatCount(check.answers, lang)} />
        <Statistic title={t('surveys.wizard.check.newQuestions')} value={formatCount(check.newQuestions, lang)} />
        <Statistic
          title={t('surveys.wizard.check.problems')}
          value={formatCount(check.problemCount, lang)}
          className={check.problemCount > 0 ? 'ja-wiz-stat-bad' : 'ja-wiz-stat-ok'}
        />
      </div>
      {check.problemCount > 0 ? (
        <>
          <Alert type="error" showIcon title={t('surveys.wizard.check.problemsTitle', { count: check.problemCount })} description={t('surveys.wizard.check.problemsHelp')} className="ja-wiz-gap" />
          {check.problems.length < check.problemCount ? (
            <Typography.Paragraph type="secondary" className="ja-wiz-caption">
              {t('surveys.wizard.check.shownOf', { shown: check.problems.length, count: check.problemCount })}
            </Typography.Paragraph>
          ) : null}
          <Table
            aria-label={t('surveys.wizard.check.table')}
            size="small"
            tableLayout="fixed"
            columns={columns}
            dataSource={check.problems.map((p, key) => ({ ...p, key }))}
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
          />
        </>
      ) : (
        <Alert type="success" showIcon title={t('surveys.wizard.check.ok')} className="ja-wiz-gap" />
      )}
      {check.duplicate ? (
        <Alert
          type="warning"
          showIcon
          className="ja-wiz-gap"
          title={t('surveys.wizard.check.duplicateTitle', { date: formatDateTime(check.duplicate.importedAt, lang), count: check.duplicate.responses })}
          description={
            <>
              <Typography.Paragraph className="ja-wiz-caption">{t('surveys.wizard.check.duplicateHelp')}</Typography.Paragraph>
              <Radio.Group
                aria-label={t('surveys.wizard.check.duplicateChoice')}
                value={onDuplicate}
                onChange={(e) => setOnDuplicate(e.target.value as OnDuplicate)}
                options={[
                  { value: 'replace', label: t('surveys.wizard.check.replace') },
                  { value: 'skip', label: t('surveys.wizard.check.skip') },
                ]}
              />
              {onDuplicate === null ? (
                <Typography.Paragraph type="secondary" className="ja-wiz-caption ja-wiz-gap-top">
                  {t('surveys.wizard.check.duplicateRequired')}
                </Typography.Paragraph>
              ) : null}
            </>
          }
        />
      ) : null}
    </div>
  );
}
