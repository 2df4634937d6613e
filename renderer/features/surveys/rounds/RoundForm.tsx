import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, SurveyKind } from '../../../../shared/domain/survey/types';
import { api } from '../../../api/client';
import { showSuccess } from '../../../ui/feedback';
import { useSurveyDetail } from '../detail/store';
import { attempt } from '../errors';
import { kindOptions } from '../options';

interface Values {
  label: string;
  phase: SurveyKind;
  fieldStart?: Dayjs | null;
  fieldEnd?: Dayjs | null;
  notes?: string;
}

interface Props {
  open: boolean;
  surveyId: string;
  /** Phase a new round starts with: the survey's kind. */
  defaultPhase: SurveyKind;
  /** The round to edit; null creates one. */
  round: Round | null;
  onClose: () => void;
}

const DAY = 'YYYY-MM-DD';
const toDay = (d: Dayjs | null | undefined): string | null => (d ? d.format(DAY) : null);
const fromDay = (s: string | null): Dayjs | null => {
  if (!s) return null;
  const d = dayjs(s.slice(0, 10), DAY);
  return d.isValid() ? d : null;
};

/** "New round" and "Edit round": label, phase, field dates and notes. */
export function RoundForm({ open, surveyId, defaultPhase, round, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const putRound = useSurveyDetail((s) => s.putRound);
  const editing = round !== null;

  const submit = async (v: Values) => {
    const input = { label: v.label.trim(), phase: v.phase, fieldStart: toDay(v.fieldStart), fieldEnd: toDay(v.fieldEnd), notes: (v.notes ?? '').trim() };
    setBusy(true);
    const saved = await attempt(
      () => (round ? api['rounds.update']({ id: round.id, patch: input, baseVersion: round.version }) : api['rounds.create']({ surveyId, ...input })),
      () => {
        onClose();
        return useSurveyDetail.getState().reload();
      },
    );
    setBusy(false);
    if (!saved) return;
    putRound(saved);
    showSuccess(t(editing ? 'surveys.rounds.saved' : 'surveys.rounds.added', { name: saved.label }));
    onClose();
  };

  const initialValues: Values = round
    ? { label: round.label, phase: round.phase, fieldStart: fromDay(round.fieldStart), fieldEnd: fromDay(round.fieldEnd), notes: round.notes }
    : { label: '', phase: defaultPhase, fieldStart: null, fieldEnd: null, notes: '' };

  return (
    <Modal
      open={open}
      title={t(editing ? 'surveys.roundForm.titleEdit' : 'surveys.roundForm.titleNew')}
      okText={t(editing ? 'common.save' : 'common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit' }}
      modalRender={(dom) => (
        <Form form={form} name="round" layout="vertical" initialValues={initialValues} onFinish={submit} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      <Form.Item name="label" label={t('surveys.roundForm.label')} rules={[{ required: true, whitespace: true, message: t('surveys.roundForm.labelRequired') }, { max: 200 }]}>
        <Input placeholder={t('surveys.roundForm.labelPlaceholder')} maxLength={200} autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="phase" label={t('surveys.roundForm.phase')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={kindOptions(t)} />
      </Form.Item>
      <div className="ja-form-row">
        <Form.Item name="fieldStart" label={t('surveys.roundForm.fieldStart')}>
          <DatePicker className="ja-full" aria-label={t('surveys.roundForm.fieldStart')} />
        </Form.Item>
        <Form.Item
          name="fieldEnd"
          label={t('surveys.roundForm.fieldEnd')}
          dependencies={['fieldStart']}
          rules={[
            ({ getFieldValue }) => ({
              validator(_, end: Dayjs | null) {
                const start: Dayjs | null = getFieldValue('fieldStart');
                return !end || !start || !end.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('surveys.roundForm.endBeforeStart')));
              },
            }),
          ]}
        >
          <DatePicker className="ja-full" aria-label={t('surveys.roundForm.fieldEnd')} />
        </Form.Item>
      </div>
      <Form.Item name="notes" label={t('surveys.roundForm.notes')}>
        <Input.TextArea placeholder={t('surveys.roundForm.notesPlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10_000} />
      </Form.Item>
    </Modal>
  );
}
