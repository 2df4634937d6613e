import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_TEMPLATES } from '../../../../shared/domain/survey/templates';
import type { SurveyKind, SurveySummary } from '../../../../shared/domain/survey/types';
import { showSuccess } from '../../../ui/feedback';
import { navigate } from '../../../app/router';
import { surveyHref } from '../routes';
import { useLang } from '../lang';
import { kindOptions } from '../options';
import { useSurveys } from '../store';

interface Values {
  template?: string;
  name: string;
  kind: SurveyKind;
  description?: string;
}

interface Props {
  open: boolean;
  /** The survey to edit; null creates a new one. */
  survey: SurveySummary | null;
  onClose: (saved?: SurveySummary) => void;
}

const BLANK = 'blank';
const DEFAULTS: Values = { template: BLANK, name: '', kind: 'external', description: '' };

/** One dialog for "New survey" and "Rename and describe". */
export function SurveyForm({ open, survey, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const create = useSurveys((s) => s.create);
  const update = useSurveys((s) => s.update);
  const editing = survey !== null;
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    const meta = { name: values.name.trim(), kind: values.kind, description: (values.description ?? '').trim() };
    setBusy(true);
    const template = values.template && values.template !== BLANK ? values.template : undefined;
    const saved = survey ? await update(survey.id, meta, survey.version) : await create({ ...meta, ...(template ? { template } : {}) });
    setBusy(false);
    if (!saved) return;
    showSuccess(t(editing ? 'surveys.saved' : 'surveys.created', { name: saved.name }));
    onClose(saved);
    // A new survey opens, ready for its questions and first round.
    if (!editing) navigate(surveyHref({ name: 'survey', id: saved.id }));
  };

  const initialValues: Values = survey ? { name: survey.name, kind: survey.kind, description: survey.description } : DEFAULTS;

  return (
    <Modal
      open={open}
      title={t(editing ? 'surveys.form.titleEdit' : 'surveys.form.titleNew')}
      okText={t(editing ? 'common.save' : 'common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose()}
      destroyOnHidden
      okButtonProps={{ htmlType: 'submit' }}
      modalRender={(dom) => (
        <Form form={form} name="survey" layout="vertical" initialValues={initialValues} onFinish={submit} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      {editing ? null : (
        <Form.Item name="template" label={t('surveys.form.template')} extra={t('surveys.form.templateHelp')}>
          <Select
            options={[
              { value: BLANK, label: t('surveys.form.templateBlank') },
              ...SURVEY_TEMPLATES.map((tpl) => ({
                value: tpl.key,
                label: `${tpl.name[lang]} · ${t(`surveys.kinds.${tpl.kind}`)} · ${t('surveys.form.templateQuestions', { count: tpl.questions.length })}`,
              })),
            ]}
            onChange={(key: string) => {
              // A template brings its kind and description; its name is a start when none was typed yet.
              const tpl = SURVEY_TEMPLATES.find((x) => x.key === key);
              if (!tpl) return;
              form.setFieldValue('kind', tpl.kind);
              if (!form.getFieldValue('name')?.trim()) form.setFieldValue('name', tpl.name[lang]);
              if (!form.getFieldValue('description')?.trim()) form.setFieldValue('description', tpl.description[lang]);
            }}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('surveys.form.name')} rules={[{ required: true, whitespace: true, message: t('surveys.form.nameRequired') }, { max: 200 }]}>
        <Input placeholder={t('surveys.form.namePlaceholder')} maxLength={200} autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="kind" label={t('surveys.form.kind')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={kindOptions(t)} />
      </Form.Item>
      <Form.Item name="description" label={t('surveys.form.description')}>
        <Input.TextArea placeholder={t('surveys.form.descriptionPlaceholder')} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
    </Modal>
  );
}
