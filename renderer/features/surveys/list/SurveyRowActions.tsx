import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../../shared/domain/survey/types';
import { useSurveys } from '../store';

interface Props {
  survey: SurveySummary;
  onEdit: (survey: SurveySummary) => void;
}

/** Rename and delete for one row; each button is named after the survey. */
export function SurveyRowActions({ survey, onEdit }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useSurveys((s) => s.remove);
  const name = survey.name;

  const confirmDelete = () => {
    void modal.confirm({
      title: t('surveys.deleteTitle', { name }),
      content: t('surveys.deleteBody', { rounds: survey.rounds.length }),
      okText: t('surveys.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (await remove(survey.id, survey.version)) void message.success(t('surveys.deleted', { name }));
      },
    });
  };

  return (
    <Space size={2}>
      <Tooltip title={t('surveys.actions.rename')}>
        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('surveys.actions.renameNamed', { name })} onClick={() => onEdit(survey)} />
      </Tooltip>
      <Tooltip title={t('surveys.actions.delete')}>
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('surveys.actions.deleteNamed', { name })} onClick={confirmDelete} />
      </Tooltip>
    </Space>
  );
}
