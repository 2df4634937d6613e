import { PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lane } from '../../../../shared/domain/journey';
import { api } from '../../../api/client';
import { showError } from '../../../ui/feedback';
import { updateLane } from '../store/actions';
import { useDoc } from '../store/docStore';

const NONE = '';

/**
 * The lane's department: one of the workspace's (departments.list) or a new one
 * (departments.create). Picking one for a lane still called "New lane" names the lane after it.
 */
export function DepartmentField({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const departments = useDoc((s) => s.departments);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = (departmentId: string | null, departmentName?: string) => {
    const rename = departmentName && lane.name === t('editor.defaults.lane') ? { name: departmentName } : {};
    updateLane(lane.id, { departmentId, ...rename });
  };

  const create = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    setBusy(true);
    try {
      const dept = await api['departments.create']({ name: trimmed, color: lane.color });
      const list = useDoc.getState().departments;
      if (!list.some((d) => d.id === dept.id)) useDoc.setState({ departments: [...list, dept] });
      setName('');
      choose(dept.id, dept.name);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Select
      id="lane-department"
      value={lane.departmentId ?? NONE}
      onChange={(v: string) => choose(v === NONE ? null : v, departments.find((d) => d.id === v)?.name)}
      options={[{ value: NONE, label: t('editor.lane.noDepartment') }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      popupRender={(menu) => (
        <>
          {menu}
          <Divider className="ja-dept-divider" />
          <Space.Compact className="ja-dept-new">
            <Input
              placeholder={t('editor.lane.newDepartment')}
              aria-label={t('editor.lane.newDepartment')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') void create();
              }}
              maxLength={200}
            />
            <Button icon={<PlusOutlined aria-hidden />} loading={busy} onClick={() => void create()} disabled={!name.trim()}>
              {t('editor.lane.addDepartment')}
            </Button>
          </Space.Compact>
        </>
      )}
    />
  );
}
