import { SettingOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAIN_RULES, type PainRules } from '../../../shared/domain/map/painpoints';
import { api } from '../../api/client';
import { handleWriteError } from '../../ui/conflict';
import { showSuccess } from '../../ui/feedback';
import type { VersionedRules } from '../../../shared/ops/painpoints';
import { setPainRules } from '../../lib/painRules';

interface Values {
  maxFactorRating: number;
  minTransfers: number;
  maxSurveyMean: number;
  /** Shown as a percentage. */
  minSurveyTop2: number;
}

const toValues = (r: PainRules): Values => ({
  maxFactorRating: r.maxFactorRating,
  minTransfers: r.minTransfers,
  maxSurveyMean: r.maxSurveyMean,
  minSurveyTop2: Math.round(r.minSurveyTop2 * 1000) / 10,
});
const toRules = (v: Values): PainRules => ({ maxFactorRating: v.maxFactorRating, minTransfers: v.minTransfers, maxSurveyMean: v.maxSurveyMean, minSurveyTop2: v.minSurveyTop2 / 100 });

/** The workspace's pain-point thresholds, in a small dialog; saving reloads the list. */
export function RulesButton({ rules, onSaved }: { rules: VersionedRules | null; onSaved(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      setPainRules(await api['settings.setPainRules']({ ...toRules(v), baseVersion: rules?.version ?? 0 }));
      showSuccess(t('painPoints.rules.saved'));
      setOpen(false);
      onSaved();
    } catch (error) {
      // Changed in another window meanwhile: the notice's Reload reads the rules and the list again.
      handleWriteError(error, () => {
        setOpen(false);
        onSaved();
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<SettingOutlined aria-hidden />} disabled={!rules} onClick={() => setOpen(true)}>
        {t('painPoints.rules.open')}
      </Button>
      <Modal
        open={open}
        title={t('painPoints.rules.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        okButtonProps={{ htmlType: 'submit' }}
        footer={(_, { OkBtn, CancelBtn }) => (
          <>
            <Button onClick={() => form.setFieldsValue(toValues(DEFAULT_PAIN_RULES))}>{t('painPoints.rules.defaults')}</Button>
            <CancelBtn />
            <OkBtn />
          </>
        )}
        modalRender={(dom) => (
          <Form form={form} name="pain-rules" layout="horizontal" labelCol={{ span: 14 }} wrapperCol={{ span: 10 }} initialValues={rules ? toValues(rules) : undefined} onFinish={(v) => void submit(v)} clearOnDestroy>
            {dom}
          </Form>
        )}
      >
        <Typography.Paragraph type="secondary">{t('painPoints.rules.intro')}</Typography.Paragraph>
        <Form.Item name="maxFactorRating" label={t('painPoints.rules.maxFactorRating')} rules={[{ required: true }]}>
          <InputNumber min={1} max={5} step={0.5} />
        </Form.Item>
        <Form.Item name="minTransfers" label={t('painPoints.rules.minTransfers')} rules={[{ required: true }]}>
          <InputNumber min={0} max={99} precision={0} />
        </Form.Item>
        <Form.Item name="maxSurveyMean" label={t('painPoints.rules.maxSurveyMean')} rules={[{ required: true }]}>
          <InputNumber min={1} max={5} step={0.1} />
        </Form.Item>
        <Form.Item name="minSurveyTop2" label={t('painPoints.rules.minSurveyTop2')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} step={5} />
        </Form.Item>
      </Modal>
    </>
  );
}
