import { ArrowDownOutlined, ArrowLeftOutlined, ArrowRightOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Form, Select, Space, type InputRef } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_KINDS, type Lane, type Stage } from '../../../../shared/domain/journey';
import { deleteHeader } from '../commands/deleteHeader';
import { moveLane, moveStage, recolorLane, recolorStage, renameLane, renameStage, updateLane } from '../store/actions';
import { useDoc } from '../store/docStore';
import { ColorField } from './ColorField';
import { CommitText } from './CommitText';
import { DepartmentField } from './DepartmentField';
import { useFocusRequest } from './focus';

interface Props {
  kind: 'stage' | 'lane';
  record: Stage | Lane;
  index: number;
  count: number;
}

/** A selected stage or lane: rename, colour, kind and department (lanes), move, delete. */
export function HeaderInspector({ kind, record, index, count }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const nameRef = useRef<InputRef>(null);
  useFocusRequest(nameRef);
  const cards = useDoc((s) => s.touchpoints.filter((tp) => (kind === 'stage' ? tp.stageId : tp.laneId) === record.id).length);
  const isStage = kind === 'stage';
  const move = (delta: number) => (isStage ? moveStage(record.id, delta) : moveLane(record.id, delta));

  return (
    <Form layout="vertical" component="div" className="ja-inspector-form">
      <Form.Item label={t('editor.header.name')} htmlFor="header-name">
        <CommitText
          id="header-name"
          inputRef={nameRef}
          value={record.name}
          required
          maxLength={200}
          blurOnEnter
          onCommit={(name) => (isStage ? renameStage(record.id, name) : renameLane(record.id, name))}
        />
      </Form.Item>
      {!isStage ? (
        <>
          <Form.Item label={t('editor.lane.kind')} htmlFor="lane-kind">
            <Select
              id="lane-kind"
              value={(record as Lane).kind}
              options={LANE_KINDS.map((k) => ({ value: k, label: t(`editor.laneKinds.${k}`) }))}
              onChange={(k) => updateLane(record.id, { kind: k })}
            />
          </Form.Item>
          <Form.Item label={t('editor.lane.department')} htmlFor="lane-department">
            <DepartmentField lane={record as Lane} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item label={t('editor.header.color')}>
        <ColorField
          label={t('editor.header.color')}
          value={record.color}
          onChange={(c) => (isStage ? recolorStage(record.id, c) : recolorLane(record.id, c))}
        />
      </Form.Item>
      <Form.Item label={t('editor.header.position', { index: index + 1, count })}>
        <Space>
          <Button icon={isStage ? <ArrowLeftOutlined aria-hidden /> : <ArrowUpOutlined aria-hidden />} disabled={index === 0} onClick={() => move(-1)}>
            {t(isStage ? 'editor.header.moveLeft' : 'editor.header.moveUp')}
          </Button>
          <Button
            icon={isStage ? <ArrowRightOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />}
            disabled={index === count - 1}
            onClick={() => move(1)}
          >
            {t(isStage ? 'editor.header.moveRight' : 'editor.header.moveDown')}
          </Button>
        </Space>
      </Form.Item>
      <Button danger icon={<DeleteOutlined aria-hidden />} disabled={count <= 1} onClick={() => deleteHeader({ t, modal }, { kind, id: record.id })}>
        {t(isStage ? 'editor.header.deleteStage' : 'editor.header.deleteLane')}
      </Button>
      <p className="ja-inspector-note">{count <= 1 ? t('editor.header.lastOne') : t('editor.header.holds', { count: cards })}</p>
    </Form>
  );
}
