import { Alert, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ImportCheck } from '../../../../shared/ops/import';
import { formatCount } from '../format';

type Row = ImportCheck['codeTexts'][number] & { key: string };

/**
 * The check step's list of option-number columns and the option texts their numbers read as,
 * saying where the texts came from: the text export added in the file step, or the mapping
 * the survey saved at an earlier import.
 */
export function CodeTexts({ check, labelsFile }: { check: ImportCheck; labelsFile: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = check.codeTexts;
  if (rows.length === 0) return null;
  const saved = labelsFile === null && rows.some((r) => r.saved);
  const title = labelsFile
    ? t('surveys.wizard.check.codeTextsFrom', { file: labelsFile, count: rows.length })
    : saved
      ? t('surveys.wizard.check.codeTextsSaved', { count: rows.filter((r) => r.saved).length })
      : t('surveys.wizard.check.codeTexts', { count: rows.length });
  const columns: ColumnsType<Row> = [
    { key: 'column', title: t('surveys.wizard.check.column'), dataIndex: 'column', width: 70 },
    { key: 'question', title: t('surveys.wizard.check.question'), render: (_: unknown, r) => <span className="ja-wrap">{r.question}</span> },
    {
      key: 'options',
      title: t('surveys.wizard.check.optionTexts'),
      render: (_: unknown, r) => (
        <ul className="ja-wiz-codes">
          {r.options.map((o) => (
            <li key={o.code}>
              <span className="ja-wiz-code-num">{o.code}</span>
              {o.text}
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'cells', title: t('surveys.wizard.check.answers'), dataIndex: 'cells', width: 90, align: 'right', render: (n: number) => formatCount(n, lang) },
  ];
  return (
    <div className="ja-wiz-gap">
      <Alert type="info" showIcon title={title} description={saved ? t('surveys.wizard.check.codeTextsSavedHelp') : undefined} />
      <Table<Row>
        aria-label={t('surveys.wizard.check.codeTextsTable')}
        size="small"
        tableLayout="fixed"
        className="ja-wiz-gap"
        columns={columns}
        dataSource={rows.map((r) => ({ ...r, key: r.column }))}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </div>
  );
}
