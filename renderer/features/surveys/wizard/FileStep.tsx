import { Alert, Descriptions, Select, Spin, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wordMessage } from '../../../../shared/messages/errorText';
import { formatBytes } from '../../../lib/format';
import { messageLang } from '../../../i18n/errorText';
import { surveyErrorText } from '../errors';
import { formatCount } from '../format';
import { FileDrop, readBase64 } from './FileDrop';
import { LabelsOffer } from './LabelsOffer';
import { type ReadOption, useImportWizard } from './store';
import { toolName } from './tools';

const MAX_BYTES = 60 * 1024 * 1024;
const AUTO = 'auto';
const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-kr', 'windows-1252'];
const TEXT_FORMATS = ['csv', 'tsv'];

type Row = { key: number; cells: string[] };

/** Step 1: choose the file, see what was detected, override encoding, delimiter or sheet, and look at the first rows. */
export function FileStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { file, preview, options, busy, error, choose, setOption } = useImportWizard();
  const [localError, setLocalError] = useState<string | null>(null);

  const onFile = async (f: File) => {
    setLocalError(null);
    if (f.size > MAX_BYTES) {
      setLocalError(t('surveys.wizard.file.tooBig', { name: f.name, size: formatBytes(f.size, lang) }));
      return;
    }
    useImportWizard.setState({ busy: 'reading', error: null });
    try {
      const base64 = await readBase64(f);
      await choose({ name: f.name, size: f.size, base64 });
    } catch (e) {
      useImportWizard.setState({ busy: null });
      setLocalError(t('surveys.wizard.file.readFailed', { name: f.name, message: (e as Error).message }));
    }
  };

  const delimiterLabel = (d: string) =>
    d === '\t' ? t('surveys.wizard.file.tab') : d === ',' ? t('surveys.wizard.file.comma') : d === ';' ? t('surveys.wizard.file.semicolon') : d === '|' ? t('surveys.wizard.file.pipe') : d;
  const option = (key: ReadOption, detected: string | null, values: string[], label: (v: string) => string = (v) => v) => (
    <Select<string>
      size="small"
      className="ja-wiz-option"
      aria-label={t(`surveys.wizard.file.${key}`)}
      value={options[key] ?? AUTO}
      disabled={busy !== null}
      popupMatchSelectWidth={false}
      options={[
        { value: AUTO, label: detected ? t('surveys.wizard.file.detected', { value: label(detected) }) : t('surveys.wizard.file.auto') },
        ...values.map((v) => ({ value: v, label: label(v) })),
      ]}
      onChange={(v) => void setOption(key, v === AUTO ? undefined : v)}
    />
  );

  const columns: ColumnsType<Row> = (preview?.columns ?? []).map((c, i) => ({
    key: c.letter,
    title: (
      <Tooltip title={c.header}>
        <span className="ja-wiz-colhead">
          <span className="ja-wiz-letter">{c.letter}</span> {c.header}
        </span>
      </Tooltip>
    ),
    width: 160,
    ellipsis: { showTitle: true },
    render: (_: unknown, r: Row) => r.cells[i] ?? '',
  }));

  return (
    <div className="ja-wiz-file">
      <FileDrop onFile={(f) => void onFile(f)} compact={preview !== null} disabled={busy !== null} />
      {busy === 'reading' || busy === 'previewing' ? (
        <div className="ja-wiz-busy" role="status">
          <Spin size="small" /> {t('surveys.wizard.file.reading', { name: file?.name ?? '' })}
        </div>
      ) : null}
      {localError ? <Alert type="error" showIcon title={localError} className="ja-wiz-gap" /> : null}
      {error && busy === null ? <Alert type="error" showIcon title={surveyErrorText(t, error)} className="ja-wiz-gap" /> : null}
      {preview ? (
        <>
          <div className="ja-wiz-gap ja-wiz-factbox">
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 5 }} className="ja-wiz-facts">
              <Descriptions.Item label={t('surveys.wizard.file.chosen')}>
                <span className="ja-wrap">
                  {preview.fileName}
                  {file ? <Typography.Text type="secondary"> · {formatBytes(file.size, lang)}</Typography.Text> : null}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('surveys.wizard.file.tool')}>
                <Typography.Text strong>{toolName(t, preview.tool)}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('surveys.wizard.file.format')}>{preview.format.toUpperCase()}</Descriptions.Item>
              <Descriptions.Item label={t('surveys.wizard.file.rows')}>{formatCount(preview.rowCount, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('surveys.wizard.file.headerRows')}>{preview.headerRows}</Descriptions.Item>
            </Descriptions>
            <div className="ja-wiz-overrides" role="group" aria-label={t('surveys.wizard.file.overrides')}>
              {TEXT_FORMATS.includes(preview.format) ? (
                <>
                  <label className="ja-wiz-override">
                    <span>{t('surveys.wizard.file.encoding')}</span>
                    {option('encoding', preview.encoding, ENCODINGS)}
                  </label>
                  <label className="ja-wiz-override">
                    <span>{t('surveys.wizard.file.delimiter')}</span>
                    {option('delimiter', preview.delimiter, [',', ';', '\t', '|'], delimiterLabel)}
                  </label>
                </>
              ) : (
                <label className="ja-wiz-override">
                  <span>{t('surveys.wizard.file.sheet')}</span>
                  {preview.sheets.length > 1 ? option('sheet', preview.sheet, preview.sheets) : <Typography.Text>{preview.sheet ?? '—'}</Typography.Text>}
                </label>
              )}
            </div>
          </div>
          <LabelsOffer />
          {preview.warnings.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              className="ja-wiz-gap"
              title={t('surveys.wizard.file.warnings')}
              description={
                <ul className="ja-wiz-warnings">
                  {preview.warnings.map((w, i) => (
                    <li key={i}>
                      {w.row ? `${t('surveys.wizard.check.row')} ${w.row}` : ''}
                      {w.column ? ` · ${t('surveys.wizard.check.column')} ${w.column}` : ''}
                      {w.row || w.column ? ': ' : ''}
                      {w.code ? wordMessage(messageLang(), w.code, w.params) : w.message}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Typography.Title level={3} className="ja-wiz-subtitle" id="wiz-preview-title">
            {t('surveys.wizard.file.preview')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="ja-wiz-caption">
            {t('surveys.wizard.file.previewCaption', { count: preview.previewRows.length })}
          </Typography.Paragraph>
          <Table<Row>
            aria-labelledby="wiz-preview-title"
            size="small"
            bordered
            tableLayout="fixed"
            pagination={false}
            columns={columns}
            dataSource={preview.previewRows.map((cells, key) => ({ key, cells }))}
            scroll={{ x: Math.max(600, columns.length * 160) }}
            className="ja-wiz-preview"
          />
        </>
      ) : null}
    </div>
  );
}
