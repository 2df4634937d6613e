/** The start dialog: which touchpoints, which measures, the department question, the address. */
import { Checkbox, Form, Modal, Radio, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, type Measure } from '../../../../shared/domain/workshop/types';
import type { NetAddress } from '../../../../shared/ops/workshop';
import { api } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';
import { closeStartDialog, startSession, useWorkshop } from './store';

export function StartDialog({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const open = useWorkshop((s) => s.dialog);
  const stages = useDoc((s) => s.stages);
  const count = useDoc((s) => s.touchpoints.length);
  const selected = useCanvas((s) => s.touchpoints);
  const [kind, setKind] = useState<'all' | 'stage' | 'selection'>('all');
  const [stageId, setStageId] = useState<string | undefined>(undefined);
  const [measures, setMeasures] = useState<Measure[]>(['need', 'convenience', 'emotion', 'transfers', 'comment']);
  const [askDepartment, setAskDepartment] = useState(true);
  const [addresses, setAddresses] = useState<NetAddress[]>([]);
  const [host, setHost] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    void api['workshop.interfaces']({}).then((list) => {
      setAddresses(list);
      setHost((h) => h ?? list.find((a) => a.likely)?.address);
    });
  }, [open]);

  const ready = measures.length > 0 && host !== undefined && (kind !== 'stage' || stageId !== undefined) && (kind !== 'selection' || selected.size > 0);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const touchpoints = kind === 'all' ? { kind } : kind === 'stage' ? { kind, stageId: stageId! } : { kind, ids: [...selected] };
      await startSession({ journeyId, touchpoints, measures, askDepartment, host: host! });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('workshop.dialogTitle')} okText={t('workshop.go')} onOk={() => void start()} onCancel={closeStartDialog} okButtonProps={{ disabled: !ready, loading: busy }} destroyOnHidden width={560}>
      <Form layout="vertical">
        <Form.Item label={t('workshop.touchpoints')}>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <Radio value="all">{t('workshop.all', { count })}</Radio>
            <Radio value="stage">{t('workshop.stage')}</Radio>
            <Radio value="selection" disabled={selected.size === 0}>
              {t('workshop.selection', { count: selected.size })}
            </Radio>
          </Radio.Group>
          {kind === 'stage' ? (
            <Select style={{ marginTop: 8, width: '100%' }} value={stageId} onChange={setStageId} options={stages.map((s) => ({ value: s.id, label: s.name }))} aria-label={t('workshop.stage')} />
          ) : null}
        </Form.Item>
        <Form.Item label={t('workshop.measures')}>
          <Checkbox.Group value={measures} onChange={(v) => setMeasures(v as Measure[])} options={MEASURES.map((m) => ({ value: m, label: t(`workshop.measure.${m}`) }))} />
        </Form.Item>
        <Form.Item>
          <Switch checked={askDepartment} onChange={setAskDepartment} id="ja-ws-dept" /> <label htmlFor="ja-ws-dept">{t('workshop.askDepartment')}</label>
        </Form.Item>
        <Form.Item label={t('workshop.address')} extra={t('workshop.addressHelp')}>
          <Select
            value={host}
            onChange={setHost}
            aria-label={t('workshop.address')}
            options={addresses.map((a) => ({ value: a.address, label: `${a.address} — ${a.name}${a.likely ? ` (${t('workshop.likely')})` : ''}` }))}
          />
        </Form.Item>
        {error ? <p role="alert" className="ja-ws-error">{error}</p> : null}
      </Form>
    </Modal>
  );
}
