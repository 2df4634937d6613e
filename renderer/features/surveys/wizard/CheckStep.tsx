import { Alert, Radio, Spin, Statistic, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../shared/domain/survey/issues';
import { type MessageLang, messageText } from '../../../../shared/messages/catalog';
import { formatDateTime } from '../../../lib/format';
import { surveyErrorText } from '../errors';
import { formatCount } from '../format';
import { CodeTexts } from './CodeTexts';
import { type OnDuplicate, useImportWizard } from './store';

/** Step 4: the answers that were not what their questions expect (code, column, count, rows), or the go-ahead; a re-import asks Replace or Skip. */
export function CheckStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { check, busy, error, onDuplicate, setOnDuplicate, keepOutliers, setKeepOutliers, labels } = useImportWizard();

  if (busy === 'checking') {
    return (
      <div className="ja-wiz-busy ja-wiz-busy-big" role="status">
        <Spin /> {t('surveys.wizard.check.checking')}
      </div>
    );
  }
  if (error) return <Alert type="error" showIcon title={surveyErrorText(t, error)} />;
  if (!check) return null;

  const msgLang: MessageLang = lang === 'zh-CN' ? 'zh-CN' : 'en';
  const columns: ColumnsType<ImportIssue & { key: number }> = [
    { key: 'column', title: t('surveys.wizard.check.column'), dataIndex: 'column', width: 70 },
    { key: 'count', title: t('surveys.wizard.check.count'), dataIndex: 'count', width: 90, align: 'right', render: (n: number) => formatCount(n, lang) },
    {
      key: 'rows',
      title: t('surveys.wizard.check.rows'),
      dataIndex: 'rows',
      width: 180,
      render: (rows: number[], w) => <span className="ja-wrap">{rows.length < w.count ? `${rows.join(', ')} …` : rows.join(', ')}</span>,
    },
    { key: 'message', title: t('surveys.wizard.check.message'), render: (_: unknown, w) => <span className="ja-wrap">{messageText(msgLang, w.code, w.params)}</span> },
  ];

  return (
    <div>
      <div className="ja-wiz-stats">
        <Statistic title={t('surveys.wizard.check.responses')} value={formatCount(check.responses, lang)} />
        <Statistic title={t('surveys.wizard.check.answers')} value={formatCount(check.answers, lang)} />
        <Statistic title={t('surveys.wizard.check.newQuestions')} value={formatCount(check.newQuestions, lang)} />
        <Statistic
          title={t('surveys.wizard.check.warnings')}
          value={formatCount(check.warningCount, lang)}
          className={check.warningCount > 0 ? 'ja-wiz-stat-warn' : 'ja-wiz-stat-ok'}
        />
      </div>
      {check.warningCount > 0 ? (
        <>
          <Alert type="warning" showIcon title={t('surveys.wizard.check.warningsTitle', { count: check.warningCount })} description={t('surveys.wizard.check.warningsHelp')} className="ja-wiz-gap" />
          {check.warnings.length < 500 ? null : (
            <Typography.Paragraph type="secondary" className="ja-wiz-caption">
              {t('surveys.wizard.check.shownOf', { shown: check.warnings.length, count: check.warnings.length })}
            </Typography.Paragraph>
          )}
          <Table
            aria-label={t('surveys.wizard.check.table')}
            size="small"
            tableLayout="fixed"
            columns={columns}
            dataSource={check.warnings.map((w, key) => ({ ...w, key }))}
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
          />
        </>
      ) : (
        <Alert type="success" showIcon title={t('surveys.wizard.check.ok')} className="ja-wiz-gap" />
      )}
      <CodeTexts check={check} labelsFile={labels?.fileName ?? null} />
      <div className="ja-wiz-gap ja-wiz-outliers">
        <Switch id="ja-wiz-keep-outliers" checked={keepOutliers} onChange={setKeepOutliers} />
        <label htmlFor="ja-wiz-keep-outliers">{t('surveys.wizard.check.keepOutliers')}</label>
        <Typography.Paragraph type="secondary" className="ja-wiz-caption">
          {t(keepOutliers ? 'surveys.wizard.check.keepOutliersOn' : 'surveys.wizard.check.keepOutliersOff')}
        </Typography.Paragraph>
      </div>
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
