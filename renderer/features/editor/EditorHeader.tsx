import { EditOutlined, NodeIndexOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tag, Tooltip } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink, JourneyForm, SCENE_COLORS } from '../journeys';
import { adoptActiveVersion, flushActive } from './store/autosave';
import { useDoc } from './store/docStore';

export type View = 'map' | 'table';

/** Map / Table switch, shown in both views' headers. */
export function ViewSwitch({ view, onChange }: { view: View; onChange(v: View): void }) {
  const { t } = useTranslation();
  return (
    <Segmented<View>
      className="ja-view-switch"
      aria-label={t('editor.view.label')}
      value={view}
      onChange={onChange}
      options={[
        { value: 'map', label: t('editor.view.map'), icon: <NodeIndexOutlined aria-hidden /> },
        { value: 'table', label: t('editor.view.table'), icon: <TableOutlined aria-hidden /> },
      ]}
    />
  );
}

/** Back link, the journey's name and scene, the view switch and "Edit" for the metadata. */
export function EditorHeader({ viewSwitch }: { viewSwitch: ReactNode }) {
  const { t } = useTranslation();
  const journey = useDoc((s) => s.journey);
  const [editing, setEditing] = useState(false);
  if (!journey) return null;
  return (
    <header className="ja-editor-header">
      <div className="ja-editor-heading">
        <BackLink />
        {/* One line however long the name: cut with "…", the whole name on hover. */}
        <Tooltip title={journey.name} placement="bottomLeft">
          <h1 id="journey-title" className="ja-editor-title">
            {journey.name}
          </h1>
        </Tooltip>
        <Tag color={SCENE_COLORS[journey.scene]}>{t(`scenes.${journey.scene}`)}</Tag>
      </div>
      <Space size={8}>
        {viewSwitch}
        <Button
          icon={<EditOutlined aria-hidden />}
          aria-label={t('detail.editNamed', { name: journey.name })}
          onClick={() => void flushActive().then(() => setEditing(true))}
        >
          {t('detail.edit')}
        </Button>
      </Space>
      <Suspense fallback={null}>
        <JourneyForm
          open={editing}
          journey={journey}
          onClose={(saved) => {
            setEditing(false);
            if (!saved) return;
            useDoc.setState((s) => ({ journey: s.journey ? { ...s.journey, ...saved } : s.journey }));
            adoptActiveVersion(saved.version);
          }}
        />
      </Suspense>
    </header>
  );
}
