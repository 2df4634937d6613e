import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Tooltip, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, Round, Survey } from '../../../../shared/domain/survey/types';
import { isAppErrorData } from '../../../../shared/errors';
import { issueMessage } from '../../../../shared/messages/errorText';
import { api } from '../../../api/client';
import { messageLang } from '../../../i18n/errorText';
import { surveyErrorText } from '../errors';
import { type Lang, useLang } from '../lang';
import { useLinkTargets } from '../questions/linkTargets';
import { AnswerCell, TextCell } from './EntryCell';
import { ATTRIBUTES, type Answer, type Attribute, type EntryRow, cellErrors, emptyRow, isEmpty, outOfScale, toResponses } from './rows';

interface Props {
  survey: Survey;
  round: Round;
  onClose: (saved: boolean) => void;
}

type Change = { kind: 'externalId'; value: string } | { kind: 'attribute'; name: Attribute; value: string } | { kind: 'answer'; questionId: string; value: Answer };

const shortLabel = (q: Question) => q.code || (q.text.length > 28 ? `${q.text.slice(0, 26)}…` : q.text);

interface RowProps {
  row: EntryRow;
  index: number;
  questions: Question[];
  errors: Map<string, string>;
  lang: Lang;
  attributeOptions: Record<Attribute, string[]>;
  onChange: (key: string, change: Change) => void;
  onRemove: (key: string) => void;
  removable: boolean;
}

const GridRow = memo(function GridRow({ row, index, questions, errors, lang, attributeOptions, onChange, onRemove, removable }: RowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const cellLabel = (column: string) => t('surveys.entry.cell', { column, index: n });
  let c = 0;
  return (
    <tr aria-label={t('surveys.entry.row', { index: n })}>
      <th scope="row" className="ja-entry-num">
        {n}
        {removable ? (
          <Button
            type="text"
            size="small"
            tabIndex={-1}
            icon={<DeleteOutlined />}
            className="ja-entry-remove"
            aria-label={t('surveys.entry.removeRow', { index: n })}
            onClick={() => onRemove(row.key)}
          />
        ) : null}
      </th>
      <td data-cell={`${index}:${c++}`}>
        <TextCell value={row.externalId} label={cellLabel(t('surveys.entry.respondent'))} error={errors.get(`${row.key}:externalId`)} onChange={(value) => onChange(row.key, { kind: 'externalId', value })} />
      </td>
      {ATTRIBUTES.map((name) => (
        <td key={name} data-cell={`${index}:${c++}`}>
          <TextCell
            value={row.attributes[name]}
            label={cellLabel(t(`surveys.wizard.attributes.${name}`))}
            options={attributeOptions[name]}
            error={errors.get(`${row.key}:attr:${name}`)}
            onChange={(value) => onChange(row.key, { kind: 'attribute', name, value })}
          />
        </td>
      ))}
      {questions.map((q) => (
        <td key={q.id} data-cell={`${index}:${c++}`}>
          <AnswerCell
            question={q}
            value={row.answers[q.id]}
            label={cellLabel(shortLabel(q))}
            error={errors.get(`${row.key}:${q.id}`)}
            lang={lang}
            onChange={(value) => onChange(row.key, { kind: 'answer', questionId: q.id, value })}
          />
        </td>
      ))}
    </tr>
  );
});

function focusCell(table: HTMLTableElement | null, row: number, col: number) {
  const go = () => {
    const el = table?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"] input`);
    if (!el) return false;
    el.focus();
    if (el instanceof HTMLInputElement && el.type !== 'search') el.select();
    return true;
  };
  // The cell usually exists (there is always an empty last row); a row just added appears after React renders.
  if (!go()) requestAnimationFrame(() => void go());
}

/** "Enter responses": a spreadsheet-like grid for typing paper questionnaires into a round. */
export function ManualEntry({ survey, round, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const questions = survey.questions;
  const [rows, setRows] = useState<EntryRow[]>(() => [emptyRow()]);
  const [errors, setErrors] = useState<Map<string, string>>(() => new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const departments = useLinkTargets((s) => s.departments);
  const targetsLoaded = useLinkTargets((s) => s.loaded);

  useEffect(() => {
    if (!targetsLoaded) void useLinkTargets.getState().load();
  }, [targetsLoaded]);

  const attributeOptions = useMemo<Record<Attribute, string[]>>(
    () => ({ department: departments.map((d) => d.name), tier: ['diamond', 'gold', 'brass', 'lead'].map((k) => t(`tiers.${k as 'gold'}`)), region: [] }),
    [departments, t],
  );

  const onChange = useCallback((key: string, change: Change) => {
    setRows((prev) => {
      const next = prev.map((r) => {
        if (r.key !== key) return r;
        if (change.kind === 'externalId') return { ...r, externalId: change.value };
        if (change.kind === 'attribute') return { ...r, attributes: { ...r.attributes, [change.name]: change.value } };
        return { ...r, answers: { ...r.answers, [change.questionId]: change.value } };
      });
      // Typing in the last row opens the next one.
      const last = next[next.length - 1]!;
      return isEmpty(last) ? next : [...next, emptyRow()];
    });
    setErrors((prev) => {
      if (prev.size === 0) return prev;
      const field = change.kind === 'externalId' ? 'externalId' : change.kind === 'attribute' ? `attr:${change.name}` : change.questionId;
      const k = `${key}:${field}`;
      if (!prev.has(k)) return prev;
      const next = new Map(prev);
      next.delete(k);
      return next;
    });
  }, []);

  const onRemove = useCallback((key: string) => setRows((prev) => (prev.length > 1 ? prev.filter((r) => r.key !== key) : prev)), []);

  const filledCount = rows.filter((r) => !isEmpty(r)).length;
  const outside = useMemo(() => outOfScale(rows, questions), [rows, questions]);
  const shownErrors = useMemo(() => {
    if (outside.size === 0) return errors;
    const all = new Map(errors);
    for (const [k, [value, min, max]] of outside) all.set(k, t('surveys.entry.outside', { value, min, max }));
    return all;
  }, [errors, outside, t]);

  const columnCount = 1 + ATTRIBUTES.length + questions.length;
  /** Spreadsheet keys: Tab / Shift+Tab to the next / previous cell (wrapping rows), Enter to the same cell of the next row. */
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    if (e.key !== 'Enter' && e.key !== 'Tab') return;
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    // An open dropdown takes Enter to pick its option.
    if (e.key === 'Enter' && (e.shiftKey || target.getAttribute('aria-expanded') === 'true')) return;
    const [r, c] = cell.dataset.cell!.split(':').map(Number) as [number, number];
    let next: [number, number];
    if (e.key === 'Enter') next = [r + 1, c];
    else if (e.shiftKey) next = c > 0 ? [r, c - 1] : [r - 1, columnCount - 1];
    else next = c < columnCount - 1 ? [r, c + 1] : [r + 1, 0];
    if (next[0] < 0) return;
    e.preventDefault();
    e.stopPropagation();
    if (next[0] >= rows.length) setRows((prev) => [...prev, emptyRow()]);
    focusCell(tableRef.current, next[0], next[1]);
  };

  const save = async () => {
    const { keys, responses } = toResponses(rows, questions);
    if (responses.length === 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const { added } = await api['rounds.addResponses']({ id: round.id, responses });
      void message.success(t('surveys.entry.saved', { count: added }));
      onClose(true);
    } catch (error) {
      if (isAppErrorData(error) && error.issues?.length) {
        setErrors(cellErrors(error.issues, keys, (issue) => issueMessage(messageLang(), issue)));
        setFailure(t('surveys.entry.errors'));
      } else setFailure(surveyErrorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    if (filledCount === 0) {
      onClose(false);
      return;
    }
    void modal.confirm({
      title: t('surveys.entry.discardTitle'),
      content: t('surveys.entry.discardBody', { count: filledCount }),
      okText: t('surveys.entry.discardOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => onClose(false),
    });
  };

  const header = (q: Question) => {
    const range = q.type === 'nps' ? [0, 10] : q.type === 'likert' && q.scaleMin !== null && q.scaleMax !== null ? [q.scaleMin, q.scaleMax] : null;
    return (
      <th key={q.id} scope="col" className={`ja-entry-col ja-entry-col-${q.type}`}>
        <Tooltip title={q.text}>
          <span className="ja-entry-head">
            <span className="ja-entry-head-label">
              {q.code ? <small className="ja-entry-head-code">{q.code}</small> : null}
              {q.text}
            </span>
            <span className="ja-entry-head-type">{range ? t('surveys.entry.range', { min: range[0], max: range[1] }) : t(`surveys.typesShort.${q.type}`)}</span>
          </span>
        </Tooltip>
      </th>
    );
  };

  return (
    <Modal
      open
      title={t('surveys.entry.title')}
      width="min(1400px, 96vw)"
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      className="ja-entry-modal"
      footer={
        <div className="ja-wiz-footer">
          <Button onClick={close}>{t('common.cancel')}</Button>
          <span className="ja-grow" />
          <Button type="primary" loading={saving} disabled={filledCount === 0 || questions.length === 0 || outside.size > 0} onClick={() => void save()}>
            {t('surveys.entry.save', { count: filledCount })}
          </Button>
        </div>
      }
    >
      <Typography.Paragraph type="secondary" className="ja-wiz-into">
        {t('surveys.wizard.into', { round: round.label, survey: survey.name })}
      </Typography.Paragraph>
      {questions.length === 0 ? (
        <Alert type="info" showIcon title={t('surveys.entry.noQuestions')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="ja-wiz-caption">
            {t('surveys.entry.intro')}
          </Typography.Paragraph>
          {failure ? <Alert type="error" showIcon title={failure} className="ja-wiz-gap" /> : null}
          {outside.size > 0 ? <Alert type="warning" showIcon title={t('surveys.entry.outsideCount', { count: outside.size })} className="ja-wiz-gap" /> : null}
          <div className="ja-entry-scroll">
            <table className="ja-entry-grid" ref={tableRef} onKeyDownCapture={onKeyDown} aria-label={t('surveys.entry.grid', { round: round.label })}>
              <thead>
                <tr>
                  <th scope="col" className="ja-entry-num">
                    {t('surveys.entry.number')}
                  </th>
                  <th scope="col" className="ja-entry-col ja-entry-col-id">
                    {t('surveys.entry.respondent')}
                  </th>
                  {ATTRIBUTES.map((a) => (
                    <th key={a} scope="col" className="ja-entry-col ja-entry-col-attr">
                      {t(`surveys.wizard.attributes.${a}`)}
                    </th>
                  ))}
                  {questions.map(header)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <GridRow
                    key={row.key}
                    row={row}
                    index={i}
                    questions={questions}
                    errors={shownErrors}
                    lang={lang}
                    attributeOptions={attributeOptions}
                    onChange={onChange}
                    onRemove={onRemove}
                    removable={rows.length > 1 && !isEmpty(row)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Modal>
  );
}
