import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Popconfirm, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/painpoints/review';
import type { ImprovementAction, PainPointDetail } from '../../../../shared/ops/painpoints';
import { api } from '../../../api/client';
import { CommitInput } from './CommitInput';
import type { DetailHandle } from './useDetail';

const DAY = 'YYYY-MM-DD';
const toDay = (d: Dayjs | null): string | null => (d ? d.format(DAY) : null);
const today = () => dayjs().format(DAY);
type Patch = Partial<Pick<ImprovementAction, 'title' | 'owner' | 'due' | 'status' | 'expectedEffect'>>;

function StatusRadios({ value, onChange, label }: { value?: ActionStatus; onChange?(s: ActionStatus): void; label: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      aria-label={label}
      optionType="button"
      buttonStyle="solid"
      size="small"
      value={value}
      onChange={(e) => onChange?.(e.target.value as ActionStatus)}
      options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`painPoints.actionStatus.${s}`) }))}
      className="ja-pp-action-status"
    />
  );
}

/** One improvement action, edited in place: every change is saved at once. */
function ActionRow({ action, run }: { action: ImprovementAction; run: DetailHandle['run'] }) {
  const { t } = useTranslation();
  const update = (patch: Patch) => void run(() => api['actions.update']({ id: action.id, patch, baseVersion: action.version }));
  const open = action.status === 'planned' || action.status === 'in-progress';
  const overdue = open && action.due !== null && action.due < today();
  return (
    <li role="group" aria-label={action.title} className={`ja-pp-action is-${action.status}`}>
      <Flex gap={8} align="center">
        <CommitInput aria-label={t('painPoints.actions.name')} value={action.title} required maxLength={500} onCommit={(title) => update({ title })} className="ja-pp-grow ja-pp-action-title" />
        {overdue ? <Tag color="error">{t('painPoints.actions.overdue')}</Tag> : null}
        <Popconfirm title={t('painPoints.actions.deleteConfirm')} okText={t('painPoints.actions.deleteOk')} cancelText={t('common.cancel')} onConfirm={() => void run(() => api['actions.delete']({ id: action.id, baseVersion: action.version }))}>
          <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('painPoints.actions.delete', { title: action.title })} />
        </Popconfirm>
      </Flex>
      <Flex gap={8} wrap align="center" className="ja-pp-action-fields">
        <StatusRadios label={t('painPoints.actions.status')} value={action.status} onChange={(status) => update({ status })} />
        <CommitInput aria-label={t('painPoints.actions.owner')} placeholder={t('painPoints.actions.ownerPlaceholder')} value={action.owner} maxLength={200} onCommit={(owner) => update({ owner })} className="ja-pp-owner" />
        <DatePicker
          aria-label={t('painPoints.actions.due')}
          placeholder={t('painPoints.actions.due')}
          value={action.due ? dayjs(action.due, DAY) : null}
          onChange={(d: Dayjs | null) => update({ due: toDay(d) })}
          status={overdue ? 'error' : undefined}
          className="ja-pp-due"
        />
      </Flex>
      <CommitInput
        aria-label={t('painPoints.actions.effect')}
        placeholder={t('painPoints.actions.effectPlaceholder')}
        value={action.expectedEffect}
        maxLength={10_000}
        onCommit={(expectedEffect) => update({ expectedEffect })}
      />
    </li>
  );
}

interface NewAction {
  title: string;
  owner?: string;
  due?: Dayjs | null;
  status: ActionStatus;
  expectedEffect?: string;
}

function AddAction({ touchpointId, run }: { touchpointId: string; run: DetailHandle['run'] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewAction>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: NewAction) => {
    setBusy(true);
    const ok = await run(() =>
      api['actions.create']({ touchpointId, title: v.title.trim(), owner: (v.owner ?? '').trim(), due: toDay(v.due ?? null), status: v.status, expectedEffect: (v.expectedEffect ?? '').trim() }),
    );
    setBusy(false);
    if (ok) form.resetFields();
  };
  return (
    <Form form={form} name="pp-new-action" aria-label={t('painPoints.actions.add')} layout="vertical" initialValues={{ status: 'planned' }} onFinish={(v) => void submit(v)} className="ja-pp-add ja-pp-new-action" requiredMark={false}>
      <Form.Item name="title" label={t('painPoints.actions.name')} rules={[{ required: true, whitespace: true, message: t('painPoints.actions.nameRequired') }]}>
        <Input placeholder={t('painPoints.actions.namePlaceholder')} maxLength={500} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="owner" label={t('painPoints.actions.owner')} className="ja-pp-grow">
          <Input placeholder={t('painPoints.actions.ownerPlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="due" label={t('painPoints.actions.due')}>
          {/* Enter confirms the typed date; it must not also submit the half-filled form. */}
          <DatePicker placeholder={t('painPoints.actions.due')} onKeyDown={keepEnterInPicker} />
        </Form.Item>
      </Flex>
      <Form.Item name="status" label={t('painPoints.actions.status')}>
        <StatusRadios label={t('painPoints.actions.status')} />
      </Form.Item>
      <Form.Item name="expectedEffect" label={t('painPoints.actions.effect')}>
        <Input placeholder={t('painPoints.actions.effectPlaceholder')} maxLength={10_000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" icon={<PlusOutlined aria-hidden />} loading={busy}>
        {t('painPoints.actions.add')}
      </Button>
    </Form>
  );
}

/** The improvement actions: owner, due date, status and expected effect — the loop from pain point to re-measure. */
export function ActionsSection({ detail, run }: { detail: PainPointDetail; run: DetailHandle['run'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="pp-actions" className="ja-pp-section">
      <Typography.Title level={3} id="pp-actions" className="ja-pp-section-title">
        {t('painPoints.actions.title')}
      </Typography.Title>
      {detail.actions.length === 0 ? <Typography.Paragraph type="secondary">{t('painPoints.actions.none')}</Typography.Paragraph> : null}
      <ul className="ja-pp-actions">
        {detail.actions.map((a) => (
          <ActionRow key={a.id} action={a} run={run} />
        ))}
      </ul>
      <AddAction touchpointId={detail.point.touchpointId} run={run} />
    </section>
  );
}

/** Stops Enter in a date field from reaching the form (the browser's implicit submit); the picker still takes the date. */
function keepEnterInPicker(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}
