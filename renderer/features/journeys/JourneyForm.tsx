import { Form, Input, Modal, Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerTier, JourneySummary, Scene } from '../../../shared/domain/journey';
import { TEMPLATES } from '../../../shared/domain/journey-templates';
import { isAppErrorData } from '../../../shared/errors';
import { showSuccess } from '../../ui/feedback';
import { navigate } from '../../app/router';
import { errorText } from '../../i18n/errorText';
import { sceneOptions, tierOptions } from './options';
import { useJourneys } from './store';

interface Values {
  template?: string;
  name: string;
  scene: Scene;
  persona?: string;
  customerTier?: CustomerTier;
  description?: string;
}

interface Props {
  open: boolean;
  /** The journey to edit; null creates a new one. */
  journey: JourneySummary | null;
  onClose: (saved?: JourneySummary) => void;
}

const BLANK = 'blank';
const DEFAULTS: Values = { template: BLANK, name: '', scene: 'service', persona: '', description: '' };

/** One dialog for "New journey" and "Rename and describe". */
export function JourneyForm({ open, journey, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [form] = Form.useForm<Values>();
  const create = useJourneys((s) => s.create);
  const update = useJourneys((s) => s.update);
  const editing = journey !== null;
  const [busy, setBusy] = useState(false);
  // The name a template filled in: replaced by the next template, kept once the user types their own.
  const templateName = useRef<string | null>(null);

  /** A taken name is said next to the name field, where it can be fixed. */
  const nameError = (error: unknown): boolean => {
    if (!isAppErrorData(error) || error.messageCode !== 'journey.name_taken') return false;
    form.setFields([{ name: 'name', errors: [errorText(t, error)] }]);
    return true;
  };

  const submit = async (values: Values) => {
    const meta = {
      name: values.name.trim(),
      scene: values.scene,
      persona: (values.persona ?? '').trim(),
      customerTier: values.customerTier ?? null,
      description: (values.description ?? '').trim(),
    };
    setBusy(true);
    const template = values.template && values.template !== BLANK ? values.template : undefined;
    const saved = journey ? await update(journey.id, meta, nameError) : await create({ ...meta, ...(template ? { template } : {}) }, nameError);
    setBusy(false);
    if (!saved) return;
    showSuccess(t(editing ? 'journeys.saved' : 'journeys.created', { name: saved.name }));
    onClose(saved);
    // A new journey opens in the editor: mapping it is what the user came to do.
    if (!editing) navigate({ name: 'journey', id: saved.id });
  };

  const initialValues: Values = journey
    ? {
        name: journey.name,
        scene: journey.scene,
        persona: journey.persona,
        customerTier: journey.customerTier ?? undefined,
        description: journey.description,
      }
    : DEFAULTS;

  return (
    <Modal
      open={open}
      title={t(editing ? 'form.titleEdit' : 'form.titleNew')}
      okText={t(editing ? 'common.save' : 'common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose()}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit' }}
      modalRender={(dom) => (
        <Form form={form} name="journey" layout="vertical" initialValues={initialValues} onFinish={submit} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      {editing ? null : (
        <Form.Item name="template" label={t('form.template')} extra={t('form.templateHelp')}>
          <Select
            options={[
              { value: BLANK, label: t('form.templateBlank') },
              ...TEMPLATES.map((tpl) => ({ value: tpl.key, label: tpl.name[lang] })),
            ]}
            onChange={(key: string) => {
              // A template brings its scene; its name is a starting point while the user has not typed one.
              const tpl = TEMPLATES.find((x) => x.key === key);
              const typed = ((form.getFieldValue('name') as string | undefined) ?? '').trim();
              const userNamed = typed !== '' && typed !== templateName.current;
              if (!tpl) {
                if (!userNamed) form.setFieldValue('name', '');
                templateName.current = null;
                return;
              }
              form.setFieldValue('scene', tpl.scene);
              if (userNamed) return;
              templateName.current = tpl.name[lang];
              form.setFieldValue('name', tpl.name[lang]);
            }}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('form.name')} rules={[{ required: true, whitespace: true, message: t('form.nameRequired') }, { max: 200 }]}>
        <Input placeholder={t('form.namePlaceholder')} maxLength={200} autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="scene" label={t('form.scene')} rules={[{ required: true }]}>
        <Select options={sceneOptions(t)} />
      </Form.Item>
      <Form.Item name="persona" label={t('form.persona')} rules={[{ max: 200 }]}>
        <Input placeholder={t('form.personaPlaceholder')} maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="customerTier" label={t('form.tier')}>
        <Select options={tierOptions(t)} allowClear placeholder={t('form.tierPlaceholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('form.description')}>
        <Input.TextArea placeholder={t('form.descriptionPlaceholder')} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
    </Modal>
  );
}
